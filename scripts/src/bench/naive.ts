import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { runAstroBuild, runPagefind } from '../lib/site.ts';
import type { MemorySampler } from './memory.ts';
import { siteSize } from './page-weight.ts';

export interface NaiveBuild {
  totalMs: number;
  astroMs: number;
  pagefindMs: number;
  pages: number;
  bytes: number;
  outDir: string;
  /** Astro's cache folder of the build (its Open Graph step's stats: og-images.ts). */
  cacheDir: string;
  peakAstroRss: number;
  peakPagefindRss: number;
}

/**
 * A naive cold rebuild, measured in the same run as the edits: `astro build` with a fresh output
 * and cache folder (no content layer store, no incremental manifest, `force`), then Pagefind over
 * the whole output. What a rebuild costs without any of the release pipeline's incrementality.
 */
export async function naiveColdBuild(parent: string, cms: { url: string; tokenFile: string }, memory: MemorySampler): Promise<NaiveBuild> {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'naive-'));
  const outDir = join(root, 'site');
  const cacheDir = join(root, 'cache');
  memory.reset();
  const started = performance.now();
  await runAstroBuild({ strapiUrl: cms.url, tokenFile: cms.tokenFile, outDir, cacheDir, force: true, quiet: true });
  const astroMs = performance.now() - started;
  const peakAstroRss = memory.peak().astro;
  memory.reset();
  const indexing = performance.now();
  await runPagefind(outDir, { quiet: true });
  const pagefindMs = performance.now() - indexing;
  const peakPagefindRss = memory.peak().pagefind;
  const { pages, bytes } = siteSize(outDir);
  return { totalMs: performance.now() - started, astroMs, pagefindMs, pages, bytes, outDir, cacheDir, peakAstroRss, peakPagefindRss };
}
