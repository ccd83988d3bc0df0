import { readFileSync } from 'node:fs';
import { copyFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';

/** The sitemap's public address; robots.txt names it. */
export const SITEMAP_PATH = '/sitemap.xml';
/** What @astrojs/sitemap writes (an index of its sitemap-<n>.xml chunks); sitemap.xml is a copy of it. */
const SITEMAP_INDEX_FILE = 'sitemap-index.xml';

/** True unless the page asks search engines not to index it (`<meta name="robots" content="…noindex…">`). */
export function isIndexableHtml(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (/\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag)) return false;
  }
  return true;
}

/**
 * The hreflang alternates a built page declares (`<link rel="alternate" hreflang="en" href="…">`, x-default included),
 * as sitemap links. Empty for a page with no counterpart in the other language.
 */
export function hreflangLinks(html: string): Array<{ lang: string; url: string }> {
  const links: Array<{ lang: string; url: string }> = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?alternate\b/i.test(tag)) continue;
    const lang = /\bhreflang\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const url = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (lang && url) links.push({ lang, url: url.replace(/&amp;/g, '&') });
  }
  return links;
}

/** robots.txt: everything may be crawled; the sitemap is given by its absolute URL. */
export function robotsTxt(site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
}

/** The built HTML file of a page URL (build.format 'directory'). */
function htmlFileOf(outDir: string, pageUrl: string): string {
  const path = decodeURIComponent(new URL(pageUrl).pathname);
  return path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, `${path}.html`);
}

/**
 * Companion of @astrojs/sitemap: `serialize` adds each page's hreflang alternates (read from its built HTML, so the
 * sitemap and the pages always agree, English addresses having their own segments); `filter` keeps out of the sitemap every page whose built HTML says noindex
 * (404, search; any page added later with Base's `noindex`), read from the output folder, which is complete when
 * the sitemap is written (astro:build:done; skipped incremental pages are in place too). The integration, listed
 * after the sitemap's, publishes its index as /sitemap.xml at every build, and removes it when this build wrote
 * no sitemap (the pruning of stale output then removes the old chunks).
 */
export function sitemapCompanion(): {
  filter: (page: string) => boolean;
  serialize: (item: SitemapItem) => SitemapItem;
  integration: AstroIntegration;
} {
  let outDir: string | undefined;
  let startedAt = 0;
  const read = (page: string): string | undefined => {
    if (!outDir) return undefined;
    try {
      // Read synchronously: the sitemap's filter is synchronous.
      return readFileSync(htmlFileOf(outDir, page), 'utf8');
    } catch {
      return undefined;
    }
  };
  const filter = (page: string): boolean => {
    const html = read(page);
    return html === undefined || isIndexableHtml(html);
  };
  /** Each page's language alternates (French, English, x-default), as its head declares them (Base.astro). */
  const serialize = (item: SitemapItem): SitemapItem => {
    const html = read(item.url);
    const links = html === undefined ? [] : hreflangLinks(html);
    return links.length > 0 ? { ...item, links } : item;
  };
  const integration: AstroIntegration = {
    name: 'dk20000:sitemap-xml',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const index = join(root, SITEMAP_INDEX_FILE);
        const fresh = await stat(index).then((s) => s.mtimeMs >= startedAt, () => false);
        if (fresh) await copyFile(index, join(root, SITEMAP_PATH.slice(1)));
        else {
          await rm(join(root, SITEMAP_PATH.slice(1)), { force: true });
          logger.warn('no sitemap was written by this build');
        }
      },
    },
  };
  return { filter, serialize, integration };
}
