import { cmsModule, type LoadedStrapi } from './cms.ts';

/*
 * Times the reads the site index (cms/src/bootstrap/indexes.ts) is for, on the seeded database,
 * first without the site indexes, then with them: a slug filter through the Document Service (the
 * SQL of `GET /api/companies?filters[slug][$eq]=…`), the sync endpoint's state, a « changed since »
 * read, and an editor's save (create + publish, whose uid check filters on slug), rolled back.
 */

export interface IndexTiming {
  query: string;
  withoutMs: number;
  withMs: number;
}

interface IndexModule {
  wantedIndexes(strapi: unknown): { table: string; name: string; columns: string[] }[];
  ensureIndexes(strapi: unknown): Promise<string[]>;
}

const REPEAT = 15;

async function median(run: (i: number) => Promise<unknown>, repeat = REPEAT): Promise<number> {
  await run(-1);
  await run(-2);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

class Rollback extends Error {}

export async function measureIndexes(strapi: LoadedStrapi, slugs: string[]): Promise<IndexTiming[]> {
  const indexes = cmsModule<IndexModule>('bootstrap/indexes.js');
  const knex = strapi.db.connection;
  const schema = (strapi.db as unknown as { getSchemaName(): string | undefined }).getSchemaName();
  const sync = (strapi as unknown as { service(uid: string): { state?(locale: string): Promise<unknown> } | undefined }).service(
    'api::site-sync.site-sync',
  );
  const companies = strapi.documents('api::company.company') as unknown as {
    findMany(params: Record<string, unknown>): Promise<unknown[]>;
    create(params: Record<string, unknown>): Promise<{ documentId: string }>;
  };
  const since = new Date(Date.now() + 60_000);

  const queries: [string, (i: number) => Promise<unknown>][] = [
    [
      'slug filter, published company (Document Service)',
      (i) => companies.findMany({ filters: { slug: slugs[(i + slugs.length) % slugs.length] }, status: 'published', locale: 'fr' }),
    ],
    [
      sync?.state ? 'sync state, every type (api::site-sync)' : 'sync query, companies (ids and dates)',
      () =>
        sync?.state
          ? sync.state('fr')
          : strapi.db.query('api::company.company').findMany({
              select: ['documentId', 'publishedAt', 'updatedAt'],
              where: { publishedAt: { $notNull: true }, locale: 'fr' },
              orderBy: { id: 'asc' },
            }),
    ],
    [
      'changed since a mark, companies (updatedAt >)',
      () => strapi.db.query('api::company.company').findMany({ select: ['documentId'], where: { updatedAt: { $gt: since } } }),
    ],
    [
      'editor save: create + publish a company (rolled back)',
      (i) =>
        strapi.db
          .transaction(async () => {
            await companies.create({
              data: { name: `Mesure ${i}`, slug: `mesure-index-${i + 10}`, summary: 'Entreprise de mesure, jamais enregistrée.', presence: 'growing' },
              locale: 'fr',
              status: 'published',
            });
            throw new Rollback();
          })
          .catch((error) => {
            if (!(error instanceof Rollback)) throw error;
          }),
    ],
  ];

  const specs = indexes.wantedIndexes(strapi);
  for (const spec of specs) await knex.raw('DROP INDEX IF EXISTS ??', [schema ? `${schema}.${spec.name}` : spec.name]);
  const without: number[] = [];
  for (const [, run] of queries) without.push(await median(run));
  await indexes.ensureIndexes(strapi);
  const timings: IndexTiming[] = [];
  for (const [i, [query, run]] of queries.entries()) timings.push({ query, withoutMs: without[i], withMs: await median(run) });
  return timings;
}
