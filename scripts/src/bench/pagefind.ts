import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

const loaded = new Map<string, Promise<PagefindModule>>();

/**
 * Searches a release's Pagefind index the way a visitor's browser does: the release's own
 * pagefind.js (one module instance per release folder), reading the index over HTTP from the site.
 * Returns the URL paths of the results.
 */
export async function searchRelease(releaseDir: string, siteUrl: string, term: string): Promise<string[]> {
  let module = loaded.get(releaseDir);
  if (!module) {
    module = (async () => {
      const pagefind = (await import(pathToFileURL(join(releaseDir, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
      await pagefind.options({ basePath: `${siteUrl}/pagefind/` });
      await pagefind.init();
      return pagefind;
    })();
    loaded.set(releaseDir, module);
  }
  const pagefind = await module;
  const { results } = await pagefind.search(term);
  const urls: string[] = [];
  for (const result of results.slice(0, 10)) urls.push(new URL((await result.data()).url, siteUrl).pathname);
  return urls;
}
