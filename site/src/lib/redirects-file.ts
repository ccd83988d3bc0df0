import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { refreshTarget, renderRedirectsFile, type Redirect } from './redirects';

/** The route of the redirect pages (src/pages/[...moved].astro), as Astro names it in `astro:build:done`. */
export const REDIRECT_ROUTE = '/[...moved]';
/** The routes of the redirect pages of both languages (the English one: src/pages/en/[...moved].astro). */
export const REDIRECT_ROUTES = [REDIRECT_ROUTE, '/en/[...moved]'];
/** Where hosts that read one look for it (Netlify, Cloudflare Pages); the local static server reads it too. */
export const REDIRECTS_FILE = '_redirects';

/**
 * Writes `<outDir>/_redirects` at every build from the redirect pages this build produced (rendered or skipped by the
 * incremental build), so that the file and the pages always agree: a page Astro did not produce (a real page won the
 * path) has no line. Written even when empty, so that a release never keeps an older build's redirects.
 */
export function redirectsFile(): AstroIntegration {
  return {
    name: 'dk20000:redirects-file',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const redirects: Redirect[] = [];
        for (const url of REDIRECT_ROUTES.flatMap((route) => assets.get(route) ?? [])) {
          const file = fileURLToPath(url);
          const to = refreshTarget(await readFile(file, 'utf8'));
          const from = `/${relative(root, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
          if (to) redirects.push({ from, to });
        }
        redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
        await writeFile(join(root, REDIRECTS_FILE), renderRedirectsFile(redirects));
        logger.info(`${REDIRECTS_FILE}: ${redirects.length} redirect(s) from old addresses`);
      },
    },
  };
}
