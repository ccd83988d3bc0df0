/**
 * Discovery of the built site's page types for the page-type harness (page-types.spec.ts): crawl the served site
 * from the home page and the sitemap, then group the pages by route pattern. New sections are picked up by
 * themselves as soon as a page links them.
 */

import { pageTypes as typesOf } from '@dk20000/scripts/lib/page-types';

export { routePattern } from '@dk20000/scripts/lib/page-types';

/** Addresses that are files, not pages: followed for their status only, never parsed. */
const NOT_A_PAGE = /\.(?:ics|json|xml|txt|js|mjs|css|svg|png|jpe?g|webp|avif|gif|ico|pdf|zip|woff2?)$/i;

/** An address the harness asks for to get the 404 page. */
export const MISSING_PATH = '/page-introuvable-verification-du-site/';

export interface CrawledPage {
  path: string;
  status: number;
  html: string;
}

export interface Crawl {
  pages: CrawledPage[];
  /** Internal links that answered anything but 200, with a page that carries them. */
  broken: Array<{ href: string; status: number; from: string }>;
}

/** The internal addresses (path only, without query or fragment) an HTML page links to. */
export function internalLinks(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const out = new Set<string>();
  // Markup inside scripts (a partner snippet built by the page's script) and comments is not a link of the page.
  const markup = html.replace(/<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->/gi, '');
  for (const match of markup.matchAll(/<a\s[^>]*?href="([^"]*)"/gi)) {
    const raw = match[1].replaceAll('&amp;', '&');
    if (raw === '' || raw.startsWith('#') || /^(?:mailto|tel|webcal|javascript):/i.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) continue;
    out.add(url.pathname);
  }
  return [...out];
}

/** Paths listed in a sitemap (index or urlset), mapped onto `base` (the sitemap holds the public origin). */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** One page per route pattern (the largest of each), and the 404 page when it answered 404. */
export function pageTypes(pages: readonly CrawledPage[]): Array<{ pattern: string; path: string }> {
  return typesOf(pages.map((page) => ({ path: page.path, status: page.status, size: page.html.length })));
}

/** Every page reachable from the home page, the sitemap and the search page, plus the 404 answer. */
export async function crawl(baseURL: string, limit = 5000): Promise<Crawl> {
  const seen = new Map<string, { from: string }>();
  const queue: string[] = [];
  const add = (path: string, from: string) => {
    if (!seen.has(path)) {
      seen.set(path, { from });
      queue.push(path);
    }
  };
  add('/', '(start)');
  add('/recherche/', '(start)');
  add(MISSING_PATH, '(start)');
  const sitemap = await fetch(new URL('/sitemap-index.xml', baseURL));
  if (sitemap.ok) {
    for (const child of sitemapPaths(await sitemap.text())) {
      const response = await fetch(new URL(child, baseURL));
      if (response.ok) for (const path of sitemapPaths(await response.text())) add(path, '(sitemap)');
    }
  }

  const pages: CrawledPage[] = [];
  const broken: Crawl['broken'] = [];
  const visit = async (path: string) => {
    const response = await fetch(new URL(path, baseURL), { redirect: 'manual' });
    const from = seen.get(path)?.from ?? '';
    if (path !== MISSING_PATH && response.status !== 200) broken.push({ href: path, status: response.status, from });
    const type = response.headers.get('content-type') ?? '';
    // A broken link's 404 answer is reported above, not taken as the 404 page type.
    const failed = path !== MISSING_PATH && response.status !== 200;
    if (failed || NOT_A_PAGE.test(path) || !type.includes('text/html')) {
      await response.body?.cancel();
      return;
    }
    const html = await response.text();
    pages.push({ path, status: response.status, html });
    for (const link of internalLinks(html, new URL(path, baseURL).href)) add(link, path);
  };
  while (queue.length > 0 && seen.size <= limit) {
    await Promise.all(queue.splice(0, 6).map(visit));
  }
  return { pages, broken };
}
