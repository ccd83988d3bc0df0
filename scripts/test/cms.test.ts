import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypes, parseEntries, toParisMonthKey, type ContentTypeName } from '@dk20000/shared';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const running: RunningStrapi[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
});

async function count(s: RunningStrapi, apiPath: string) {
  const res = await fetch(`${s.url}/api/${apiPath}?pagination[pageSize]=1`, { headers: { Authorization: `Bearer ${s.token}` } });
  expect(res.status, apiPath).toBe(200);
  return ((await res.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
}

async function fetchAll(s: RunningStrapi, apiPath: string, locale: string) {
  const entries: unknown[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${s.url}/api/${apiPath}?locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${s.token}` },
    });
    const body = (await res.json()) as { data: unknown; meta: { pagination?: { pageCount: number } } };
    if (!Array.isArray(body.data)) return body.data ? [body.data] : [];
    entries.push(...body.data);
    if (page >= (body.meta.pagination?.pageCount ?? 1)) return entries;
  }
}

/** Status of an authenticated content read with `token`: 200 when the token works, 401 when Strapi does not know it. */
async function readWith(s: RunningStrapi, token: string) {
  const res = await fetch(`${s.url}/api/companies?pagination[pageSize]=1`, { headers: { Authorization: `Bearer ${token}` } });
  await res.body?.cancel();
  return res.status;
}

async function login(s: RunningStrapi) {
  const res = await fetch(`${s.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: s.adminEmail, password: s.adminPassword }),
  });
  const body = (await res.json()) as { data?: { token: string } };
  return { status: res.status, token: body.data?.token };
}

const MINIMUMS = {
  companies: 12,
  jobs: 20,
  'career-stories': 10,
  'training-paths': 12,
  'support-solutions': 10,
  visits: 6,
  events: 40,
  programmes: 3,
  venues: 2,
};

describe('CMS first start', () => {
  it('seeds an empty database once and never reseeds it on restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dk-cms-'));
    const first = await startStrapi({ dataDir, port: 1500, seedDemo: true });
    running.push(first);
    const counts: Record<string, number> = {};
    for (const [apiPath, minimum] of Object.entries(MINIMUMS)) {
      counts[apiPath] = await count(first, apiPath);
      expect(counts[apiPath], apiPath).toBeGreaterThanOrEqual(minimum);
    }
    // Every demo entry, in both languages, satisfies the contract the site builds from.
    for (const [type, { apiPath }] of Object.entries(contentTypes)) {
      for (const locale of ['fr', 'en']) {
        const { issues } = parseEntries(type as ContentTypeName, await fetchAll(first, apiPath, locale), { mediaBaseUrl: first.url });
        expect(issues, `${type} (${locale})`).toEqual([]);
      }
    }
    expect((await fetchAll(first, 'home', 'en')).length, 'English home').toBe(1);

    const admin = await login(first);
    expect(admin.status).toBe(200);

    // Editors see a French label and a help text on every field.
    for (const uid of ['api::company.company', 'api::event.event', 'api::venue.venue']) {
      const res = await fetch(`${first.url}/content-manager/content-types/${uid}/configuration`, { headers: { Authorization: `Bearer ${admin.token}` } });
      expect(res.status, uid).toBe(200);
      const { data } = (await res.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> } } };
      for (const [field, { edit }] of Object.entries(data.contentType.metadatas)) {
        if (['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(field)) continue;
        expect(edit.label, `${uid}.${field}`).not.toBe(field);
        expect(edit.description.length, `${uid}.${field}`).toBeGreaterThan(10);
      }
    }
    // The Public role has no permission: no content, published or draft, without the token.
    for (const path of ['/api/companies', '/api/companies?status=draft', '/api/home?status=draft', '/api/events']) {
      const res = await fetch(`${first.url}${path}`);
      expect(res.status, path).toBeGreaterThanOrEqual(401);
      expect(JSON.stringify(await res.json()), path).not.toContain('documentId');
    }

    const res = await fetch(`${first.url}/api/events?pagination[pageSize]=100&sort=startsAt`, { headers: { Authorization: `Bearer ${first.token}` } });
    const months = new Set(((await res.json()) as { data: { startsAt: string }[] }).data.map((e) => toParisMonthKey(e.startsAt)));
    const [year, month] = toParisMonthKey(new Date().toISOString()).split('-').map(Number);
    for (const offset of [0, 1, 2]) {
      const key = new Date(Date.UTC(year, month - 1 + offset, 15)).toISOString().slice(0, 7);
      expect(months, 'events cover the current and next two months (Paris time)').toContain(key);
    }
    await first.stop();

    const second = await startStrapi({ dataDir, port: 1500, seedDemo: true });
    running.push(second);
    for (const apiPath of Object.keys(MINIMUMS)) expect(await count(second, apiPath), apiPath).toBe(counts[apiPath]);
    await second.stop();
  });

  it('keeps the site token authenticating across a restart, and replaces a lost token file with a fresh working token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dk-cms-token-'));
    const first = await startStrapi({ dataDir, port: 1501, seedDemo: false });
    running.push(first);
    const original = first.token;
    expect(original.length).toBeGreaterThan(20);
    expect(await readWith(first, original), 'the token works on the instance that created it').toBe(200);
    await first.stop();

    // Restart on the same database and secrets: the key captured before the restart still authenticates.
    const second = await startStrapi({ dataDir, port: 1501, seedDemo: false });
    running.push(second);
    expect(await readWith(second, original), 'the token of the first start, after a restart').toBe(200);
    expect(readFileSync(first.tokenFile, 'utf8').trim(), 'the token file is left as it was').toBe(original);
    await second.stop();

    // The file is lost: the next start issues a new key, writes it, and the old key stops working.
    rmSync(first.tokenFile);
    const third = await startStrapi({ dataDir, port: 1501, seedDemo: false });
    running.push(third);
    const fresh = readFileSync(third.tokenFile, 'utf8').trim();
    expect(fresh).not.toBe(original);
    expect(await readWith(third, fresh), 'the fresh token').toBe(200);
    expect(await readWith(third, original), 'the replaced token').toBe(401);
    await third.stop();
  }, 600_000);

  it('has no admin account in production, so the demo login is refused as invalid credentials by a healthy CMS', async () => {
    const s = await startStrapi({ dataDir: mkdtempSync(join(tmpdir(), 'dk-cms-')), port: 1502, seedDemo: false, env: { NODE_ENV: 'production' } });
    running.push(s);
    expect((await fetch(`${s.url}/_health`)).status, 'the CMS is up').toBe(204);
    const init = (await (await fetch(`${s.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin, 'no admin account exists').toBe(false);

    const res = await fetch(`${s.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.adminEmail, password: s.adminPassword }),
    });
    const body = (await res.json()) as { data?: unknown; error?: { status: number; message: string } };
    expect(res.status).toBe(400);
    expect(body.error).toMatchObject({ status: 400, message: 'Invalid credentials' });
    expect(body.data ?? null).toBeNull();
  });
});
