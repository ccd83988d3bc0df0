import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypes, parseEntry } from '@dk20000/shared';
import { cmsModule, documentIdGenerator, loadCms, type LoadedStrapi } from '../src/seed-scale/cms.ts';
import { generate, SCALE_TYPES, type ScaleEntry } from '../src/seed-scale/generate.ts';
import { demoContext, type SeedScaleResult } from '../src/seed-scale/index.ts';
import { Random } from '../src/seed-scale/random.ts';
import { BulkWriter } from '../src/seed-scale/writer.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const cli = fileURLToPath(new URL('../src/seed-scale/index.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'dk-seed-scale-'));
const dataDir = join(root, 'cms');
const ENTRIES = 200;

const seedScale = (...args: string[]) =>
  spawnSync(process.execPath, [cli, '--entries', String(ENTRIES), '--data-dir', dataDir, '--quiet', ...args], { encoding: 'utf8', timeout: 300_000 });

let server: RunningStrapi | undefined;
let loaded: LoadedStrapi | undefined;
afterAll(async () => {
  await server?.stop();
  // Not strapi.destroy(): it calls process.removeAllListeners(), which cuts this test worker off from vitest.
  await (loaded?.db.connection as unknown as { destroy(): Promise<void> } | undefined)?.destroy();
});

/** A document as the Document Service reads it, without what differs between two copies (ids, dates, slug). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'slug'].includes(key))
        .map(([key, v]) => [key, comparable(v)]),
    );
  }
  return value;
}

describe('npm run seed:scale', () => {
  it('fills an empty database with the demo content plus N published French entries that the contract accepts', async () => {
    const run = seedScale('--json', join(root, 'seed.json'));
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(root, 'seed.json'), 'utf8')) as SeedScaleResult;
    expect(Object.values(result.byType).reduce((a, b) => a + b, 0)).toBe(ENTRIES);
    expect(result.demoEntries).toBeGreaterThan(100);

    server = await startStrapi({ dataDir, port: 1531, seedDemo: false });
    for (const type of SCALE_TYPES) {
      const entries: unknown[] = [];
      for (let page = 1, pages = 1; page <= pages; page++) {
        const response = await fetch(
          `${server.url}/api/${contentTypes[type].apiPath}?locale=fr&pagination[page]=${page}&pagination[pageSize]=100`,
          { headers: { Authorization: `Bearer ${server.token}` } },
        );
        const body = (await response.json()) as { data: unknown[]; meta: { pagination: { pageCount: number } } };
        entries.push(...body.data);
        pages = body.meta.pagination.pageCount;
      }
      // Published through the site's own read path (published only), every one valid for the site.
      expect(entries.length, type).toBe(result.byType[type] + (result.demoByType[type] ?? 0));
      const rejected = entries.map((raw) => parseEntry(type, raw, { mediaBaseUrl: server!.url })).filter((r) => !r.success);
      expect(rejected, type).toEqual([]);
    }
    await server.stop();
    server = undefined;
  }, 600_000);

  it('refuses a database that already has content, with exit code 3 and a message saying so', () => {
    const run = seedScale();
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/fills an empty database only, and this one already holds \d+ entries/);
  }, 300_000);

  it('writes documents that the Document Service reads exactly like the ones it creates itself (draft and published)', async () => {
    loaded = await loadCms({ dataDir });
    const strapi = loaded;
    const sets = generate(await demoContext(strapi, documentIdGenerator()), 50, new Random(7));
    const writer = new BulkWriter(strapi);
    for (const type of SCALE_TYPES) await writer.insert(contentTypes[type].uid, sets[type]);

    // The same data through the Document Service: relations as documentIds, media as file ids.
    const forDocumentService = (entry: ScaleEntry) =>
      Object.fromEntries(
        Object.entries(entry.data).map(([key, value]) => {
          const one = (v: unknown) =>
            v && typeof v === 'object' && 'mime' in v ? (v as unknown as { id: number }).id : v && typeof v === 'object' && 'documentId' in v ? { documentId: (v as { documentId: string }).documentId } : v;
          return [key, Array.isArray(value) ? value.map(one) : one(value)];
        }),
      );
    for (const type of SCALE_TYPES) {
      const uid = contentTypes[type].uid;
      const documents = strapi.documents(uid) as unknown as {
        create(p: Record<string, unknown>): Promise<{ documentId: string }>;
        findOne(p: Record<string, unknown>): Promise<unknown>;
      };
      const entry = sets[type][0];
      const copy = await documents.create({ data: { ...forDocumentService(entry), slug: `${entry.data.slug}-copie` }, locale: 'fr', status: 'published' });
      const attributes = strapi.contentType(uid).attributes;
      const populate = Object.fromEntries(
        Object.entries(attributes)
          .filter(([name, a]) => ['relation', 'media', 'component'].includes(a.type) && !['createdBy', 'updatedBy'].includes(name))
          .map(([name]) => [name, true]),
      );
      for (const status of ['draft', 'published']) {
        const written = await documents.findOne({ documentId: entry.documentId, status, locale: 'fr', populate });
        const created = await documents.findOne({ documentId: copy.documentId, status, locale: 'fr', populate });
        expect(written, `${type} ${status}`).toBeTruthy();
        expect(comparable(written), `${type} ${status}`).toEqual(comparable(created));
      }
    }
  }, 300_000);

  it('has the site indexes on every content table, used by the slug filter, and kept by Strapi’s schema sync', async () => {
    const strapi = loaded!;
    const indexes = cmsModule<{
      wantedIndexes(s: unknown): { table: string; name: string; columns: string[] }[];
      indexColumns(s: unknown, name: string): Promise<string[] | undefined>;
    }>('bootstrap/indexes.js');
    const wanted = indexes.wantedIndexes(strapi);
    expect(wanted.map((i) => i.name)).toEqual(expect.arrayContaining(['companies_site_slug_idx', 'companies_site_sync_idx', 'events_site_updated_idx']));
    const missing = async () => {
      const out: string[] = [];
      for (const spec of wanted) if ((await indexes.indexColumns(strapi, spec.name))?.join() !== spec.columns.join()) out.push(spec.name);
      return out;
    };
    expect(await missing()).toEqual([]);

    // A full schema diff and sync, as on a start after a content-type change: it must not drop them.
    await (strapi.db as unknown as { schema: { syncSchema(): Promise<string> } }).schema.syncSchema();
    expect(await missing()).toEqual([]);

    const query = (strapi.db as unknown as { queryBuilder(uid: string): { select(s: string): unknown } })
      .queryBuilder('api::company.company')
      .select('*') as { where(w: unknown): { getKnexQuery(): { toSQL(): { sql: string; bindings: unknown[] } } } };
    const { sql, bindings } = query.where({ slug: 'amperya-cells', locale: 'fr', publishedAt: { $notNull: true } }).getKnexQuery().toSQL();
    const plan = (await strapi.db.connection.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('companies_site_slug_idx');
  }, 300_000);
});
