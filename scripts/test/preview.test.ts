import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { buildSite } from '../src/lib/site.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';
import { previewTokenReader } from '../src/preview/config.ts';
import { secretMatches } from '../src/lib/secret.ts';
import { defaultBundleDir, startPreviewServer, type RunningPreviewServer } from '../src/preview/server.ts';

const STRAPI_PORT = 1490;
const PREVIEW_PORT = 4490;
const SECRET = randomBytes(24).toString('base64url');

const root = mkdtempSync(join(tmpdir(), 'dk-preview-'));
const previewTokenFile = join(root, 'preview-token');
let strapi: RunningStrapi;
let preview: RunningPreviewServer;
let admin: AdminClient;

beforeAll(async () => {
  if (!existsSync(join(defaultBundleDir, 'server', 'entry.mjs'))) {
    throw new Error('The preview bundle is not built: run `npm run build:preview -w @dk20000/site` first (turbo runs it before these tests).');
  }
  strapi = await startStrapi({
    dataDir: join(root, 'cms'),
    port: STRAPI_PORT,
    seedDemo: true,
    env: {
      PREVIEW_URL: `http://127.0.0.1:${PREVIEW_PORT}`,
      PREVIEW_SECRET: SECRET,
      PREVIEW_TOKEN_FILE: previewTokenFile,
    },
  });
  preview = await startPreviewServer({
    port: PREVIEW_PORT,
    strapiUrl: strapi.url,
    cmsPublicUrl: strapi.url,
    secret: SECRET,
    token: previewTokenReader({ PREVIEW_TOKEN_FILE: previewTokenFile }),
    onError: () => {},
  });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
}, 300_000);

afterAll(async () => {
  await preview?.close();
  await strapi?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The first published French entry of a type, through the public API with the site's build token. */
async function firstPublished(apiPath: string, sort = 'id'): Promise<Record<string, unknown> & { documentId: string }> {
  const response = await fetch(`${strapi.url}/api/${apiPath}?locale=fr&sort=${sort}&pagination[pageSize]=1`, {
    headers: { Authorization: `Bearer ${strapi.token}` },
  });
  expect(response.status, `GET /api/${apiPath}`).toBe(200);
  const [entry] = ((await response.json()) as { data: Array<Record<string, unknown> & { documentId: string }> }).data;
  expect(entry, `a published ${apiPath} entry in the demo content`).toBeDefined();
  return entry!;
}

async function publishedVersion(apiPath: string, documentId: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${strapi.url}/api/${apiPath}/${documentId}?locale=fr&status=draft`, {
    headers: { Authorization: `Bearer ${strapi.token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Record<string, unknown> }).data;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

const PREVIEW_CASES = [
  { type: 'companies', apiPath: 'companies', folder: 'entreprises/' },
  { type: 'jobs', apiPath: 'jobs', folder: 'metiers/' },
  { type: 'trainingPaths', apiPath: 'training-paths', folder: 'formations/' },
  { type: 'careerStories', apiPath: 'career-stories', folder: 'temoignages/' },
  { type: 'events', apiPath: 'events', folder: 'evenements/' },
  { type: 'articles', apiPath: 'articles', folder: 'actualites/' },
  { type: 'pages', apiPath: 'pages', folder: '' },
] as const;

const previewUrl = (type: string, documentId: string, params: Record<string, string> = {}) =>
  `${preview.url}/preview/${type}/${documentId}?${new URLSearchParams({ locale: 'fr', status: 'draft', ...params })}`;

describe('preview secret', () => {
  it('compares secrets without accepting a missing, empty or different one', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(null, SECRET)).toBe(false);
    expect(secretMatches('', SECRET)).toBe(false);
    expect(secretMatches(`${SECRET}x`, SECRET)).toBe(false);
    expect(secretMatches(SECRET, '')).toBe(false);
  });

  it('answers 401 without the secret and with a wrong one, revealing nothing of the entry', async () => {
    const company = await firstPublished('companies');
    const name = String(company.name);
    for (const url of [
      `${preview.url}/preview/companies/${company.documentId}?locale=fr&status=draft`,
      previewUrl('companies', company.documentId, { secret: 'not-the-secret' }),
      previewUrl('companies', company.documentId, { secret: '' }),
      // The secret is checked before the type: an unknown type without it is refused too.
      `${preview.url}/preview/towns/${company.documentId}`,
    ]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(401);
      const body = await response.text();
      expect(body).toContain('Accès refusé');
      expect(body).not.toContain(name);
      expect(response.headers.get('x-robots-tag')).toContain('noindex');
      expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${strapi.url}`);
    }
  });
});

describe('preview of drafts', () => {
  it('answers 404 for a type without a page and for a document that does not exist', async () => {
    const town = await firstPublished('towns');
    const unknownType = await fetch(previewUrl('towns', town.documentId, { secret: SECRET }));
    expect(unknownType.status).toBe(404);
    expect(await unknownType.text()).toContain('il n’a donc pas d’aperçu');
    const missing = await fetch(previewUrl('companies', 'zzzzzzzzzzzzzzzzzzzzzzzz', { secret: SECRET }));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Contenu introuvable');
  });

  it('shows a draft edit made in the admin, while the published API still serves the published text', async () => {
    const company = await firstPublished('companies');
    const publishedSummary = String(company.summary);
    const draftSummary = `Brouillon ${randomBytes(6).toString('hex')} : nouvelle présentation en cours de relecture.`;
    await admin.update('api::company.company', company.documentId, { summary: draftSummary });

    const response = await fetch(previewUrl('companies', company.documentId, { secret: SECRET }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(draftSummary);
    expect(html).not.toContain(publishedSummary);
    expect(html).toContain(`>${String(company.name)}</h1>`);
    expect(html).toContain('Aperçu du brouillon');
    expect(html).toContain('<html lang="fr"');
    // The footer links to the editorial pages, as on the live site.
    expect(html).toContain('<nav aria-label="Informations du site"');

    // The published API (what the site build reads) still has the published text, even when asked for drafts.
    const published = await publishedVersion('companies', company.documentId);
    expect(published.summary).toBe(publishedSummary);
    // The preview of the published version does not show the draft either.
    const publishedPreview = await (await fetch(previewUrl('companies', company.documentId, { secret: SECRET, status: 'published' }))).text();
    expect(publishedPreview).toContain(publishedSummary);
    expect(publishedPreview).not.toContain(draftSummary);
    expect(publishedPreview).toContain('Aperçu de la version publiée');
  });

  it('is never indexed, never cached, framed only by the admin, and serves the site’s stylesheet and the CMS’s images', async () => {
    const company = await firstPublished('companies');
    const response = await fetch(previewUrl('companies', company.documentId, { secret: SECRET }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toMatch(/(^|,\s*)noindex(,|$)/);
    expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${strapi.url}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');

    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const href of stylesheets) {
      const css = await fetch(`${preview.url}${href}`);
      expect(css.status, href).toBe(200);
      expect(css.headers.get('content-type')).toContain('text/css');
      expect(await css.text()).toContain('--color-primary');
    }
    // Images go through Astro's image endpoint, for the CMS's uploads only.
    const image = /<img[^>]* src="(\/_image\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(image, 'an optimised image on the company preview').toBeDefined();
    const served = await fetch(`${preview.url}${image}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\//);
    const elsewhere = await fetch(`${preview.url}/_image?href=${encodeURIComponent(`${preview.url}/robots.txt`)}&w=10&h=10&f=webp`);
    expect(elsewhere.status).toBe(404);
    const robots = await fetch(`${preview.url}/robots.txt`);
    expect(await robots.text()).toContain('Disallow: /');
  });

  it('is framed by the admin’s origin but refused by any other, and reloads when the admin posts « strapiUpdate »', async () => {
    const company = await firstPublished('companies');
    // Two pages that frame the preview as the admin's « Aperçu » does: one at the admin's origin, one elsewhere.
    const adminPort = PREVIEW_PORT + 5;
    const otherPort = PREVIEW_PORT + 6;
    const framed = await startPreviewServer({
      port: PREVIEW_PORT + 4,
      strapiUrl: strapi.url,
      cmsPublicUrl: `http://127.0.0.1:${adminPort}`,
      secret: SECRET,
      token: previewTokenReader({ PREVIEW_TOKEN_FILE: previewTokenFile }),
      onError: () => {},
    });
    const src = `${framed.url}/preview/companies/${company.documentId}?secret=${encodeURIComponent(SECRET)}`;
    const framing = [adminPort, otherPort].map((port) =>
      createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html lang="fr"><title>Cadre</title><iframe title="Aperçu" src="${src}"></iframe></html>`);
      }).listen(port, '127.0.0.1'),
    );
    await Promise.all(framing.map((server) => once(server, 'listening')));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${adminPort}/`);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      await frame.waitForSelector('h1', { state: 'attached' });
      expect(await frame.locator('h1').textContent()).toBe(String(company.name));

      const marked = () =>
        frame.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false).catch(() => true);
      await frame.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });
      const post = (type: string) =>
        page.evaluate((t) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: t }, '*'), type);
      await post('somethingElse');
      await page.waitForTimeout(500);
      expect(await marked()).toBe(true);
      await post('strapiUpdate');
      await expect.poll(marked, { timeout: 10_000 }).toBe(false);
      await frame.waitForSelector('h1', { state: 'attached' });

      await page.goto(`http://127.0.0.1:${otherPort}/`);
      await page.waitForTimeout(1000);
      const blocked = page.frames().find((f) => f !== page.mainFrame())!;
      // Chromium replaces a frame its CSP refuses with its own error page.
      expect(blocked.url()).toMatch(/^chrome-error:/);
      expect(await blocked.locator('[data-preview-banner]').count()).toBe(0);
    } finally {
      await browser.close();
      await framed.close();
      for (const server of framing) server.close();
    }
  });

  it('renders every previewable type with its own detail component', async () => {
    const cases: Array<{ type: string; apiPath: string; title: (e: Record<string, unknown>) => string; path: string }> = [
      { type: 'companies', apiPath: 'companies', title: (e) => String(e.name), path: 'entreprises' },
      { type: 'jobs', apiPath: 'jobs', title: (e) => String(e.title), path: 'metiers' },
      { type: 'trainingPaths', apiPath: 'training-paths', title: (e) => String(e.title), path: 'formations' },
      { type: 'careerStories', apiPath: 'career-stories', title: (e) => String(e.firstName), path: 'temoignages' },
      { type: 'events', apiPath: 'events', title: (e) => String(e.title), path: 'evenements' },
      { type: 'articles', apiPath: 'articles', title: (e) => String(e.title), path: 'actualites' },
      { type: 'pages', apiPath: 'pages', title: (e) => String(e.title), path: '' },
    ];
    for (const { type, apiPath, title } of cases) {
      const entry = await firstPublished(apiPath);
      const response = await fetch(previewUrl(type, entry.documentId, { secret: SECRET }));
      expect(response.status, type).toBe(200);
      const html = await response.text();
      expect(html, type).toContain('data-pagefind-body');
      expect(html, type).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(escapeHtml(title(entry)))}</h1>`));
      expect(html, type).toContain('Fil d’Ariane');
    }
  });

  it('renders the published version of each type with the same article markup as the static site, but for the event’s calendar file link', async () => {
    const outDir = join(root, 'site');
    await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true });
    for (const { type, apiPath, folder } of PREVIEW_CASES) {
      // The last entry: the earlier tests edit the drafts of the first ones.
      const entry = await firstPublished(apiPath, 'id:desc');
      const live = readFileSync(join(outDir, `${folder}${String(entry.slug)}`, 'index.html'), 'utf8');
      const response = await fetch(previewUrl(type, entry.documentId, { secret: SECRET, status: 'published' }));
      expect(response.status, type).toBe(200);
      const previewed = await response.text();
      expect(articleMarkup(previewed), type).toBe(articleMarkup(live));
    }
  });

  it('has no axe violation (wcag2a/2aa/21a/21aa) on the preview of each type, nor on the page of a draft the contract rejects', async () => {
    const invalid = await firstPublished('events', 'id:desc');
    await admin.update('api::event.event', invalid.documentId, { endsAt: new Date(Date.parse(String(invalid.startsAt)) - 60_000).toISOString() });
    const urls: string[] = [previewUrl('events', invalid.documentId, { secret: SECRET })];
    for (const { type, apiPath } of PREVIEW_CASES) urls.push(previewUrl(type, (await firstPublished(apiPath)).documentId, { secret: SECRET }));
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
      for (const url of urls) {
        const response = await page.goto(url);
        // The first page is the contract's French error page (422), the others render the entry (200).
        expect(response?.status(), url).toBe(url === urls[0] ? 422 : 200);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
      }
    } finally {
      await browser.close();
      // Back to a valid draft for the other tests.
      await admin.update('api::event.event', invalid.documentId, { endsAt: String(invalid.endsAt) });
    }
  });

  it('renders a new draft of each type that holds only its required fields, with one-character texts', async () => {
    const venue = await firstPublished('venues');
    const blocks = [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }];
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const drafts: Array<{ type: string; uid: string; data: Record<string, unknown>; name: string }> = [
      { type: 'companies', uid: 'api::company.company', data: { name: 'q', slug: 'apercu-q', summary: 'x', presence: 'arriving' }, name: 'q' },
      {
        type: 'jobs',
        uid: 'api::job.job',
        data: { title: 'q', slug: 'apercu-q', romeCode: 'H2102', summary: 'x', accessLevel: 'none' },
        name: 'q',
      },
      {
        type: 'trainingPaths',
        uid: 'api::training-path.training-path',
        data: { title: 'q', slug: 'apercu-q', summary: 'x', duration: 'x', format: 'initial', level: 'none' },
        name: 'q',
      },
      {
        type: 'careerStories',
        uid: 'api::career-story.career-story',
        data: { firstName: 'q', slug: 'apercu-q', role: 'x', quote: 'x' },
        name: 'q',
      },
      {
        type: 'events',
        uid: 'api::event.event',
        data: {
          title: 'q',
          slug: 'apercu-q',
          type: 'info-session',
          summary: 'x',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          venue: { connect: [{ documentId: venue.documentId }] },
        },
        name: 'q',
      },
      { type: 'articles', uid: 'api::article.article', data: { title: 'q', slug: 'apercu-q', summary: 'x', body: blocks, date: '2026-03-03' }, name: 'q' },
      { type: 'pages', uid: 'api::page.page', data: { title: 'q', slug: 'apercu-q', body: blocks }, name: 'q' },
    ];
    for (const draft of drafts) {
      const created = await admin.create(draft.uid, draft.data);
      const response = await fetch(previewUrl(draft.type, created.documentId, { secret: SECRET }));
      const html = await response.text();
      expect(response.status, `${draft.type}: ${html.slice(0, 300)}`).toBe(200);
      expect(html, draft.type).toMatch(new RegExp(`<h1[^>]*>${draft.name}</h1>`));
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(description.length, `${draft.type} meta description`).toBeGreaterThanOrEqual(20);
    }
  });

  it('shows a French page naming the field and the reason when a draft breaks the contract', async () => {
    const event = await firstPublished('events');
    // Strapi accepts an end before the start; the contract does not.
    const startsAt = String(event.startsAt);
    const endsAt = new Date(Date.parse(startsAt) - 3600_000).toISOString();
    await admin.update('api::event.event', event.documentId, { endsAt });

    const response = await fetch(previewUrl('events', event.documentId, { secret: SECRET }));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${strapi.url}`);
    const html = await response.text();
    expect(html).toContain('Ce brouillon ne peut pas encore être affiché');
    // Issue names are shortened on one line (spaces of any kind become plain spaces).
    expect(html).toContain(escapeHtml(String(event.title).replace(/\s+/g, ' ')));
    expect(html).toContain('la fin (endsAt) doit être après le début (startsAt)');
    expect(html).toMatch(/Champ «\u00a0[^»]+\u00a0»/);
    expect(html).toContain('<code>endsAt</code>');

    // The published version is still fine and still previews.
    const published = await fetch(previewUrl('events', event.documentId, { secret: SECRET, status: 'published' }));
    expect(published.status).toBe(200);
  });
});

/**
 * The page's <article> (its breadcrumb and content), without the image URLs: the static site points at optimised
 * files (and marks them as such), the preview at Astro's image endpoint.
 */
function articleMarkup(html: string): string {
  const start = html.indexOf('<nav aria-label="Fil d’Ariane"');
  const end = html.lastIndexOf('</article>');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html
    .slice(start, end)
    // What only the static site has (the event's calendar file) is left out by the preview on purpose.
    .replace(/<p [^>]*data-site-only[^>]*>.*?<\/p>/gs, '')
    .replace(/ (src|srcset)="[^"]*"/g, '')
    .replace(/ data-image-component="true"/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
