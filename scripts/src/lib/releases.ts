import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, siteDir, type BuildSiteOptions } from './site.ts';

export const releasesDir = resolve(process.env.SITE_RELEASES_DIR ?? join(siteDir, '.releases'));
const liveLink = join(releasesDir, 'live');
const KEEP = 3;

/** The folder of the release being served, or undefined before the first good build. */
export function liveRelease(): string | undefined {
  return existsSync(liveLink) ? realpathSync(liveLink) : undefined;
}

/**
 * Builds a new release beside the live one and swaps the `live` link atomically once it is
 * complete: a failed build is removed and never replaces the site being served.
 */
export async function buildRelease(options: Omit<BuildSiteOptions, 'outDir'>): Promise<string> {
  mkdirSync(releasesDir, { recursive: true });
  const outDir = join(releasesDir, new Date().toISOString().replace(/[:.]/g, '-'));
  try {
    await buildSite({ ...options, outDir });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const next = `${liveLink}.next`;
  rmSync(next, { force: true });
  symlinkSync(outDir, next);
  renameSync(next, liveLink);
  const live = realpathSync(liveLink);
  const old = readdirSync(releasesDir)
    .filter((name) => /^\d{4}-/.test(name) && join(releasesDir, name) !== live)
    .sort()
    .slice(0, -KEEP + 1);
  for (const name of old) rmSync(join(releasesDir, name), { recursive: true, force: true });
  return live;
}
