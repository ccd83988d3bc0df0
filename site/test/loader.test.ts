import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentTypes, type ContentTypeName } from '@dk20000/shared';
import { startStrapi, type RunningStrapi } from '@dk20000/scripts/lib/strapi';
import { adminClient, type AdminClient } from '@dk20000/scripts/lib/admin-client';
import { strapiLoader } from '../src/loaders/strapi';

const PORT = 1411;
const TOWNS = 105;

interface Captured {
  context: LoaderContext;
  store: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>;
  meta: Map<string, string>;
  warnings: string[];
  infos: string[];
}

/** The part of Astro's loader context our loader uses, backed by Maps, validating with the collection schema. */
function loaderContext(type: ContentTypeName, store = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>()): Captured {
  const meta = new Map<string, string>();
  const warnings: string[] = [];
  const infos: string[] = [];
  const schema = contentTypes[type].schema;
  const context = {
    collection: type,
    store: {
      get: (key: string) => store.get(key),
      entries: () => [...store.entries()],
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
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
    logger: {
      info: (message: string) => infos.push(message),
      warn: (message: string) => warnings.push(message),
      error: (message: string) => warnings.push(message),
      debug: () => {},
      options: {},
      label: type,
      fork: () => context.logger,
    },
    parseData: async ({ data }: { id: string; data: Record<string, unknown> }) => schema.parseAsync(data),
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    renderMarkdown: async () => {
      throw new Error('not used');
    },
    config: {},
  } as unknown as LoaderContext;
  return { context, store, meta, warnings, infos };
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('strapiLoader against a real CMS', () => {
  let dataDir: string;
  let strapi: RunningStrapi;
  let admin: AdminClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dk-loader-'));
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
    });

    const valid = await admin.create(
      'api::company.company',
      {
        name: 'Batterie du Littoral',
        slug: 'batterie-du-littoral',
        summary: 'Entreprise fictive qui assemble des modules de batteries.',
        presence: 'arriving',
        jobsPlanned: 120,
        horizonYear: 2028,
        website: 'https://www.exemple.fr',
        town: { connect: [{ documentId: ids.town }] },
      },
      { publish: true },
    );
    ids.valid = valid.documentId;

    const draft = await admin.create(
      'api::company.company',
      {
        name: 'Brouillon Industries',
        slug: 'brouillon-industries',
        summary: 'Une fiche encore en brouillon, jamais publiée.',
        presence: 'growing',
      },
      { publish: false },
    );
    ids.draft = draft.documentId;

    const invalid = await admin.create(
      'api::company.company',
      {
        name: 'Verrerie Sans Protocole',
        slug: 'verrerie-sans-protocole',
        summary: 'Son site web a été saisi sans https://.',
        presence: 'established',
        website: 'www.exemple.fr',
      },
      { publish: true },
    );
    ids.invalid = invalid.documentId;

    process.env.STRAPI_URL = strapi.url;
    process.env.STRAPI_TOKEN = strapi.token;
    delete process.env.STRAPI_TOKEN_FILE;
  });

  afterAll(async () => {
    await strapi?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('pulls every page of a collection (105 published towns)', async () => {
    const { context, store, meta, infos, warnings } = loaderContext('towns');
    await strapiLoader({ type: 'towns' }).load(context);
    expect(warnings).toEqual([]);
    expect(store.size).toBe(TOWNS);
    const names = [...store.values()].map((e) => e.data.name).sort();
    expect(new Set(names).size).toBe(TOWNS);
    expect(store.get(ids.town!)?.data).toMatchObject({ documentId: ids.town, name: 'Commune test 1', slug: 'commune-test-1' });
    expect(meta.get('lastUpdatedAt')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(infos).toContain(`towns: ${TOWNS} entries, 0 skipped`);
  });

  it('loads published companies, leaves drafts out, reports and skips an invalid one', async () => {
    const stale = { id: 'deleted-in-cms', data: { name: 'Gone' } };
    const { context, store, warnings, infos } = loaderContext('companies', new Map([[stale.id, stale]]));
    await strapiLoader({ type: 'companies' }).load(context);

    expect([...store.keys()]).toEqual([ids.valid]);
    const company = store.get(ids.valid!)!;
    expect(company.digest).toMatch(/^[0-9a-f]+$/);
    expect(company.data).toMatchObject({
      documentId: ids.valid,
      name: 'Batterie du Littoral',
      presence: 'arriving',
      jobsPlanned: 120,
      website: 'https://www.exemple.fr',
      town: { documentId: ids.town, name: 'Commune test 1', slug: 'commune-test-1' },
      featured: false,
      jobs: [],
    });
    expect(store.has(ids.draft!)).toBe(false);
    expect(store.has(stale.id)).toBe(false);

    const report = warnings.join('\n');
    expect(report).toContain('companies');
    expect(report).toContain(ids.invalid!);
    expect(report).toContain('Verrerie Sans Protocole');
    expect(report).toContain('field "website"');
    expect(report).not.toContain('Brouillon');
    expect(infos).toContain('companies: 1 entry, 1 skipped');
  });

  it('treats an unpublished single type as empty', async () => {
    const { context, store, infos } = loaderContext('home');
    await strapiLoader({ type: 'home' }).load(context);
    expect(store.size).toBe(0);
    expect(infos).toContain('home: 0 entries, 0 skipped');
  });

  it('reads the token from STRAPI_TOKEN_FILE', async () => {
    const file = join(dataDir, 'token-copy');
    writeFileSync(file, `${strapi.token}\n`);
    const saved = process.env.STRAPI_TOKEN;
    delete process.env.STRAPI_TOKEN;
    process.env.STRAPI_TOKEN_FILE = file;
    try {
      const { context, store } = loaderContext('companies');
      await strapiLoader({ type: 'companies' }).load(context);
      expect(store.size).toBe(1);
    } finally {
      process.env.STRAPI_TOKEN = saved;
      delete process.env.STRAPI_TOKEN_FILE;
    }
  });

  it('fails clearly on a wrong token', async () => {
    const saved = process.env.STRAPI_TOKEN;
    process.env.STRAPI_TOKEN = 'not-a-real-token';
    try {
      const { context } = loaderContext('companies');
      await expect(strapiLoader({ type: 'companies' }).load(context)).rejects.toThrow(
        new RegExp(`401.*${strapi.url.replace(/[.:/]/g, '\\$&')}/api/companies.*STRAPI_TOKEN`, 's'),
      );
    } finally {
      process.env.STRAPI_TOKEN = saved;
    }
  });

  it('fails clearly when the CMS is unreachable', async () => {
    const saved = process.env.STRAPI_URL;
    process.env.STRAPI_URL = 'http://127.0.0.1:9';
    try {
      const { context } = loaderContext('companies');
      await expect(strapiLoader({ type: 'companies' }).load(context)).rejects.toThrow(
        /unreachable at http:\/\/127\.0\.0\.1:9\/api\/companies.*Start the CMS/s,
      );
    } finally {
      process.env.STRAPI_URL = saved;
    }
  });

  it('gives nothing to anonymous readers, published or draft', async () => {
    for (const path of ['/api/companies', '/api/companies?status=draft', '/api/towns?status=draft', '/api/towns']) {
      const response = await fetch(`${strapi.url}${path}`);
      expect([401, 403], path).toContain(response.status);
      const body = (await response.json()) as { data?: unknown };
      expect(body.data ?? null, path).toBeNull();
    }
  });

  it('serves published content only, even to the build token asking for drafts', async () => {
    const response = await fetch(`${strapi.url}/api/companies?status=draft&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${strapi.token}` },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { documentId: string }[] };
    expect(data.map((company) => company.documentId)).toContain(ids.valid);
    expect(data.map((company) => company.documentId)).not.toContain(ids.draft);
  });

  it('only ever requests published French content', async () => {
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
      requested.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      for (const type of ['towns', 'companies', 'home'] as const) {
        await strapiLoader({ type }).load(loaderContext(type).context);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(requested.length).toBe(4);
    for (const url of requested) {
      const params = new URL(url).searchParams;
      expect(params.get('locale'), url).toBe('fr');
      expect(params.has('status'), url).toBe(false);
      expect(url, url).not.toMatch(/draft|publicationState/i);
    }
  });
});
