import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { pageTypes } from '@dk20000/scripts/lib/page-types';
import { expect, test } from './fixtures';
import { sitemapPaths } from './page-types';

/** The content of every <meta property|name="…"> of a page's head, by property or name (HTML entities decoded). */
function metaTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const key = /(?:property|name)="?([^"\s>]+)/i.exec(tag)?.[1];
    const content = /content="([^"]*)"/i.exec(tag)?.[1];
    if (key && content !== undefined && !tags.has(key)) {
      tags.set(key, content.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    }
  }
  return tags;
}

const canonicalOf = (html: string) => /<link[^>]*rel="?canonical"?[^>]*href="?([^"\s>]+)/i.exec(html)?.[1];

/** Every page of the sitemap (the indexable pages) with its HTML. */
async function sitemapPages(request: APIRequestContext): Promise<Array<{ path: string; html: string }>> {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const paths: string[] = [];
  for (const chunk of sitemapPaths(await index.text())) paths.push(...sitemapPaths(await (await request.get(chunk)).text()));
  const pages: Array<{ path: string; html: string }> = [];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    pages.push({ path, html: await response.text() });
  }
  return pages;
}

/** Width, height and format of an image as sharp decodes it. */
async function decoded(body: Buffer): Promise<{ width?: number; height?: number; format?: string }> {
  const { width, height, format } = await sharp(body).metadata();
  return { width, height, format };
}

test.describe('shareable pages', () => {
  let pages: Array<{ path: string; html: string }> = [];
  test.beforeAll(async ({ request }) => {
    pages = await sitemapPages(request);
  });

  test('one page of every page type, French and English, has og and Twitter tags in its language, og:url its canonical URL and an absolute og:image on the site’s origin', async () => {
    const types = pageTypes(pages.map(({ path, html }) => ({ path, status: 200, size: html.length })));
    expect(types.length).toBeGreaterThan(10);
    for (const { pattern, path } of types) {
      const { html } = pages.find((page) => page.path === path)!;
      const tags = metaTags(html);
      const canonical = canonicalOf(html);
      const where = `${pattern} (${path})`;
      expect(canonical, where).toBeDefined();
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
        expect(tags.get(key)?.trim(), `${key} of ${where}`).toBeTruthy();
      }
      expect(tags.get('og:url'), where).toBe(canonical);
      // Each language has its own site name and locale (the English pages are under /en/).
      const english = path.startsWith('/en/');
      expect(tags.get('og:site_name'), where).toBe(english ? '20,000 sustainable jobs' : '20 000 emplois durables');
      expect(tags.get('og:locale'), where).toBe(english ? 'en_GB' : 'fr_FR');
      expect(tags.get('twitter:card'), where).toBe('summary_large_image');
      expect([tags.get('og:image:width'), tags.get('og:image:height')], where).toEqual(['1200', '630']);
      const image = tags.get('og:image')!;
      expect(image, `og:image of ${where}`).toMatch(/^https?:\/\//);
      expect(new URL(image).origin, `og:image of ${where} is on the site’s own origin`).toBe(new URL(canonical!).origin);
      expect(new URL(image).pathname).toMatch(/^\/og\/[0-9a-f]{16}\.png$/);
      expect(tags.get('twitter:image'), where).toBe(image);
      expect(tags.get('og:title'), where).toContain(tags.get('og:image:alt')?.split(' · ')[0] ?? '');
    }
  });

  test('every page of the sitemap has an og:image that is served with 200 and decodes as a 1200×630 PNG', async ({ request }) => {
    const images = new Map<string, string>();
    for (const { path, html } of pages) {
      const image = metaTags(html).get('og:image');
      expect(image, `og:image of ${path}`).toBeDefined();
      expect(image!, `og:image of ${path}`).toMatch(/^https?:\/\/[^/]+\/og\/[0-9a-f]{16}\.png$/);
      images.set(new URL(image!).pathname, path);
    }
    for (const [imagePath, page] of images) {
      const response = await request.get(imagePath);
      expect(response.status(), `${imagePath} (og:image of ${page})`).toBe(200);
      expect(response.headers()['content-type'], imagePath).toMatch(/^image\/png/);
      expect(await decoded(await response.body()), `${imagePath} (og:image of ${page})`).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  test('two pages with different titles have different images, and the image changes nothing in the page’s own requests', async ({ page, baseURL, outsideRequests }) => {
    const byTitle = new Map<string, string>();
    for (const { html } of pages) {
      const tags = metaTags(html);
      byTitle.set(tags.get('og:title')!, tags.get('og:image')!);
    }
    const distinct = new Set(byTitle.values());
    expect(distinct.size, 'distinct images for distinct titles').toBe(byTitle.size);
    // A page loads none of it: the image is for the sharing sites; nothing leaves 127.0.0.1 (fixture).
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseURL}/`);
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /\/og\/[0-9a-f]{16}\.png$/);
    expect(requested.filter((path) => path.startsWith('/og/'))).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  test('the noindex pages (search, 404) carry no og:image nor og:url', async ({ request }) => {
    for (const path of ['/recherche/', '/404.html']) {
      const tags = metaTags(await (await request.get(path)).text());
      expect(tags.has('og:image'), path).toBe(false);
      expect(tags.has('og:url'), path).toBe(false);
      expect(tags.get('twitter:card'), path).toBe('summary');
    }
  });
});
