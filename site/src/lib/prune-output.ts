import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Lets an incremental build reuse its output folder instead of emptying it.
 *
 * Astro empties `outDir` before each build, then copies every page it skips back from its cache (10 000 pages:
 * 165 MB, seconds of copying). With `vite.build.emptyOutDir: false` a skipped page is already there; what the
 * emptying did — removing what this build no longer produces (an unpublished entry's page, an old bundle, a
 * transformed image nobody shows) — is done here once the build is done:
 *   - an HTML page is kept when a route produced it in this build (rendered or skipped: Astro lists both);
 *   - any other file is kept when this build wrote it (bundles, transformed images and public files are
 *     written at each build).
 * A failed build prunes nothing; the next one starts from the same folder.
 */
export function pruneStaleOutput(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'dk20000:prune-stale-output',
    hooks: {
      'astro:build:start': () => {
        startedAt = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) pages.add(fileURLToPath(url));
        let removed = 0;
        const walk = async (folder: string): Promise<boolean> => {
          let empty = true;
          for (const entry of await readdir(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
              if (await walk(path)) await rmdir(path).catch(() => {});
              else empty = false;
              continue;
            }
            const keep = path.endsWith('.html') ? pages.has(path) : (await stat(path)).mtimeMs >= startedAt;
            if (keep) {
              empty = false;
            } else {
              await rm(path, { force: true });
              removed += 1;
              logger.debug(`removed ${relative(root, path)}`);
            }
          }
          return empty;
        };
        await walk(root);
        if (removed > 0) logger.info(`removed ${removed} file(s) this build no longer produces`);
      },
    },
  };
}
