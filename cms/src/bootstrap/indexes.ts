import type { Core, UID } from '@strapi/strapi';

/**
 * Secondary indexes the site's reads need on every content table of the site (`api::*`).
 *
 * Strapi already indexes (document_id, locale, published_at) for document lookups. What it lacks:
 * - `(slug, locale, published_at)`: the site and the admin filter by slug (`filters[slug][$eq]`), and
 *   Strapi checks a uid is unique with a `WHERE slug = ?` on every save; without it both scan the table.
 * - `(locale, published_at, document_id, updated_at)`: the sync endpoint (api::site-sync) lists the
 *   published versions of a locale, ids and dates only; this index covers that query entirely.
 * - `updated_at`: « changed since » reads and the admin's lists sorted by last update.
 *
 * Created with `CREATE INDEX IF NOT EXISTS` at every start (SQLite and PostgreSQL), so it is
 * idempotent and cheap when they exist. Strapi's schema sync leaves them alone: it only drops an
 * index it created itself (one recorded in its stored schema, `strapi_database_schema`), see
 * `diffTableIndexes` in @strapi/database. Should it rebuild a table (a column type change on
 * SQLite copies the table), the next start creates them again.
 */

export interface IndexSpec {
  table: string;
  name: string;
  columns: string[];
}

const SUFFIX = { slug: 'site_slug_idx', sync: 'site_sync_idx', updated: 'site_updated_idx' } as const;

interface Metadata {
  tableName: string;
  attributes: Record<string, { columnName?: string; type?: string }>;
}

/** The indexes wanted for each `api::` content type, from Strapi's database metadata (real table and column names). */
export function wantedIndexes(strapi: Core.Strapi): IndexSpec[] {
  const specs: IndexSpec[] = [];
  for (const uid of Object.keys(strapi.contentTypes).filter((u) => u.startsWith('api::')).sort()) {
    const meta = strapi.db.metadata.get(uid as UID.ContentType) as unknown as Metadata;
    const column = (attribute: string) => {
      const a = meta.attributes[attribute];
      return a && a.type !== 'relation' ? (a.columnName ?? attribute) : undefined;
    };
    const table = meta.tableName;
    const slug = column('slug');
    // (slug, locale, published_at) rather than (slug) alone: with no statistics (Strapi never runs
    // ANALYZE), SQLite prefers the index matching more columns of the WHERE, and would otherwise pick
    // the sync index below (locale, published_at) for `slug = ? AND locale = ? AND published_at IS NOT NULL`.
    if (slug) specs.push({ table, name: `${table}_${SUFFIX.slug}`, columns: [slug, ...['locale', 'publishedAt'].map(column).filter((c): c is string => Boolean(c))] });
    const sync = ['locale', 'publishedAt', 'documentId', 'updatedAt'].map(column).filter((c): c is string => Boolean(c));
    if (sync.includes('document_id')) specs.push({ table, name: `${table}_${SUFFIX.sync}`, columns: sync });
    const updated = column('updatedAt');
    if (updated) specs.push({ table, name: `${table}_${SUFFIX.updated}`, columns: [updated] });
  }
  return specs;
}

/** Creates the missing indexes (and recreates one whose columns changed); returns the names of those it created. */
export async function ensureIndexes(strapi: Core.Strapi): Promise<string[]> {
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName();
  const created: string[] = [];
  for (const spec of wantedIndexes(strapi)) {
    if (!(await strapi.db.getSchemaConnection().hasTable(spec.table))) continue;
    const existing = await indexColumns(strapi, spec.name);
    if (existing && existing.join(',') === spec.columns.join(',')) continue;
    if (existing) await knex.raw('DROP INDEX IF EXISTS ??', [schema ? `${schema}.${spec.name}` : spec.name]);
    const table = schema ? `${schema}.${spec.table}` : spec.table;
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${spec.columns.map(() => '??').join(', ')})`, [spec.name, table, ...spec.columns]);
    created.push(spec.name);
  }
  if (created.length > 0) strapi.log.info(`Database indexes created: ${created.join(', ')}`);
  return created;
}

/** Columns of an index, in order, or undefined when there is no index of that name (SQLite, or PostgreSQL in the configured schema). */
export async function indexColumns(strapi: Core.Strapi, name: string): Promise<string[] | undefined> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const { rows } = (await knex.raw(
      `SELECT a.attname AS column FROM pg_class i
         JOIN pg_namespace n ON n.oid = i.relnamespace
         JOIN pg_index x ON x.indexrelid = i.oid
         CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position)
         JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
       WHERE i.relname = ? AND n.nspname = ?
       ORDER BY k.position`,
      [name, strapi.db.getSchemaName() ?? 'public'],
    )) as { rows: { column: string }[] };
    return rows.length > 0 ? rows.map((r) => r.column) : undefined;
  }
  const rows = (await knex.raw('SELECT name AS "column" FROM pragma_index_info(?) ORDER BY seqno', [name])) as { column: string }[];
  return rows.length > 0 ? rows.map((r) => r.column) : undefined;
}
