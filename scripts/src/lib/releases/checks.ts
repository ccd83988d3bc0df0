import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

const NBSP = '\u00a0';

/** A check of a new release that failed; `reason` is French, for /status. */
export class ReleaseCheckError extends Error {
  readonly reason: string;
  constructor(reason: string, english: string) {
    super(english);
    this.name = 'ReleaseCheckError';
    this.reason = reason;
  }
}

/**
 * Whether a file is a whole HTML document with a main landmark: a doctype, html/head/body in
 * order, exactly one balanced <main>, and the closing </html> (a truncated file has none).
 */
export function htmlProblem(html: string): string | undefined {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  if (!/^\s*<!doctype html>/i.test(text)) return 'sans <!doctype html>';
  const at = (pattern: RegExp) => text.search(pattern);
  const html0 = at(/<html[\s>]/i);
  const head = at(/<head[\s>]/i);
  const body = at(/<body[\s>]/i);
  const end = at(/<\/html>\s*$/i);
  if (html0 < 0 || end < 0) return 'document incomplet (balise <html> non refermée)';
  if (head < 0 || body < 0 || !(html0 < head && head < body && body < end)) return 'structure <html>/<head>/<body> invalide';
  const opens = text.match(/<main[\s>]/gi)?.length ?? 0;
  const closes = text.match(/<\/main>/gi)?.length ?? 0;
  if (opens === 0) return 'sans balise <main>';
  if (opens !== 1 || closes !== 1 || at(/<\/main>/i) < at(/<main[\s>]/i)) return 'balise <main> mal formée';
  return undefined;
}

/** Every HTML file of a built site, as paths relative to it (Pagefind's and Astro's asset folders excluded). */
async function htmlFiles(dir: string): Promise<string[]> {
  const all = (await readdir(dir, { recursive: true })) as string[];
  return all.filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`) && !file.startsWith(`_astro${sep}`)).sort();
}

const urlOf = (file: string) => `/${file.split(sep).join('/').replace(/index\.html$/, '')}`;

/**
 * Checks a release before it goes live: the home, a sample of up to 5 detail pages, and Pagefind's
 * entry file. Returns the number of HTML pages; throws a ReleaseCheckError.
 */
export async function checkRelease(dir: string, sampleSize = 5): Promise<{ pages: number; checked: string[] }> {
  const files = await htmlFiles(dir);
  if (!files.includes('index.html')) {
    throw new ReleaseCheckError('la page d’accueil (index.html) est absente', 'index.html is missing');
  }
  const checkPage = async (file: string) => {
    const problem = htmlProblem(await readFile(join(dir, file), 'utf8'));
    if (problem) {
      const page = file === 'index.html' ? 'la page d’accueil' : `la page «${NBSP}${urlOf(file)}${NBSP}»`;
      throw new ReleaseCheckError(`${page} n’est pas une page HTML valide (${problem})`, `${file} is not a valid HTML page (${problem})`);
    }
  };
  await checkPage('index.html');
  // Detail pages: two folders deep at least (entreprises/<slug>/index.html).
  const details = files.filter((file) => file.split(sep).length >= 3);
  const sample: string[] = [];
  if (details.length > 0) {
    const step = details.length / Math.min(sampleSize, details.length);
    const offset = Math.floor(Math.random() * step);
    for (let i = 0; i < Math.min(sampleSize, details.length); i++) sample.push(details[Math.floor(offset + i * step) % details.length]);
  }
  for (const file of sample) await checkPage(file);

  const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile) || !existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    throw new ReleaseCheckError('l’index de recherche (Pagefind) est absent', 'pagefind/pagefind-entry.json or pagefind.js is missing');
  }
  let indexed = 0;
  try {
    const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    indexed = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    throw new ReleaseCheckError('l’index de recherche (pagefind-entry.json) est illisible', 'pagefind/pagefind-entry.json does not parse');
  }
  if (indexed === 0) {
    throw new ReleaseCheckError('l’index de recherche ne contient aucune page', 'pagefind/pagefind-entry.json lists no page');
  }
  return { pages: files.length, checked: ['index.html', ...sample] };
}
