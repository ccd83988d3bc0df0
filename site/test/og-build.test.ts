import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '@dk20000/scripts/lib/admin-client';
import { buildSite } from '@dk20000/scripts/lib/site';
import { startStrapi, type RunningStrapi } from '@dk20000/scripts/lib/strapi';

// Ports reserved for these tests: 1510–1519 (CMS).
const PORT = 1510;

/** The og:image path (`/og/<digest>.png`) of every built HTML page that has one, by page path. */
function pageImages(outDir: string): Map<string, string> {
  const images = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const image = /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/[0-9a-f]{16}\.png)"/.exec(readFileSync(path, 'utf8'))?.[1];
        if (image) images.set(`/${relative(outDir, path).split(sep).join('/')}`, image);
      }
    }
  };
  walk(outDir);
  return images;
}

const stats = (cacheDir: string) => JSON.parse(readFileSync(join(cacheDir, 'og', 'last-build.json'), 'utf8')) as { drawn: number; reused: number; images: number; missing: number };

describe('Open Graph images over incremental builds (own CMS, demo content)', () => {
  let strapi: RunningStrapi;
  let work: string;
  let outDir: string;
  let cacheDir: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'site-og-'));
    outDir = join(work, 'out');
    cacheDir = join(work, 'cache');
    strapi = await startStrapi({ dataDir: join(work, 'cms'), port: PORT, seedDemo: true });
  });

  afterAll(async () => {
    await strapi?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const build = () => buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, cacheDir, quiet: true });
  const imageFile = (image: string) => join(outDir, image);

  it('draws every image once, redraws only a renamed page’s, keeps skipped pages’ images, and redraws all for a new brand colour', async () => {
    await build();
    const first = pageImages(outDir);
    expect(first.size).toBeGreaterThan(50);
    for (const image of new Set(first.values())) {
      const meta = await sharp(imageFile(image)).metadata();
      expect([meta.width, meta.height], image).toEqual([1200, 630]);
    }
    expect(stats(cacheDir)).toMatchObject({ drawn: new Set(first.values()).size, reused: 0, missing: 0 });

    // Rename one company: its page gets a new image, every other page keeps its own (their HTML skipped or not).
    const companyPage = [...first.keys()].find((p) => /^\/entreprises\/[^/]+\/index\.html$/.test(p))!;
    const slug = companyPage.split('/')[2]!;
    const found = (await (
      await fetch(`${strapi.url}/api/companies?filters[slug][$eq]=${slug}&locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } })
    ).json()) as { data: Array<{ documentId: string; name: string }> };
    const company = found.data[0]!;
    const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    await admin.update('api::company.company', company.documentId, { name: `${company.name} & Fils <Industrie>` }, { publish: true, locale: 'fr' });

    await build();
    const second = pageImages(outDir);
    expect(second.get(companyPage)).not.toBe(first.get(companyPage));
    expect(existsSync(imageFile(second.get(companyPage)!))).toBe(true);
    const sharedOldImage = [...second.values()].includes(first.get(companyPage)!);
    if (!sharedOldImage) expect(existsSync(imageFile(first.get(companyPage)!)), 'the renamed page’s old image is removed').toBe(false);
    for (const [page, image] of second) {
      if (page !== companyPage && first.has(page)) expect(image, page).toBe(first.get(page));
      expect(existsSync(imageFile(image)), `${image} of ${page}`).toBe(true);
    }
    const drawn = new Set([...second.values()].filter((image) => ![...first.values()].includes(image))).size;
    expect(drawn).toBeGreaterThanOrEqual(1);
    expect(stats(cacheDir)).toMatchObject({ drawn, missing: 0 });
    expect(stats(cacheDir).reused).toBe(new Set(second.values()).size - drawn);

    // A new primary colour in the brand: every page is rendered again with a new image, all of them drawn.
    const brand = (await (await fetch(`${strapi.url}/api/brand?populate=colors&locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } })).json()) as {
      data: { colors: Array<{ id?: number; name: string; token: string; value: string; usage?: string | null }> };
    };
    const colors = brand.data.colors.map(({ id: _id, ...color }) => (color.token === 'primary' ? { ...color, value: '#5A1E6B' } : color));
    await admin.setSingle('api::brand.brand', { colors }, { publish: true, locale: 'fr' });
    await build();
    const third = pageImages(outDir);
    const oldImages = new Set([...second.values()]);
    for (const [page, image] of third) expect(oldImages.has(image), `${page} kept an image of the old colour`).toBe(false);
    const { data, info } = await sharp(imageFile(third.get('/index.html')!)).raw().toBuffer({ resolveWithObject: true });
    // The background at (20, 320), left of the title.
    const at = (320 * info.width + 20) * info.channels;
    expect([...data.subarray(at, at + 3)]).toEqual([0x5a, 0x1e, 0x6b]);
    expect(readdirSync(join(outDir, 'og')).sort()).toEqual([...new Set(third.values())].map((image) => image.slice(4)).sort());
  });
});
