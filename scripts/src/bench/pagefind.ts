import { loadPagefind, type PagefindModule } from '../lib/pagefind-search.ts';

const loaded = new Map<string, Promise<PagefindModule>>();

/**
 * Searches a release's Pagefind index the way a visitor's browser on a French page does: the release's own
 * pagefind.js (one module instance per release folder), reading the index over HTTP from the site.
 * Returns the URL paths of the results.
 */
export async function searchRelease(releaseDir: string, siteUrl: string, term: string): Promise<string[]> {
  let module = loaded.get(releaseDir);
  if (!module) {
    module = loadPagefind(releaseDir, siteUrl);
    loaded.set(releaseDir, module);
  }
  const pagefind = await module;
  const { results } = await pagefind.search(term);
  const urls: string[] = [];
  for (const result of results.slice(0, 10)) urls.push(new URL((await result.data()).url, siteUrl).pathname);
  return urls;
}
