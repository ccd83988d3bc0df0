/**
 * URLs that never break, end to end: an editor renames a company in the admin and publishes, the release pipeline
 * rebuilds the site, and the old address answers 301 on the local server, keeps a static redirect page (meta refresh,
 * canonical, noindex, a French link) and a `_redirects` line, while the sitemap lists only the new address. A second
 * rename sends both old addresses to the latest in one hop; a new company taking an old slug wins over the redirect.
 * Own Strapi on a temporary database (demo seed); the real release pipeline builds the site (incrementally after the
 * first build) and the local static server serves the live release, as `npm start` does. Three builds in all.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { serveStatic } from '../src/lib/site.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const STRAPI_PORT = 1500;
const SITE_PORT = 4501;
const COMPANY = 'api::company.company';

const BUILD_TIMEOUT = 900_000;

const root = mkdtempSync(join(tmpdir(), 'dk-slug-redirects-'));
const releasesDir = join(root, 'releases');
process.env.SITE_RELEASES_DIR = releasesDir;
const { buildRelease, liveRelease } = await import('../src/lib/releases.ts');

let strapi: RunningStrapi;
let admin: AdminClient;
let site: Awaited<ReturnType<typeof serveStatic>>;
/** The company renamed twice: its documentId and its three successive slugs. */
let documentId = '';
let first = '';
const suffix = Date.now().toString(36);
const second = `entreprise-renommee-${suffix}`;
const third = `${second}-encore`;
/** Another company renamed once, whose old slug a new company then takes. */
let otherId = '';
let otherOld = '';
const otherNew = `autre-entreprise-renommee-${suffix}`;

const build = () => buildRelease({ strapiUrl: strapi.url, token: strapi.token, releasesDir, quiet: true });
const get = (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual' });
const releaseFile = (path: string) => readFileSync(join(liveRelease(releasesDir)!, path), 'utf8');
const companyPath = (slug: string) => `/entreprises/${slug}/`;
const englishPath = (slug: string) => `/en/companies/${slug}/`;
/** The English version of the first company: its slug before and after an editor renames it. */
let englishFirst = '';
const englishSecond = `renamed-company-${suffix}`;

/** Every <loc> of the live release's sitemap chunks. */
function sitemapUrls(): string[] {
  const dir = liveRelease(releasesDir)!;
  const chunks = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  expect(chunks.length).toBeGreaterThan(0);
  return chunks.flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}

/** Old → new lines of the live release's _redirects file: the French site's (`en`: the English site's). */
function redirectsLines(lang: 'fr' | 'en' = 'fr'): string[] {
  return releaseFile('_redirects')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && line.startsWith('/en/') === (lang === 'en'));
}

async function rename(id: string, slug: string) {
  await admin.update(COMPANY, id, { slug }, { publish: true });
}

beforeAll(async () => {
  strapi = await startStrapi({ dataDir: join(root, 'cms'), port: STRAPI_PORT, seedDemo: true });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
  const list = await fetch(`${strapi.url}/api/companies?sort=name&pagination[pageSize]=2&locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } });
  const [company, other] = ((await list.json()) as { data: { documentId: string; slug: string }[] }).data;
  documentId = company.documentId;
  first = company.slug;
  otherId = other.documentId;
  otherOld = other.slug;
  const english = await fetch(`${strapi.url}/api/companies?filters[documentId][$eq]=${documentId}&locale=en`, { headers: { Authorization: `Bearer ${strapi.token}` } });
  englishFirst = ((await english.json()) as { data: { slug: string }[] }).data[0]!.slug;
  await build();
  site = await serveStatic(() => liveRelease(releasesDir)!, SITE_PORT);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await site?.close();
  await strapi?.stop();
});

describe('an editor renames a company in the admin and publishes: the old address keeps working', () => {
  it('before any rename: the companies answer 200 at their address and the _redirects file lists no redirect', async () => {
    expect((await get(companyPath(first))).status).toBe(200);
    expect((await get(companyPath(otherOld))).status).toBe(200);
    expect((await get(englishPath(englishFirst))).status).toBe(200);
    expect(redirectsLines()).toEqual([]);
    expect(redirectsLines('en')).toEqual([]);
  });

  it('after the rename and a rebuild: the old address answers 301 to the new one on the local server, and the new one 200', async () => {
    await rename(documentId, second);
    await rename(otherId, otherNew);
    await build();
    const old = await get(companyPath(first));
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(companyPath(second));
    expect((await get(companyPath(second))).status).toBe(200);
    expect((await get(companyPath(otherOld))).headers.get('location')).toBe(companyPath(otherNew));
  }, BUILD_TIMEOUT);

  it('the old address keeps a static redirect page: meta refresh and canonical to the new address, noindex, and a French link', () => {
    const html = releaseFile(`entreprises/${first}/index.html`);
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${companyPath(second)}"`));
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${companyPath(second)}"`));
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(new RegExp(`Cette page a changé d’adresse\u00a0: <a href="${companyPath(second)}"`));
    expect(redirectsLines()).toEqual(
      [`${companyPath(first)} ${companyPath(second)} 301`, `${companyPath(otherOld)} ${companyPath(otherNew)} 301`].sort(),
    );
  });

  it('the sitemap lists the new address only', () => {
    const urls = sitemapUrls();
    expect(urls).toContain(companyPath(second));
    expect(urls).not.toContain(companyPath(first));
  });

  it('the build token reads the slug history through the sync state, nothing more', async () => {
    const res = await fetch(`${strapi.url}/api/site-sync/state?locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } });
    const body = (await res.json()) as { slugHistory: [string, string, string, string][] };
    expect(body.slugHistory.map(([type, id, slug]) => [type, id, slug])).toEqual([
      ['companies', documentId, first],
      ['companies', otherId, otherOld],
    ]);
    // The history has no REST route of its own.
    const direct = await fetch(`${strapi.url}/api/slug-histories`, { headers: { Authorization: `Bearer ${strapi.token}` } });
    expect(direct.status).toBe(404);
  });

  it('after a second rename: both old addresses redirect in one hop to the latest, which answers 200; the sitemap has only the latest', async () => {
    await rename(documentId, third);
    // The English version is renamed too (checked by the next test, on the same build).
    await admin.update(COMPANY, documentId, { slug: englishSecond }, { publish: true, locale: 'en' });
    // Meanwhile a new company takes the other company's old slug.
    await admin.create(COMPANY, { name: 'Nouvelle venue sur le port', slug: otherOld, summary: 'Une autre entreprise.', presence: 'arriving' }, { publish: true });
    await build();
    for (const old of [first, second]) {
      const res = await get(companyPath(old));
      expect(res.status, old).toBe(301);
      expect(res.headers.get('location'), old).toBe(companyPath(third));
      expect(releaseFile(`entreprises/${old}/index.html`)).toContain(`content="0; url=${companyPath(third)}"`);
    }
    expect((await get(companyPath(third))).status).toBe(200);
    const urls = sitemapUrls();
    expect(urls).toContain(companyPath(third));
    expect(urls).not.toContain(companyPath(first));
    expect(urls).not.toContain(companyPath(second));
  }, BUILD_TIMEOUT);

  it('the English version renamed in the admin: its old English address answers 301 to the new one, with an English redirect page, a _redirects line, and only the new one in the sitemap', async () => {
    const old = await get(englishPath(englishFirst));
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(englishPath(englishSecond));
    expect((await get(englishPath(englishSecond))).status).toBe(200);
    const html = releaseFile(`en/companies/${englishFirst}/index.html`);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain(`content="0; url=${englishPath(englishSecond)}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(new RegExp(`This page has moved to: <a href="${englishPath(englishSecond)}"`));
    expect(redirectsLines('en')).toContain(`${englishPath(englishFirst)} ${englishPath(englishSecond)} 301`);
    // The company's French addresses under /en/ (its English page before it was translated) lead there too.
    for (const slug of [first, second, third]) expect(redirectsLines('en')).toContain(`${englishPath(slug)} ${englishPath(englishSecond)} 301`);
    const urls = sitemapUrls();
    expect(urls).toContain(englishPath(englishSecond));
    expect(urls).not.toContain(englishPath(englishFirst));
    // The French site is untouched by the English rename.
    expect((await get(companyPath(third))).status).toBe(200);
  });

  it('a new company published with an old slug wins over the redirect: its page is served, and _redirects no longer lists that address', async () => {
    const taken = await get(companyPath(otherOld));
    expect(taken.status).toBe(200);
    const html = await taken.text();
    expect(html).toContain('Nouvelle venue sur le port');
    expect(html).not.toMatch(/http-equiv="refresh"/);
    expect((await get(companyPath(otherNew))).status).toBe(200);
    expect(redirectsLines()).toEqual([`${companyPath(first)} ${companyPath(third)} 301`, `${companyPath(second)} ${companyPath(third)} 301`].sort());
    expect(sitemapUrls()).toEqual(expect.arrayContaining([companyPath(otherOld), companyPath(otherNew)]));
  });

  it('the history is data: it survives a restart of the CMS, and a deleted company takes its old slugs with it', async () => {
    const history = async () => {
      const res = await fetch(`${strapi.url}/api/site-sync/state?locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } });
      return ((await res.json()) as { slugHistory: [string, string, string, string][] }).slugHistory.map(([, id, slug]) => `${id} ${slug}`).sort();
    };
    const before = await history();
    expect(before).toEqual([`${documentId} ${first}`, `${documentId} ${second}`, `${otherId} ${otherOld}`].sort());
    await strapi.stop();
    strapi = await startStrapi({ dataDir: join(root, 'cms'), port: STRAPI_PORT, seedDemo: true });
    admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    expect(await history()).toEqual(before);
    await admin.remove(COMPANY, documentId);
    expect(await history()).toEqual([`${otherId} ${otherOld}`]);
  }, BUILD_TIMEOUT);
});
