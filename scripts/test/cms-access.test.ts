import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypes, contentTypeNames } from '@dk20000/shared';
import { AdminApiError, adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const PORT = 1440;
const HOOK_PORT = 1441;
const PREVIEW_URL = 'http://127.0.0.1:1449';
const dataDir = mkdtempSync(join(tmpdir(), 'dk-access-'));
const previewTokenFile = join(dataDir, 'preview-token');
const COMPANY = 'api::company.company';

type SyncState = { locale: string; generatedAt: string; types: Record<string, [string, string][]>; media: [string, string][] };

/** Stands in for the rebuild service: records every webhook call. */
const hooks: { path: string; headers: IncomingHttpHeaders; body: { event?: string; uid?: string } }[] = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    hooks.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(body || '{}') });
    res.writeHead(202).end('{"queued":true}');
  });
});

let strapi: RunningStrapi;
let admin: AdminClient;

const boot = async (rebuildSecret: string) => {
  strapi = await startStrapi({
    dataDir,
    port: PORT,
    seedDemo: true,
    env: {
      REBUILD_URL: `http://127.0.0.1:${HOOK_PORT}`,
      REBUILD_SECRET: rebuildSecret,
      PREVIEW_URL,
      PREVIEW_SECRET: 'secret-de-l-apercu',
      PREVIEW_TOKEN_FILE: previewTokenFile,
    },
  });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
};

const previewToken = () => readFileSync(previewTokenFile, 'utf8').trim();
const get = (path: string, token: string) => fetch(`${strapi.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

async function syncState(locale = 'fr'): Promise<SyncState> {
  const res = await get(`/api/site-sync/state?locale=${locale}`, strapi.token);
  expect(res.status).toBe(200);
  return (await res.json()) as SyncState;
}

async function publishedIds(apiPath: string, locale: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await get(`/api/${apiPath}?locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`, strapi.token);
    const body = (await res.json()) as { data: { documentId: string } | { documentId: string }[] | null; meta: { pagination?: { pageCount: number } } };
    if (!Array.isArray(body.data)) return body.data ? [body.data.documentId] : [];
    ids.push(...body.data.map((entry) => entry.documentId));
    if (page >= (body.meta.pagination?.pageCount ?? 1)) return ids;
  }
}

const versionOf = (state: SyncState, documentId: string) => state.types.companies.find(([id]) => id === documentId)?.[1];

async function webhook() {
  const { data } = await admin.request<{ data: { name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean }[] }>(
    'GET',
    '/admin/webhooks',
  );
  return data.filter((hook) => hook.name === 'Reconstruction du site');
}

async function waitForHook(predicate: (hook: (typeof hooks)[number]) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = hooks.find(predicate);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

async function expectForbidden(action: Promise<unknown>) {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdminApiError);
  expect((error as AdminApiError).status).toBe(403);
}

/** Invites an admin user with one role, as the admin panel does, and logs in with it. */
async function userWithRole(code: string): Promise<AdminClient> {
  const { data: roles } = await admin.request<{ data: { id: number; code: string }[] }>('GET', '/admin/roles');
  const role = roles.find((r) => r.code === code);
  expect(role, code).toBeTruthy();
  const email = `${code}-${Date.now()}@example.org`;
  const password = 'Mot-de-passe-2026';
  const { data: user } = await admin.request<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    firstname: 'Camille',
    lastname: code,
    email,
    roles: [role!.id],
  });
  const res = await fetch(`${strapi.url}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken: user.registrationToken, userInfo: { firstname: 'Camille', lastname: code, password } }),
  });
  expect(res.status, `register ${code}`).toBe(200);
  return adminClient(strapi.url, email, password);
}

const draftCompany = (name: string) => ({
  name,
  slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`,
  summary: `Brouillon « ${name} » à ne jamais publier par erreur.`,
  presence: 'arriving',
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(HOOK_PORT, '127.0.0.1', resolve));
  await boot('premier-secret');
}, 240_000);

afterAll(async () => {
  await strapi?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('CMS access: tokens, sync state, preview, roles and rebuild webhook', () => {
  it('the site build token reads the content types and the sync state, but gets 403 on /api/upload/files and on users-permissions roles', async () => {
    expect((await get('/api/companies', strapi.token)).status).toBe(200);
    expect((await get('/api/home', strapi.token)).status).toBe(200);
    expect((await get('/api/site-sync/state?locale=fr', strapi.token)).status).toBe(200);
    expect((await get('/api/upload/files', strapi.token)).status).toBe(403);
    expect((await get('/api/users-permissions/roles', strapi.token)).status).toBe(403);
    const { data: tokens } = await admin.request<{ data: { name: string; type: string }[] }>('GET', '/admin/api-tokens');
    expect(tokens.filter((t) => t.name === 'Construction du site').map((t) => t.type)).toEqual(['custom']);
  });

  it('the sync state lists, for every registry type and both locales, exactly the published documents, plus every media file', async () => {
    for (const locale of ['fr', 'en']) {
      const state = await syncState(locale);
      expect(state.locale).toBe(locale);
      expect(Object.keys(state.types).sort()).toEqual([...contentTypeNames].sort());
      for (const name of contentTypeNames) {
        const listed = state.types[name].map(([id]) => id).sort();
        expect(listed, `${name} (${locale})`).toEqual((await publishedIds(contentTypes[name].apiPath, locale)).sort());
        for (const [, version] of state.types[name]) expect(version, `${name} (${locale})`).toMatch(/\d{4}-\d\d-\d\dT/);
      }
    }
    const { media } = await syncState();
    const files = await admin.request<{ pagination: { total: number } }>('GET', '/upload/files?page=1&pageSize=1');
    expect(media.length).toBeGreaterThan(0);
    expect(new Set(media.map(([id]) => id)).size).toBe(files.pagination.total);
    expect((await get('/api/site-sync/state?locale=xx', strapi.token)).status).toBe(400);
  });

  it('the sync state leaves a draft out, lists it once published, gives it a new version on republication only, and drops it when unpublished', async () => {
    const draft = await admin.create(COMPANY, draftCompany('Synchro'));
    expect(versionOf(await syncState(), draft.documentId)).toBeUndefined();

    await admin.publish(COMPANY, draft.documentId);
    const first = versionOf(await syncState(), draft.documentId);
    expect(first).toBeTruthy();
    expect(versionOf(await syncState('en'), draft.documentId), 'no English version').toBeUndefined();

    await admin.update(COMPANY, draft.documentId, { summary: 'Modification en brouillon, pas encore publiée.' });
    expect(versionOf(await syncState(), draft.documentId), 'a draft edit keeps the published version').toBe(first);

    await admin.publish(COMPANY, draft.documentId);
    const second = versionOf(await syncState(), draft.documentId);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);

    await admin.unpublish(COMPANY, draft.documentId);
    expect(versionOf(await syncState(), draft.documentId)).toBeUndefined();
  });

  it('only the preview token reads a draft with status=draft; the site token, and the preview token without status, get published content only', async () => {
    const draft = await admin.create(COMPANY, draftCompany('Apercu'));
    const path = `/api/companies/${draft.documentId}`;

    const preview = await get(`${path}?status=draft`, previewToken());
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as { data: { summary: string } }).data.summary).toBe(draft.summary);
    expect((await get(path, previewToken())).status).toBe(404);
    expect((await get(`${path}?status=draft`, strapi.token)).status).toBe(404);
    const list = await get('/api/companies?status=draft&pagination[pageSize]=100', strapi.token);
    expect(await list.text()).not.toContain(draft.documentId);

    // The preview sees the published entries of its types exactly as the site build does, relations included.
    for (const name of ['companies', 'events', 'careerStories', 'trainingPaths', 'jobs', 'pages', 'articles'] as const) {
      const path = `/api/${contentTypes[name].apiPath}?locale=fr&pagination[pageSize]=100`;
      const [asSite, asPreview] = await Promise.all([strapi.token, previewToken()].map(async (token) => (await get(path, token)).text()));
      expect(asPreview, name).toBe(asSite);
    }
    const companies = await get('/api/companies?pagination[pageSize]=100', previewToken());
    expect(((await companies.json()) as { data: { town?: { name: string } }[] }).data.some((c) => c.town?.name)).toBe(true);

    for (const denied of ['/api/upload/files', '/api/users-permissions/roles', '/api/site-sync/state?locale=fr', '/api/home']) {
      expect((await get(denied, previewToken())).status, denied).toBe(403);
    }
  });

  it('the admin preview opens the preview server for the previewable types only, and the admin may frame that origin', async () => {
    const draft = await admin.create(COMPANY, draftCompany('Cadre'));
    const { data } = await admin.request<{ data: { url?: string } }>(
      'GET',
      `/content-manager/preview/url/${COMPANY}?documentId=${draft.documentId}&locale=fr&status=draft`,
    );
    expect(data.url).toBe(`${PREVIEW_URL}/preview/companies/${draft.documentId}?locale=fr&status=draft&secret=secret-de-l-apercu`);
    // No URL (204, no « Aperçu » button) for a type without a page of its own.
    const town = await admin.request('GET', `/content-manager/preview/url/api::town.town?documentId=${draft.documentId}&locale=fr&status=draft`);
    expect(town).toBeUndefined();

    const page = await fetch(`${strapi.url}/admin/`);
    expect(page.status).toBe(200);
    const csp = new Map(
      (page.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(csp.get('frame-src')).toEqual(["'self'", PREVIEW_URL]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('a Rédacteur·rice creates and edits a draft but gets 403 on publish and on delete; an Éditeur·rice publishes and deletes it', async () => {
    const writer = await userWithRole('redacteur');
    const draft = await writer.create(COMPANY, draftCompany('Redaction'));
    await writer.update(COMPANY, draft.documentId, { summary: 'Relu et corrigé par la rédaction.' });
    await expectForbidden(writer.publish(COMPANY, draft.documentId));
    await expectForbidden(writer.remove(COMPANY, draft.documentId));
    expect(versionOf(await syncState(), draft.documentId)).toBeUndefined();

    const editor = await userWithRole('editeur');
    const published = await editor.publish(COMPANY, draft.documentId);
    expect(published.publishedAt).toBeTruthy();
    expect(versionOf(await syncState(), draft.documentId)).toBeTruthy();
    await editor.remove(COMPANY, draft.documentId);
    expect(versionOf(await syncState(), draft.documentId)).toBeUndefined();
  });

  it('the rebuild webhook exists once with its secret and is called on publish; a restart with a new secret updates it in place and migrates a read-only site token', async () => {
    const [first, ...others] = await webhook();
    expect(others).toEqual([]);
    expect(first).toMatchObject({ url: `http://127.0.0.1:${HOOK_PORT}/hooks/strapi`, headers: { 'X-Rebuild-Secret': 'premier-secret' }, isEnabled: true });
    expect([...first.events].sort()).toEqual(
      ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.create', 'media.update', 'media.delete'].sort(),
    );
    const draft = await admin.create(COMPANY, draftCompany('Webhook'));
    hooks.length = 0;
    await admin.publish(COMPANY, draft.documentId);
    const called = await waitForHook((hook) => hook.body.event === 'entry.publish');
    expect(called?.path).toBe('/hooks/strapi');
    expect(called?.headers['x-rebuild-secret']).toBe('premier-secret');

    // Someone turned the site token back into a read-only one: the next start limits it again, in place.
    const { data: tokens } = await admin.request<{ data: { id: number; name: string }[] }>('GET', '/admin/api-tokens');
    const siteToken = tokens.find((t) => t.name === 'Construction du site')!;
    await admin.request('PUT', `/admin/api-tokens/${siteToken.id}`, { type: 'read-only', permissions: [] });
    expect((await get('/api/upload/files', strapi.token)).status).toBe(200);

    await strapi.stop();
    await boot('second-secret');
    const hooksNow = await webhook();
    expect(hooksNow).toHaveLength(1);
    expect(hooksNow[0].headers).toEqual({ 'X-Rebuild-Secret': 'second-secret' });
    hooks.length = 0;
    await admin.update(COMPANY, draft.documentId, { summary: 'Republiée après redémarrage.' }, { publish: true });
    const recalled = await waitForHook((hook) => hook.body.event === 'entry.publish');
    expect(recalled?.headers['x-rebuild-secret']).toBe('second-secret');
    expect(hooks.every((hook) => hook.headers['x-rebuild-secret'] === 'second-secret')).toBe(true);

    const { data: after } = await admin.request<{ data: { id: number; name: string; type: string }[] }>('GET', '/admin/api-tokens');
    expect(after.filter((t) => t.name === 'Construction du site').map(({ id, type }) => ({ id, type }))).toEqual([{ id: siteToken.id, type: 'custom' }]);
    expect((await get('/api/upload/files', strapi.token)).status).toBe(403);
    expect((await get('/api/companies', strapi.token)).status).toBe(200);
    // The preview token is still recognised by id after a restart.
    const draft2 = await admin.create(COMPANY, draftCompany('Apres redemarrage'));
    expect((await get(`/api/companies/${draft2.documentId}?status=draft`, previewToken())).status).toBe(200);
  });

  it('a restart without REBUILD_SECRET removes the rebuild webhook: publishing calls nothing', async () => {
    await strapi.stop();
    await boot('');
    expect(await webhook()).toEqual([]);
    const draft = await admin.create(COMPANY, draftCompany('Sans webhook'));
    hooks.length = 0;
    await admin.publish(COMPANY, draft.documentId);
    expect(await waitForHook(() => true, 3000)).toBeUndefined();
    expect(readFileSync(strapi.logFile, 'utf8')).toContain('REBUILD_SECRET is empty');
  });
});
