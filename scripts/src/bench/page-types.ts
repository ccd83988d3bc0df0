import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypes } from '../lib/page-types.ts';
import { files } from './page-weight.ts';

/** What the first visit of one page downloads before any click, gzipped: its HTML, stylesheets and scripts. */
export interface PageTypeWeight {
  pattern: string;
  path: string;
  /** Gzipped bytes of the HTML (inline scripts and JSON-LD included). */
  html: number;
  /** Gzipped bytes of the stylesheets it links. */
  css: number;
  /** Gzipped bytes of the scripts it loads (external files and the modules they import, plus its inline scripts). */
  js: number;
  total: number;
}

const gzip = (content: string | Buffer) => gzipSync(content).length;

/** The built pages of a site folder as page paths (`/metiers/cariste/`), the 404 page as `/404.html`. */
export function builtPages(outDir: string): Array<{ path: string; status: number; size: number; file: string }> {
  const pages = files(outDir)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => {
      const folder = relative(outDir, dirname(file)).split(sep).filter(Boolean).join('/');
      return { path: folder ? `/${folder}/` : '/', status: 200, size: readFileSync(file).length, file };
    })
    // Pagefind's own UI files and the like are not pages of the site.
    .filter((page) => !page.path.startsWith('/pagefind/') && !page.path.startsWith('/_astro/'));
  const notFound = join(outDir, '404.html');
  if (existsSync(notFound)) pages.push({ path: '/404.html', status: 404, size: readFileSync(notFound).length, file: notFound });
  return pages;
}

/** How many pages each language of the site has: French at the root, English under /en/ (the 404 page is shared). */
export function pagesPerLanguage(outDir: string): { fr: number; en: number } {
  const pages = builtPages(outDir).filter((page) => page.status === 200);
  const en = pages.filter((page) => page.path === '/en/' || page.path.startsWith('/en/')).length;
  return { fr: pages.length - en, en };
}

/** Scripts a module pulls in by static import (Astro's chunks), transitively, as paths inside outDir. */
function moduleGraph(outDir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const target = match[1].startsWith('/') ? join(outDir, match[1]) : resolve(dirname(entry), match[1]);
    moduleGraph(outDir, target, seen);
  }
  return seen;
}

/** HTML + CSS + JS of one built page, gzipped. */
export function pageTypeWeight(outDir: string, file: string): Omit<PageTypeWeight, 'pattern' | 'path'> {
  const html = readFileSync(file, 'utf8');
  const css = new Set<string>();
  const scripts = new Set<string>();
  for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="(\/[^"#?]+\.css)"/.exec(tag[0])?.[1];
    if (href && /\brel="stylesheet"/.test(tag[0])) css.add(join(outDir, href));
  }
  let inlineJs = 0;
  for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = tag[1];
    if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
    const src = /\bsrc="(\/[^"#?]+\.m?js)"/.exec(attributes)?.[1];
    if (src) for (const module of moduleGraph(outDir, join(outDir, src))) scripts.add(module);
    else {
      inlineJs += gzip(tag[2]);
      for (const match of tag[2].matchAll(/(?:import|from)\s*["'](\/[^"']+\.js)["']/g)) {
        for (const module of moduleGraph(outDir, join(outDir, match[1]))) scripts.add(module);
      }
    }
  }
  const sum = (paths: Set<string>) => [...paths].filter((p) => existsSync(p) && extname(p) !== '').reduce((n, p) => n + gzip(readFileSync(p)), 0);
  // Inline scripts are counted as JavaScript, not twice: the HTML is weighed without them.
  const markup = html.replace(/<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g, '');
  const weights = { html: gzip(markup), css: sum(css), js: sum(scripts) + inlineJs };
  return { ...weights, total: weights.html + weights.css + weights.js };
}

/** One page per page type of a built site (the largest of each), with what its first visit transfers. */
export function pageTypeWeights(outDir: string): PageTypeWeight[] {
  const pages = builtPages(outDir);
  const byPath = new Map(pages.map((page) => [page.path, page]));
  return pageTypes(pages).map(({ pattern, path }) => ({ pattern, path, ...pageTypeWeight(outDir, byPath.get(path)?.file ?? '') }));
}

/** `node scripts/src/bench/page-types.ts <built site folder>`: the same table without the rest of the bench. */
if (import.meta.main) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node scripts/src/bench/page-types.ts <built site folder>');
  const rows = pageTypeWeights(outDir);
  const kB = (n: number) => (n / 1000).toFixed(1);
  console.log(['page type', 'page', 'HTML', 'CSS', 'JS', 'total (kB, gzip)'].join('\t'));
  for (const r of rows) console.log([r.pattern, r.path, kB(r.html), kB(r.css), kB(r.js), kB(r.total)].join('\t'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}
