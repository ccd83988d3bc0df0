import { mkdtempSync } from 'node:fs';
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
  it('seeds an empty database once, keeps its site token valid across restarts, and never reseeds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dk-cms-'));
    const first = await startStrapi({ dataDir, port: 1431, seedDemo: true });
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

    const second = await startStrapi({ dataDir, port: 1431, seedDemo: true });
    running.push(second);
    for (const apiPath of Object.keys(MINIMUMS)) expect(await count(second, apiPath), apiPath).toBe(counts[apiPath]);
    await second.stop();
  });

  it('refuses the demo admin in production', async () => {
    const s = await startStrapi({ dataDir: mkdtempSync(join(tmpdir(), 'dk-cms-')), port: 1432, seedDemo: false, env: { NODE_ENV: 'production' } });
    running.push(s);
    expect((await login(s)).status).not.toBe(200);
  });
});
