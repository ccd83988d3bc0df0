import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy?(): Promise<void>;
}

let loads = 0;

/**
 * A release's own pagefind.js, reading its index over HTTP from the site, as a visitor's browser on a page of `lang`
 * does. Pagefind picks the index of the page's `<html lang>`; outside a browser it would take the language with the
 * most pages (the first one on a tie), so the page's language is given the way Pagefind reads it.
 */
export async function loadPagefind(releaseDir: string, siteUrl: string, lang: 'fr' | 'en' = 'fr'): Promise<PagefindModule> {
  const pagefind = (await import(`${pathToFileURL(join(releaseDir, 'pagefind', 'pagefind.js')).href}?load=${loads++}`)) as PagefindModule;
  await pagefind.options({ basePath: `${siteUrl}/pagefind/` });
  const global = globalThis as { document?: unknown };
  const hadDocument = 'document' in global;
  if (!hadDocument) global.document = { querySelector: () => ({ getAttribute: () => lang }) };
  try {
    await pagefind.init();
  } finally {
    if (!hadDocument) delete global.document;
  }
  return pagefind;
}
