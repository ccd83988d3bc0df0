import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '@dk20000/scripts/lib/admin-client';
import { buildSite } from '@dk20000/scripts/lib/site';
import { DEMO_ADMIN, startStrapi, type RunningStrapi } from '@dk20000/scripts/lib/strapi';
import { isIndexableHtml } from '../src/lib/sitemap';

// Ports reserved for these tests: 1600–1609 (CMS).
const PORT = 1601;

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** The page paths /sitemap.xml lists, its index followed to the chunks on disk. */
function sitemapPaths(outDir: string): string[] {
  const index = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  expect(index).toContain('<sitemapindex');
  return locs(index).flatMap((chunk) => locs(readFileSync(join(outDir, new URL(chunk).pathname), 'utf8')).map((u) => new URL(u).pathname));
}

/** The paths of the HTML pages in the output folder that search engines may index. */
function indexablePages(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && isIndexableHtml(readFileSync(path, 'utf8'))) {
        const folder = relative(outDir, dir).split(sep).join('/');
        found.push(folder ? `/${folder}/` : '/');
      }
    }
  };
  walk(outDir);
  return found;
}

describe('sitemap.xml over incremental builds (demo content)', () => {
  let strapi: RunningStrapi;
  let work: string;
  let outDir: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'site-sitemap-'));
    outDir = join(work, 'out');
    strapi = await startStrapi({ dataDir: join(work, 'cms'), port: PORT, seedDemo: true });
  });

  afterAll(async () => {
    await strapi?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists exactly the indexable pages built, then drops an unpublished company’s page at the next build while keeping the skipped ones', async () => {
    await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true });
    const first = sitemapPaths(outDir);
    expect(first).toContain('/');
    expect(first).not.toContain('/recherche/');
    expect(first).not.toContain('/404/');
    expect([...first].sort()).toEqual(indexablePages(outDir).sort());
    const companyPath = first.find((p) => /^\/entreprises\/[^/]+\/$/.test(p));
    expect(companyPath).toBeDefined();
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);

    const slug = companyPath!.split('/')[2]!;
    const found = (await (
      await fetch(`${strapi.url}/api/companies?filters[slug][$eq]=${slug}&locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } })
    ).json()) as { data: Array<{ documentId: string }> };
    const admin = await adminClient(strapi.url, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await admin.unpublish('api::company.company', found.data[0]!.documentId, { locale: 'fr' });

    // A page the unpublished company does not appear on: the incremental build leaves its file untouched.
    const untouched = join(outDir, 'mentions-legales', 'index.html');
    const before = statSync(untouched).mtimeMs;
    await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true });
    expect(statSync(untouched).mtimeMs, 'the second build skips unchanged pages').toBe(before);
    const second = sitemapPaths(outDir);
    expect(existsSync(join(outDir, companyPath!, 'index.html'))).toBe(false);
    expect(second).not.toContain(companyPath);
    expect([...second].sort()).toEqual(indexablePages(outDir).sort());
    // Skipped pages are listed too: every other company page of the first build is still there.
    const otherCompanies = first.filter((p) => /^\/entreprises\/[^/]+\/$/.test(p) && p !== companyPath);
    expect(otherCompanies.length).toBeGreaterThan(0);
    for (const p of otherCompanies) expect(second).toContain(p);
  });
});
