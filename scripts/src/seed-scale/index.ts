import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { contentTypes, type ContentTypeName } from '@dk20000/shared';
import { cmsModule, documentIdGenerator, loadCms, type CmsTarget, type LoadedStrapi } from './cms.ts';
import { generate, SCALE_TYPES, type DemoContext, type MediaFile, type Ref, type ScaleEntry, type ScaleType } from './generate.ts';
import { measureIndexes, type IndexTiming } from './measure-indexes.ts';
import { Progress } from './progress.ts';
import { Random } from './random.ts';
import { BulkWriter } from './writer.ts';

/**
 * `npm run seed:scale -- --entries 10000`: fills an EMPTY database with the demo content, then with
 * N more published French entries (companies, jobs, training paths, career stories, events)
 * related to the demo's towns, sectors, audiences, partners and venues. Runs the built CMS in this
 * process (createStrapi on cms/dist) and writes through Strapi's database layer in batches.
 */

export interface SeedScaleOptions extends CmsTarget {
  entries: number;
  seed?: number;
  batch?: number;
  quiet?: boolean;
  /** Time the site's queries without then with the site indexes, after seeding. */
  measureIndexes?: boolean;
}

export interface SeedScaleResult {
  entries: number;
  byType: Record<ScaleType, number>;
  demoEntries: number;
  /** Demo entries per registry type (the demo seed's own count). */
  demoByType: Record<string, number>;
  seconds: { boot: number; demo: number; generate: number; write: number; indexes: number; total: number };
  entriesPerSecond: number;
  indexTimings?: IndexTiming[];
}

export class NotEmptyError extends Error {}

const REFERENCE_TYPES = ['towns', 'sectors', 'audiences', 'partners', 'venues', 'jobs', 'trainingPaths', 'companies'] as const;
const NAME_FIELD: Partial<Record<ContentTypeName, string>> = { jobs: 'title', trainingPaths: 'title', careerStories: 'firstName', events: 'title' };

const seconds = (since: number) => (performance.now() - since) / 1000;

async function countEntries(strapi: LoadedStrapi): Promise<number> {
  let total = 0;
  for (const uid of Object.keys(strapi.contentTypes).filter((u) => u.startsWith('api::'))) {
    total += Number(await (strapi.db.query(uid) as unknown as { count(): Promise<number> }).count());
  }
  return total;
}

export async function demoContext(strapi: LoadedStrapi, newId: () => string): Promise<DemoContext> {
  const refs = new Map<string, Ref>();
  for (const type of REFERENCE_TYPES) {
    const nameField = NAME_FIELD[type] ?? 'name';
    const rows = await strapi.db.query(contentTypes[type].uid).findMany({
      select: ['documentId', 'slug', nameField],
      where: { locale: 'fr', publishedAt: { $notNull: true } },
    });
    for (const row of rows) {
      refs.set(`${type}:${row.slug}`, { documentId: row.documentId as string, slug: row.slug as string, name: row[nameField] as string });
    }
  }
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    select: ['id', 'url', 'mime', 'name', 'alternativeText', 'width', 'height'],
  })) as { id: number; url: string; mime: string; name: string; alternativeText: string | null; width: number | null; height: number | null }[];
  const media = (prefix: string): MediaFile[] => {
    const found = files
      .filter((f) => f.name.startsWith(prefix) && f.mime.startsWith('image/'))
      .map((f) => ({ id: f.id, url: f.url, mime: f.mime, name: f.name, alt: f.alternativeText ?? '', width: f.width ?? undefined, height: f.height ?? undefined }));
    if (found.length === 0) throw new Error(`seed:scale: the demo seed stored no image named ${prefix}…`);
    return found;
  };
  const companyKeys = new Set(cmsModule<{ COMPANIES: { key: string }[] }>('seed/data/companies.js').COMPANIES.map((c) => c.key));
  const logos = media('logo-').filter((f) => companyKeys.has(f.name.replace(/^logo-/, '').replace(/\.\w+$/, '')));
  const typography = cmsModule<{ typoDeep<T>(v: T): T; slugify(t: string): string }>('seed/lib/typography.js');
  return {
    data: {
      TOWNS: cmsModule<{ TOWNS: DemoContext['data']['TOWNS'] }>('seed/data/towns.js').TOWNS,
      SECTORS: cmsModule<{ SECTORS: DemoContext['data']['SECTORS'] }>('seed/data/sectors.js').SECTORS,
      AUDIENCES: cmsModule<{ AUDIENCES: DemoContext['data']['AUDIENCES'] }>('seed/data/audiences.js').AUDIENCES,
      PARTNERS: cmsModule<{ PARTNERS: DemoContext['data']['PARTNERS'] }>('seed/data/partners.js').PARTNERS,
      VENUES: cmsModule<{ VENUES: DemoContext['data']['VENUES'] }>('seed/data/venues.js').VENUES,
      JOBS: cmsModule<{ JOBS: DemoContext['data']['JOBS'] }>('seed/data/jobs.js').JOBS,
      TRAININGS: cmsModule<{ TRAININGS: DemoContext['data']['TRAININGS'] }>('seed/data/trainings.js').TRAININGS,
    },
    md: cmsModule<{ md(s: string): unknown[] }>('seed/lib/blocks.js').md,
    typoDeep: typography.typoDeep,
    slugify: typography.slugify,
    dates: cmsModule<DemoContext['dates']>('seed/lib/dates.js'),
    ref(type, key) {
      const found = refs.get(`${type}:${key}`);
      if (!found) throw new Error(`seed:scale: the demo seed has no ${type} « ${key} »`);
      return found;
    },
    media: { logos: logos.length > 0 ? logos : media('logo-'), covers: media('couverture-company-'), portraits: media('portrait-'), eventCovers: media('couverture-event-') },
    newId,
    now: new Date(),
  };
}

/** The entry as the site sees it (media as images with absolute URLs), checked against the shared contract. */
function checkContract(type: ScaleType, entry: ScaleEntry, now: string): void {
  const view: Record<string, unknown> = { documentId: entry.documentId, locale: 'fr', updatedAt: now };
  for (const [key, value] of Object.entries(entry.data)) {
    if (value === undefined) continue;
    const image = (file: MediaFile) => ({ url: `http://127.0.0.1:1337${file.url}`, alt: file.alt, mime: file.mime, name: file.name, width: file.width, height: file.height });
    const isMedia = (v: unknown): v is MediaFile => typeof v === 'object' && v !== null && 'mime' in v;
    view[key] = isMedia(value) ? image(value) : Array.isArray(value) && value.every(isMedia) && value.length > 0 ? value.map(image) : value;
  }
  const result = contentTypes[type].schema.safeParse(view);
  if (!result.success) {
    throw new Error(`seed:scale generated a ${type} entry the contract rejects (${entry.data.slug}): ${JSON.stringify(result.error.issues).slice(0, 800)}`);
  }
}

export async function seedScale(options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = performance.now();
  const strapi = await loadCms(options);
  const boot = seconds(started);
  try {
    const existing = await countEntries(strapi);
    if (existing > 0) {
      throw new NotEmptyError(
        `seed:scale fills an empty database only, and this one already holds ${existing} entries (${describeTarget(options)}). ` +
          'Use --data-dir <new folder> for a fresh throw-away database, or empty this one first.',
      );
    }

    let phase = performance.now();
    const seeded = await cmsModule<{ seedDemo(s: unknown): Promise<{ created: Record<string, number> }> }>('seed/index.js').seedDemo(strapi);
    const demoEntries = Object.values(seeded.created).reduce((a, b) => a + b, 0);
    const demo = seconds(phase);
    if (!options.quiet) console.error(`Demo content: ${demoEntries} entries in ${demo.toFixed(1)} s`);

    phase = performance.now();
    const ctx = await demoContext(strapi, documentIdGenerator());
    const sets = generate(ctx, options.entries, new Random(options.seed ?? 20_000));
    const now = new Date().toISOString();
    for (const type of SCALE_TYPES) for (const entry of sets[type]) checkContract(type, entry, now);
    const generateSeconds = seconds(phase);

    phase = performance.now();
    const writer = new BulkWriter(strapi);
    const progress = new Progress(options.entries, { quiet: options.quiet });
    const batch = options.batch ?? 500;
    for (const type of SCALE_TYPES) {
      const entries = sets[type];
      for (let i = 0; i < entries.length; i += batch) {
        const chunk = entries.slice(i, i + batch);
        await writer.insert(contentTypes[type].uid, chunk);
        progress.advance(chunk.length, type);
      }
    }
    progress.finish();
    const write = seconds(phase);

    phase = performance.now();
    let indexTimings: IndexTiming[] | undefined;
    if (options.measureIndexes) {
      const slugs = sets.companies.slice(-40).map((e) => e.data.slug as string);
      indexTimings = await measureIndexes(strapi, slugs.length > 0 ? slugs : ['amperya-cells']);
    } else {
      await cmsModule<{ ensureIndexes(s: unknown): Promise<string[]> }>('bootstrap/indexes.js').ensureIndexes(strapi);
    }
    const indexes = seconds(phase);

    const byType = Object.fromEntries(SCALE_TYPES.map((t) => [t, sets[t].length])) as Record<ScaleType, number>;
    return {
      entries: options.entries,
      byType,
      demoEntries,
      demoByType: seeded.created,
      seconds: { boot, demo, generate: generateSeconds, write, indexes, total: seconds(started) },
      entriesPerSecond: write > 0 ? options.entries / write : 0,
      indexTimings,
    };
  } finally {
    await strapi.destroy().catch(() => undefined);
  }
}

function describeTarget(options: CmsTarget): string {
  if (options.dataDir) return join(options.dataDir, 'data.db');
  if (options.database) return options.database;
  return process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : (process.env.DATABASE_FILENAME ?? 'cms/.tmp/data.db');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      'data-dir': { type: 'string' },
      database: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'measure-indexes': { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run seed:scale -- [--entries 10000] [--data-dir DIR | --database FILE] [--seed N] [--measure-indexes] [--json FILE] [--quiet]
Fills an empty database with the demo content and N more published entries (${SCALE_TYPES.join(', ')}).
Without --data-dir/--database it uses the CMS's own database (cms/.env, default cms/.tmp/data.db).`);
    process.exit(0);
  }
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 0) {
    console.error(`--entries must be a whole number, got « ${values.entries} »`);
    process.exit(2);
  }
  try {
    const result = await seedScale({
      entries,
      dataDir: values['data-dir'],
      database: values.database,
      seed: values.seed ? Number(values.seed) : undefined,
      batch: values.batch ? Number(values.batch) : undefined,
      quiet: values.quiet,
      measureIndexes: values['measure-indexes'],
    });
    const s = result.seconds;
    console.error(
      `Seeded ${result.entries} entries (${Object.entries(result.byType)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}) on top of ${result.demoEntries} demo entries in ${s.total.toFixed(1)} s ` +
        `(start ${s.boot.toFixed(1)} s, demo ${s.demo.toFixed(1)} s, generate ${s.generate.toFixed(1)} s, write ${s.write.toFixed(1)} s = ${Math.round(result.entriesPerSecond)} entries/s, indexes ${s.indexes.toFixed(1)} s)`,
    );
    if (result.indexTimings) {
      console.table(result.indexTimings.map((t) => ({ query: t.query, 'without index': `${t.withoutMs.toFixed(2)} ms`, 'with index': `${t.withMs.toFixed(2)} ms` })));
    }
    if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof NotEmptyError ? error.message : error);
    process.exit(error instanceof NotEmptyError ? 3 : 1);
  }
}
