/**
 * Discovery of the built site's page types for the page-type harness (page-types.spec.ts): crawl the served site
 * from the home page and the sitemap, then group the pages by route pattern. New sections are picked up by
 * themselves as soon as a page links them.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTypes as typesOf } from '@dk20000/scripts/lib/page-types';
import { LANGS, type Lang } from '../src/i18n/lang';
import { homeHref, type Section, sectionHref, sections, subFolders } from '../src/i18n/routes';

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
  // Each language's home and search pages (the search page is reached from a form, not a link).
  for (const lang of LANGS) {
    add(homeHref(lang), '(start)');
    add(sectionHref(lang, 'search'), '(start)');
  }
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

const crawls = new Map<string, Promise<Crawl>>();

/** The crawl of a served site, made once per worker and shared by every spec that needs it. */
export function siteCrawl(baseURL: string | undefined): Promise<Crawl> {
  const base = baseURL ?? '';
  let crawled = crawls.get(base);
  if (!crawled) {
    crawled = crawl(base);
    crawls.set(base, crawled);
  }
  return crawled;
}

/** The language a page is in by its address: English under /en/, French everywhere else. */
export function langOfPath(path: string): Lang {
  return path === homeHref('en') || path.startsWith(homeHref('en')) ? 'en' : 'fr';
}

/**
 * Every page of the built site: the HTML files of the built folder when E2E_SITE_DIR names it (the global setup
 * sets it), otherwise every page the crawl reaches. Pagefind's and Astro's own files are not pages.
 */
export async function builtPages(baseURL: string | undefined): Promise<Array<{ path: string; html: string }>> {
  const dir = process.env.E2E_SITE_DIR;
  if (!dir) return (await siteCrawl(baseURL)).pages.filter((page) => page.status === 200);
  const pages: Array<{ path: string; html: string }> = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !['pagefind', '_astro'].includes(relative)) walk(relative);
      else if (entry.name === 'index.html') pages.push({ path: folder ? `/${folder}/` : '/', html: readFileSync(join(dir, relative), 'utf8') });
    }
  };
  walk('');
  return pages;
}

/** The section a page or page pattern belongs to in its language (`home` for the home page), or undefined for a CMS page at the root. */
export function sectionOfPath(path: string): Section | undefined {
  const lang = langOfPath(path);
  if (path === homeHref(lang)) return 'home';
  return (Object.keys(sections) as Section[])
    .filter((name) => name !== 'home' && path.startsWith(sections[name][lang]))
    .sort((a, b) => sections[b][lang].length - sections[a][lang].length)[0];
}

/**
 * A page pattern of one language in the other, through the routes table: `/metiers/filiere/*` ↔ `/en/jobs/sector/*`,
 * `/agenda/*\/*` ↔ `/en/programme/*\/*`. Undefined for a CMS page at the root, whose address is its own slug.
 */
export function patternIn(pattern: string, to: Lang): string | undefined {
  const from = langOfPath(pattern);
  const section = sectionOfPath(pattern);
  if (section === undefined) return undefined;
  if (section === 'home') return homeHref(to);
  const rest = pattern.slice(sections[section][from].length).split('/').filter(Boolean);
  const translated = rest.map((segment) => Object.values(subFolders).find((names) => names[from] === segment)?.[to] ?? segment);
  if (translated.length === 0) return sections[section][to];
  return `${sections[section][to]}${translated.join('/')}${pattern.endsWith('/') ? '/' : ''}`;
}

/** Whether a path is one of the pages a pattern stands for (`*` is one segment). */
export function matchesPattern(path: string, pattern: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  // A leaf pattern (`/metiers/*`) stands for pages whose address ends with a slash.
  return new RegExp(`^${source}${pattern.endsWith('*') ? '/' : ''}$`).test(path);
}

/** The attributes of every tag of one name in an HTML text: `tags(html, 'link')`. */
export function tags(html: string, name: string): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) =>
    Object.fromEntries(
      [...match[1].matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((a) => [
        a[1].toLowerCase(),
        (a[2] ?? a[3] ?? a[4] ?? '').replaceAll('&amp;', '&'),
      ]),
    ),
  );
}
