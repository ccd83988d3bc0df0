import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/** The <loc> values of a sitemap file. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every page URL of the sitemap: /sitemap.xml is an index, followed to its chunks. */
async function sitemapPages(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  const xml = await index.text();
  expect(xml).toContain('<sitemapindex');
  const pages: string[] = [];
  for (const chunk of locs(xml)) {
    const response = await request.get(new URL(chunk).pathname);
    expect(response.status(), chunk).toBe(200);
    pages.push(...locs(await response.text()));
  }
  return pages;
}

const paths = (urls: string[]) => urls.map((u) => new URL(u).pathname);
/** A detail page of a section: one level below its folder, and no page below it (a filter list has pages below). */
const detailOf = (all: string[], folder: string) =>
  all.find((p) => p.startsWith(folder) && p.split('/').length === folder.split('/').length + 1 && !all.some((q) => q !== p && q.startsWith(p)));

test.describe('findable', () => {
  test('sitemap.xml lists the home page, a company, a job, a training and an event, and neither the 404 nor the search page', async ({ request }) => {
    const all = paths(await sitemapPages(request));
    expect(all).toContain('/');
    for (const folder of ['/entreprises/', '/metiers/', '/formations/', '/evenements/']) {
      expect(detailOf(all, folder), `a detail page under ${folder}`).toBeDefined();
    }
    expect(all).not.toContain('/404/');
    expect(all).not.toContain('/recherche/');
    expect(new Set(all).size, 'no page listed twice').toBe(all.length);
  });

  test('sitemap.xml lists the English site too: its home page, a company, a job and an event, and not the English search page', async ({ request }) => {
    const all = paths(await sitemapPages(request));
    expect(all).toContain('/en/');
    for (const folder of ['/en/companies/', '/en/jobs/', '/en/events/']) {
      expect(detailOf(all, folder), `a detail page under ${folder}`).toBeDefined();
    }
    expect(all).not.toContain('/en/search/');
    expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(50);
  });

  test('every sitemap entry with language alternates lists fr, en and x-default, and its English (or French) twin lists the same ones', async ({ request }) => {
    const index = await (await request.get('/sitemap.xml')).text();
    const alternates = new Map<string, string>();
    for (const chunk of locs(index)) {
      const xml = await (await request.get(new URL(chunk).pathname)).text();
      for (const [, entry] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(entry!)![1]!;
        const links = [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => `${lang}=${href}`);
        alternates.set(loc, links.sort().join(' '));
      }
    }
    const paired = [...alternates].filter(([, links]) => links !== '');
    expect(paired.length).toBeGreaterThan(20);
    for (const [loc, links] of paired) {
      const langs = links.split(' ').map((l) => l.split('=')[0]);
      expect(langs, loc).toEqual(['en', 'fr', 'x-default']);
      expect(links, `${loc} is one of its own alternates`).toContain(`=${loc}`);
      for (const other of links.split(' ').map((l) => l.slice(l.indexOf('=') + 1))) {
        expect(alternates.get(other), `${other}, alternate of ${loc}`).toBe(links);
      }
    }
  });

  test('every page of the sitemap answers 200, is not noindex, has its sitemap URL as canonical and a meta description', async ({
    request,
  }) => {
    const urls = await sitemapPages(request);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(html, `${url} is noindex`).not.toMatch(/<meta[^>]*name="?robots"?[^>]*noindex/i);
      const canonical = html.match(/<link[^>]*rel="?canonical"?[^>]*href="?([^"\s>]+)/i)?.[1];
      expect(canonical, `canonical of ${url}`).toBe(url);
      const description = html.match(/<meta[^>]*name="?description"?[^>]*content="([^"]*)"/i)?.[1] ?? '';
      expect(description.trim().length, `meta description of ${url}`).toBeGreaterThanOrEqual(20);
    }
  });

  test('the noindex pages (404, search) say noindex and have no canonical URL', async ({ request }) => {
    for (const path of ['/404.html', '/recherche/', '/en/search/']) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(/<meta[^>]*name="?robots"?[^>]*content="?noindex/i);
      expect(html, path).not.toMatch(/rel="?canonical/i);
    }
  });

  test('robots.txt allows crawling and names the absolute URL of sitemap.xml', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap, 'Sitemap line').toBeDefined();
    const url = new URL(sitemap!);
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.pathname).toBe('/sitemap.xml');
    const served = await request.get(url.pathname);
    expect(served.status()).toBe(200);
    expect(await served.text()).toContain('<sitemapindex');
  });

  const detailTypes = [
    { folder: '/entreprises/', type: 'Organization' },
    { folder: '/metiers/', type: 'Occupation' },
    { folder: '/formations/', type: 'Course' },
    { folder: '/evenements/', type: 'Event' },
    { folder: '/lieux/', type: 'Place' },
    { folder: '/visites/', type: 'TouristTrip' },
  ];
  for (const { folder, type } of detailTypes) {
    test(`a detail page under ${folder} has JSON-LD that parses: one ${type} for the page, one BreadcrumbList, an Event per event shown, absolute URLs`, async ({
      page,
      request,
    }) => {
      const path = detailOf(paths(await sitemapPages(request)), folder);
      expect(path).toBeDefined();
      await page.goto(path!);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      for (const item of data) expect(item['@context']).toBe('https://schema.org');
      expect(data.filter((d) => d['@type'] === 'BreadcrumbList')).toHaveLength(1);
      expect(data.filter((d) => ![type, 'BreadcrumbList', 'Event'].includes(String(d['@type'])))).toEqual([]);
      const own = data.filter((d) => d['@type'] === type && (type !== 'Event' || new URL(String(d.url)).pathname === path));
      expect(own).toHaveLength(1);
      const main = own[0]!;
      expect(typeof main.name).toBe('string');
      expect(String(main.name).length).toBeGreaterThan(0);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement as Array<{ position: number; item: string }>;
      expect(crumbs[0]!.position).toBe(1);
      expect(new URL(crumbs.at(-1)!.item).pathname).toBe(path);
      if (type === 'Course') {
        for (const instance of (main.hasCourseInstance ?? []) as Array<Record<string, unknown>>) {
          expect(instance['@type']).toBe('CourseInstance');
          expect(instance.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
      const events = data.filter((d) => d['@type'] === 'Event');
      if (type !== 'Event') expect(events).toHaveLength(await page.locator('main article:has(a[href^="/evenements/"]):not(:has(article))').count());
      for (const event of events) {
        expect(Date.parse(String(event.startDate))).not.toBeNaN();
        expect(event.location).toMatchObject({ '@type': 'Place' });
        expect(new URL(String(event.url)).pathname).toMatch(/^\/evenements\/[^/]+\/$/);
      }
    });
  }

  test('the relay point page, which lists upcoming events, has one Event JSON-LD per event card', async ({ page }) => {
    await page.goto('/lieux/point-relais-dunkerque-gare/');
    const cards = await page.locator('main article:has(a[href^="/evenements/"]):not(:has(article))').count();
    expect(cards).toBeGreaterThan(0);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.map((text) => JSON.parse(text) as { '@type': string }).filter((d) => d['@type'] === 'Event')).toHaveLength(cards);
  });
});
