import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentTypes, type ContentIssue, type ContentTypeName } from '@dk20000/shared';
import { startStrapi, type RunningStrapi } from '@dk20000/scripts/lib/strapi';
import { adminClient, type AdminClient } from '@dk20000/scripts/lib/admin-client';
import { strapiLoader } from '../src/loaders/strapi';
import { forgetSyncRound } from '../src/loaders/sync-state';
import { forgetContentIssues } from '../src/loaders/issues-report';
import { mediaLibrary, pngOf } from './helpers/media';

const PORT = 1481;
const TOWNS = 105;
const NBSP = '\u00a0';

type StoredEntry = { id: string; data: Record<string, unknown>; digest?: string };

/**
 * One content collection as Astro keeps it between builds: its entries and its meta store. `load()` runs the loader
 * with a fresh context over the same maps, like the next `astro build` does with the content layer cache.
 */
class Collection {
  readonly store = new Map<string, StoredEntry>();
  readonly meta = new Map<string, string>();
  warnings: string[] = [];
  infos: string[] = [];

  constructor(readonly type: ContentTypeName) {}

  context(): LoaderContext {
    const { store, meta, type } = this;
    const schema = contentTypes[type].schema;
    const logger = {
      info: (message: string) => this.infos.push(message),
      warn: (message: string) => this.warnings.push(message),
      error: (message: string) => this.warnings.push(message),
      debug: () => {},
      options: {},
      label: type,
      fork: () => logger,
    };
    return {
      collection: type,
      store: {
        get: (key: string) => store.get(key),
        entries: () => [...store.entries()],
        set: (entry: StoredEntry) => {
          const previous = store.get(entry.id);
          if (previous && entry.digest && previous.digest === entry.digest) return false;
          store.set(entry.id, entry);
          return true;
        },
        values: () => [...store.values()],
        keys: () => [...store.keys()],
        delete: (key: string) => void store.delete(key),
        clear: () => store.clear(),
        has: (key: string) => store.has(key),
        addModuleImport: () => {},
      },
      meta: {
        get: (key: string) => meta.get(key),
        set: (key: string, value: string) => void meta.set(key, value),
        has: (key: string) => meta.has(key),
        delete: (key: string) => void meta.delete(key),
      },
      logger,
      parseData: async ({ data }: { id: string; data: Record<string, unknown> }) => schema.parseAsync(data),
      generateDigest: (data: Record<string, unknown> | string) =>
        createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
      renderMarkdown: async () => {
        throw new Error('not used');
      },
      config: {},
    } as unknown as LoaderContext;
  }

  /** One build's load of this collection; returns the URLs it requested from the CMS. */
  async load(): Promise<string[]> {
    this.warnings = [];
    this.infos = [];
    forgetSyncRound(); // each call stands for a new build
    return recordRequests(() => strapiLoader({ type: this.type }).load(this.context()));
  }

  data(locale: string, documentId: string): Record<string, unknown> | undefined {
    return this.store.get(`${locale}:${documentId}`)?.data;
  }
}

async function recordRequests(run: () => Promise<void>): Promise<string[]> {
  const requested: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    requested.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return requested;
}

/** The documentIds a request filtered on (`filters[documentId][$in][i]`), for the content requests among `urls`. */
function contentRequests(urls: string[], apiPath: string): Array<{ locale: string | null; ids: string[]; paged: boolean }> {
  return urls
    .map((url) => new URL(url))
    .filter((url) => url.pathname === `/api/${apiPath}`)
    .map((url) => ({
      locale: url.searchParams.get('locale'),
      ids: [...url.searchParams.entries()].filter(([key]) => key.startsWith('filters[documentId][$in]')).map(([, id]) => id),
      paged: url.searchParams.has('pagination[page]'),
    }));
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('strapiLoader against a real CMS', () => {
  let dataDir: string;
  let issuesFile: string;
  let strapi: RunningStrapi;
  let admin: AdminClient;
  const ids: Record<string, string> = {};
  let logoId = 0;
  let setAlternativeText: (text: string) => Promise<void> = async () => {};
  const readIssues = (): ContentIssue[] => JSON.parse(readFileSync(issuesFile, 'utf8')) as ContentIssue[];

  const company = (name: string, slug: string, extra: Record<string, unknown> = {}) =>
    admin.create(
      'api::company.company',
      { name, slug, summary: `${name}, entreprise fictive du bassin.`, presence: 'arriving', ...extra },
      { publish: true },
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dk-loader-'));
    issuesFile = join(dataDir, 'issues', 'content-issues.json');
    strapi = await startStrapi({ dataDir, port: PORT, seedDemo: false });
    admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);

    const townNumbers = Array.from({ length: TOWNS }, (_, i) => i + 1);
    await inBatches(townNumbers, 5, async (n) => {
      const town = await admin.create(
        'api::town.town',
        { name: `Commune test ${n}`, slug: `commune-test-${n}`, postalCode: '59140' },
        { publish: true },
      );
      if (n === 1) ids.town = town.documentId;
      if (n === 2) ids.otherTown = town.documentId;
    });

    ids.valid = (
      await company('Batterie du Littoral', 'batterie-du-littoral', {
        jobsPlanned: 120,
        horizonYear: 2028,
        website: 'https://www.exemple.fr',
        town: { connect: [{ documentId: ids.town }] },
      })
    ).documentId;
    ids.elsewhere = (await company('Acier du Port', 'acier-du-port', { town: { connect: [{ documentId: ids.otherTown }] } })).documentId;
    ids.toUnpublish = (await company('Chimie Éphémère', 'chimie-ephemere')).documentId;
    ids.toDelete = (await company('Verre Passager', 'verre-passager')).documentId;
    ids.draft = (
      await admin.create(
        'api::company.company',
        { name: 'Brouillon Industries', slug: 'brouillon-industries', summary: 'Une fiche encore en brouillon.', presence: 'growing' },
        { publish: false },
      )
    ).documentId;
    const media = await mediaLibrary(strapi.url, strapi.adminEmail, strapi.adminPassword);
    const logo = await media.upload('logo-test.png', pngOf(8, 8, [10, 80, 120]), 'image/png');
    logoId = logo.id;
    setAlternativeText = (text) => media.setAlternativeText(logo.id, text);
    ids.withLogo = (await company('Logo Industries', 'logo-industries', { logo: logo.id })).documentId;
    ids.invalid = (await company('Verrerie Sans Protocole', 'verrerie-sans-protocole', { website: 'www.exemple.fr' })).documentId;
    // The English version of the first company: same document, another locale.
    await admin.update(
      'api::company.company',
      ids.valid,
      // name, slug and presence are not localized in the CMS: a new locale version repeats them.
      { name: 'Batterie du Littoral', slug: 'batterie-du-littoral', presence: 'arriving', summary: 'A fictional battery maker of the basin.' },
      { locale: 'en', publish: true },
    );

    process.env.STRAPI_URL = strapi.url;
    process.env.STRAPI_TOKEN = strapi.token;
    process.env.SITE_CONTENT_ISSUES_FILE = issuesFile;
    delete process.env.STRAPI_TOKEN_FILE;
  });

  beforeEach(() => {
    forgetContentIssues();
    rmSync(issuesFile, { force: true });
  });

  afterAll(async () => {
    delete process.env.SITE_CONTENT_ISSUES_FILE;
    await strapi?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('pulls every published town of a collection larger than one page, keyed <locale>:<documentId>', async () => {
    const towns = new Collection('towns');
    await towns.load();
    expect(towns.warnings).toEqual([]);
    expect(towns.store.size).toBe(TOWNS);
    expect([...towns.store.keys()].every((key) => /^fr:[a-z0-9]{20,}$/.test(key))).toBe(true);
    expect(new Set([...towns.store.values()].map((e) => e.data.name)).size).toBe(TOWNS);
    expect(towns.data('fr', ids.town!)).toMatchObject({ documentId: ids.town, name: 'Commune test 1', slug: 'commune-test-1' });
    expect(towns.infos).toContain(`towns: ${TOWNS} entries (fr ${TOWNS}, en 0), ${TOWNS} fetched, 0 removed, 0 issues`);
  });

  it('keeps French and English versions of one document as two entries and leaves drafts out', async () => {
    const companies = new Collection('companies');
    await companies.load();
    expect(companies.data('fr', ids.valid!)).toMatchObject({
      documentId: ids.valid,
      locale: 'fr',
      name: 'Batterie du Littoral',
      presence: 'arriving',
      jobsPlanned: 120,
      website: 'https://www.exemple.fr',
      town: { documentId: ids.town, name: 'Commune test 1', slug: 'commune-test-1' },
      featured: false,
      jobs: [],
    });
    expect(companies.data('en', ids.valid!)).toMatchObject({
      documentId: ids.valid,
      locale: 'en',
      name: 'Batterie du Littoral',
      summary: 'A fictional battery maker of the basin.',
    });
    expect(companies.data('fr', ids.valid!)?.summary).toBe('Batterie du Littoral, entreprise fictive du bassin.');
    expect(companies.data('fr', ids.draft!)).toBeUndefined();
    expect([...companies.store.keys()].sort()).toEqual(
      [ids.valid, ids.elsewhere, ids.toUnpublish, ids.toDelete, ids.withLogo].map((id) => `fr:${id}`).concat(`en:${ids.valid}`).sort(),
    );
  });

  it('reports an entry the contract rejects as a French ContentIssue in SITE_CONTENT_ISSUES_FILE and the log', async () => {
    const companies = new Collection('companies');
    await companies.load();
    expect(companies.data('fr', ids.invalid!)).toBeUndefined();
    const issues = readIssues();
    expect(issues).toEqual([
      {
        type: 'companies',
        typeLabel: 'Entreprise',
        documentId: ids.invalid,
        locale: 'fr',
        name: 'Verrerie Sans Protocole',
        field: 'website',
        fieldLabel: 'Site internet',
        message: expect.stringMatching(/^URL invalide/),
        keptPrevious: false,
        text: expect.stringContaining(`Entreprise «${NBSP}Verrerie Sans Protocole${NBSP}» (fr), champ «${NBSP}Site internet${NBSP}»${NBSP}: URL invalide`),
      },
    ]);
    expect(issues[0]!.text).toContain('n’est pas publiée sur le site');
    expect(companies.warnings).toEqual([issues[0]!.text]);
    expect(companies.warnings.join('\n')).not.toContain('Brouillon');
  });

  it('a second load without any change fetches no entry and reports the same issues', async () => {
    const companies = new Collection('companies');
    await companies.load();
    const before = new Map(companies.store);
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([]);
    expect(requested.every((url) => new URL(url).pathname === '/api/site-sync/state')).toBe(true);
    expect(companies.store).toEqual(before);
    expect(readIssues().map((issue) => issue.documentId)).toEqual([ids.invalid]);
  });

  it('a second load after one edit fetches only the edited entry', async () => {
    const companies = new Collection('companies');
    await companies.load();
    await admin.update('api::company.company', ids.elsewhere!, { jobsPlanned: 450 }, { publish: true });
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [ids.elsewhere], paged: false }]);
    expect(companies.data('fr', ids.elsewhere!)).toMatchObject({ name: 'Acier du Port', jobsPlanned: 450 });
    expect(companies.infos.at(-1)).toMatch(/, 1 fetched, 0 removed, 1 issue$/);
  });

  it('renaming a town refetches the companies that show it, and only those', async () => {
    const companies = new Collection('companies');
    await companies.load();
    await admin.update('api::town.town', ids.town!, { name: 'Commune renommée' }, { publish: true });
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [ids.valid], paged: false }]);
    expect(companies.data('fr', ids.valid!)).toMatchObject({ town: { documentId: ids.town, name: 'Commune renommée' } });
    expect(companies.data('fr', ids.elsewhere!)).toMatchObject({ town: { name: 'Commune test 2' } });
  });

  it('editing a logo in the media library refetches the companies that show it, and only those', async () => {
    const companies = new Collection('companies');
    await companies.load();
    expect(companies.data('fr', ids.withLogo!)).toMatchObject({ logo: { alt: '', mime: 'image/png' } });
    await setAlternativeText('Logo de Logo Industries');
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [ids.withLogo], paged: false }]);
    expect(companies.data('fr', ids.withLogo!)).toMatchObject({ logo: { alt: 'Logo de Logo Industries' } });
    expect(logoId).toBeGreaterThan(0);
  });

  it('a rejected edit keeps the previous version in the store and reports a ContentIssue that says so', async () => {
    const companies = new Collection('companies');
    await companies.load();
    const previous = companies.data('fr', ids.valid!);
    await admin.update(
      'api::company.company',
      ids.valid!,
      { summary: 'Un résumé modifié qui ne doit pas être publié.', careersUrl: 'recrutement.exemple.fr' },
      { publish: true },
    );
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [ids.valid], paged: false }]);
    expect(companies.data('fr', ids.valid!)).toEqual(previous);

    const issue = readIssues().find((i) => i.documentId === ids.valid);
    expect(issue).toMatchObject({
      type: 'companies',
      locale: 'fr',
      name: 'Batterie du Littoral',
      field: 'careersUrl',
      fieldLabel: 'Page des offres d’emploi',
      keptPrevious: true,
    });
    expect(issue!.text).toMatch(/La version précédente reste en ligne\.$/);
    expect(companies.warnings).toContain(issue!.text);

    // Nothing changed since: no fetch, the issue still stands.
    const again = await companies.load();
    expect(contentRequests(again, 'companies')).toEqual([]);
    expect(readIssues().find((i) => i.documentId === ids.valid)).toEqual(issue);

    // Fixed in the CMS: the new version replaces the old one and the issue is gone.
    await admin.update('api::company.company', ids.valid!, { careersUrl: 'https://recrutement.exemple.fr' }, { publish: true });
    await companies.load();
    expect(companies.data('fr', ids.valid!)).toMatchObject({ summary: 'Un résumé modifié qui ne doit pas être publié.' });
    expect(readIssues().map((i) => i.documentId)).toEqual([ids.invalid]);
  });

  it('unpublishing or deleting a document removes its entries without fetching anything', async () => {
    const companies = new Collection('companies');
    await companies.load();
    expect(companies.data('fr', ids.toUnpublish!)).toBeDefined();
    expect(companies.data('fr', ids.toDelete!)).toBeDefined();
    await admin.unpublish('api::company.company', ids.toUnpublish!);
    await admin.remove('api::company.company', ids.toDelete!);
    const requested = await companies.load();
    expect(contentRequests(requested, 'companies')).toEqual([]);
    expect(companies.data('fr', ids.toUnpublish!)).toBeUndefined();
    expect(companies.data('fr', ids.toDelete!)).toBeUndefined();
    expect(companies.data('fr', ids.valid!)).toBeDefined();
    expect(companies.infos.at(-1)).toMatch(/, 0 fetched, 2 removed, /);
  });

  it('the 17 collections of one content sync read the sync endpoint once per locale', async () => {
    forgetSyncRound();
    const collections = (Object.keys(contentTypes) as ContentTypeName[]).map((type) => new Collection(type));
    const requested = await recordRequests(async () => {
      // As Astro does: every collection's loader at the same time, in one process.
      await Promise.all(collections.map((c) => strapiLoader({ type: c.type }).load(c.context())));
    });
    const syncReads = requested.filter((url) => new URL(url).pathname === '/api/site-sync/state');
    expect(syncReads.map((url) => new URL(url).searchParams.get('locale')).sort()).toEqual(['en', 'fr']);
    expect(collections.find((c) => c.type === 'towns')!.store.size).toBe(TOWNS);
  });

  it('lists every entry page by page when the CMS has no sync endpoint (an older CMS)', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (new URL(url).pathname === '/api/site-sync/state') return Promise.resolve(new Response('{"data":null}', { status: 404 }));
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const towns = new Collection('towns');
      const requested = await towns.load();
      expect(towns.store.size).toBe(TOWNS);
      const pages = contentRequests(requested, 'towns');
      expect(pages.filter((p) => p.locale === 'fr' && p.paged)).toHaveLength(Math.ceil(TOWNS / 100));
      expect(pages.every((p) => p.ids.length === 0)).toBe(true);
      expect(towns.warnings.join('\n')).toMatch(/towns: listing every entry, the CMS has no sync endpoint/);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('treats an unpublished single type as empty', async () => {
    const home = new Collection('home');
    await home.load();
    expect(home.store.size).toBe(0);
    expect(home.infos).toContain('home: 0 entries (fr 0, en 0), 0 fetched, 0 removed, 0 issues');
  });

  it('writes an empty issues file when every entry passes the contract', async () => {
    await new Collection('towns').load();
    expect(existsSync(issuesFile)).toBe(true);
    expect(readIssues()).toEqual([]);
  });

  it('reads the token from STRAPI_TOKEN_FILE', async () => {
    const file = join(dataDir, 'token-copy');
    writeFileSync(file, `${strapi.token}\n`);
    const saved = process.env.STRAPI_TOKEN;
    delete process.env.STRAPI_TOKEN;
    process.env.STRAPI_TOKEN_FILE = file;
    try {
      const towns = new Collection('towns');
      await towns.load();
      expect(towns.store.size).toBe(TOWNS);
    } finally {
      process.env.STRAPI_TOKEN = saved;
      delete process.env.STRAPI_TOKEN_FILE;
    }
  });

  it('fails clearly on a wrong token', async () => {
    const saved = process.env.STRAPI_TOKEN;
    process.env.STRAPI_TOKEN = 'not-a-real-token';
    try {
      await expect(new Collection('companies').load()).rejects.toThrow(
        new RegExp(`401.*${strapi.url.replace(/[.:/]/g, '\\$&')}/api/site-sync/state.*STRAPI_TOKEN`, 's'),
      );
    } finally {
      process.env.STRAPI_TOKEN = saved;
    }
  });

  it('fails clearly when the CMS is unreachable', async () => {
    const saved = process.env.STRAPI_URL;
    process.env.STRAPI_URL = 'http://127.0.0.1:9';
    try {
      await expect(new Collection('companies').load()).rejects.toThrow(/unreachable at http:\/\/127\.0\.0\.1:9\/api\/.*Start the CMS/s);
    } finally {
      process.env.STRAPI_URL = saved;
    }
  });

  it('gives nothing to anonymous readers, published or draft', async () => {
    for (const path of ['/api/companies', '/api/companies?status=draft', '/api/towns?status=draft', '/api/towns', '/api/site-sync/state?locale=fr']) {
      const response = await fetch(`${strapi.url}${path}`);
      expect([401, 403], path).toContain(response.status);
      const body = (await response.json()) as { data?: unknown; types?: unknown };
      expect(body.data ?? null, path).toBeNull();
      expect(body.types, path).toBeUndefined();
    }
  });

  it('serves published content only, even to the build token asking for drafts', async () => {
    const response = await fetch(`${strapi.url}/api/companies?status=draft&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${strapi.token}` },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { documentId: string }[] };
    expect(data.map((c) => c.documentId)).toContain(ids.valid);
    expect(data.map((c) => c.documentId)).not.toContain(ids.draft);
  });

  it('only ever requests published content, in French and English', async () => {
    const requested: string[] = [];
    for (const type of ['towns', 'companies', 'home'] as const) requested.push(...(await new Collection(type).load()));
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) {
      const params = new URL(url).searchParams;
      expect(['fr', 'en'], url).toContain(params.get('locale'));
      expect(params.has('status'), url).toBe(false);
      expect(url, url).not.toMatch(/draft|publicationState/i);
    }
    expect(requested.some((url) => new URL(url).searchParams.get('locale') === 'en')).toBe(true);
  });

  // Publishing a document changes no row of the published entries that link it: the loader learns it from the sync
  // endpoint's digest of the published documents each entry's relations show.
  const job = (title: string, slug: string, publish: boolean) =>
    admin.create('api::job.job', { title, slug, romeCode: 'H2102', summary: `${title}, métier fictif du bassin.`, accessLevel: 'bac' }, { publish });
  const publishedRelations = async (apiPath: string, documentId: string, field: string) => {
    const response = await fetch(`${strapi.url}/api/${apiPath}?filters[documentId][$eq]=${documentId}&locale=fr`, {
      headers: { Authorization: `Bearer ${strapi.token}` },
    });
    const { data } = (await response.json()) as { data: Record<string, unknown>[] };
    return data[0]?.[field];
  };

  it('a company published with a link to a job still in draft shows no job; once the job is published the next load refetches the company and shows it, and again after an unpublish and a new publication', async () => {
    const draftJob = await job('Soudeur·se test', 'soudeur-se-test', false);
    const linking = await company('Chaudronnerie du Canal', 'chaudronnerie-du-canal', { jobs: { connect: [{ documentId: draftJob.documentId }] } });
    try {
      const companies = new Collection('companies');
      await companies.load();
      expect(companies.data('fr', linking.documentId)).toMatchObject({ name: 'Chaudronnerie du Canal', jobs: [] });

      await admin.publish('api::job.job', draftJob.documentId);
      expect(await publishedRelations('companies', linking.documentId, 'jobs'), 'the CMS now shows the job in the published company').toEqual([
        expect.objectContaining({ documentId: draftJob.documentId }),
      ]);
      let requested = await companies.load();
      expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [linking.documentId], paged: false }]);
      expect(companies.data('fr', linking.documentId)).toMatchObject({
        jobs: [{ documentId: draftJob.documentId, name: 'Soudeur·se test', slug: 'soudeur-se-test' }],
      });

      await admin.unpublish('api::job.job', draftJob.documentId);
      requested = await companies.load();
      expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [linking.documentId], paged: false }]);
      expect(companies.data('fr', linking.documentId)).toMatchObject({ jobs: [] });

      await admin.publish('api::job.job', draftJob.documentId);
      requested = await companies.load();
      expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [linking.documentId], paged: false }]);
      expect(companies.data('fr', linking.documentId)).toMatchObject({ jobs: [{ documentId: draftJob.documentId }] });
    } finally {
      await admin.remove('api::company.company', linking.documentId);
      await admin.remove('api::job.job', draftJob.documentId);
    }
  });

  it('a published job is refetched, and only it, when a newly published company links it (the job’s companies, the inverse side)', async () => {
    const linked = await job('Mécanicien·ne test', 'mecanicien-ne-test', true);
    const other = await job('Électricien·ne test', 'electricien-ne-test', true);
    try {
      const jobs = new Collection('jobs');
      await jobs.load();
      expect(jobs.data('fr', linked.documentId)).toMatchObject({ companies: [] });

      const newcomer = await company('Maintenance du Port', 'maintenance-du-port', { jobs: { connect: [{ documentId: linked.documentId }] } });
      try {
        const requested = await jobs.load();
        expect(contentRequests(requested, 'jobs')).toEqual([{ locale: 'fr', ids: [linked.documentId], paged: false }]);
        expect(jobs.data('fr', linked.documentId)).toMatchObject({ companies: [{ documentId: newcomer.documentId, name: 'Maintenance du Port' }] });
        expect(jobs.data('fr', other.documentId)).toMatchObject({ companies: [] });
      } finally {
        await admin.remove('api::company.company', newcomer.documentId);
      }
    } finally {
      await admin.remove('api::job.job', linked.documentId);
      await admin.remove('api::job.job', other.documentId);
    }
  });

  it('a company published with a link to a town still in draft shows the town as the CMS does: still none once the town is published (Strapi leaves a unidirectional link off the published company), the town once the company is published again', async () => {
    const draftTown = await admin.create('api::town.town', { name: 'Commune en projet', slug: 'commune-en-projet', postalCode: '59140' }, { publish: false });
    const linking = await company('Forge de la Digue', 'forge-de-la-digue', { town: { connect: [{ documentId: draftTown.documentId }] } });
    try {
      const companies = new Collection('companies');
      await companies.load();
      expect(companies.data('fr', linking.documentId)).toMatchObject({ name: 'Forge de la Digue' });
      expect(companies.data('fr', linking.documentId)?.town).toBeUndefined();

      await admin.publish('api::town.town', draftTown.documentId);
      expect(await publishedRelations('companies', linking.documentId, 'town'), 'Strapi 5.54 leaves the town off the published company').toBeNull();
      let requested = await companies.load();
      expect(contentRequests(requested, 'companies')).toEqual([]);
      expect(companies.data('fr', linking.documentId)?.town).toBeUndefined();

      await admin.publish('api::company.company', linking.documentId);
      requested = await companies.load();
      expect(contentRequests(requested, 'companies')).toEqual([{ locale: 'fr', ids: [linking.documentId], paged: false }]);
      expect(companies.data('fr', linking.documentId)).toMatchObject({ town: { documentId: draftTown.documentId, name: 'Commune en projet' } });
    } finally {
      await admin.remove('api::company.company', linking.documentId);
      await admin.remove('api::town.town', draftTown.documentId);
    }
  });
});
