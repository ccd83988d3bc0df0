import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the site build's Open Graph step did (site/src/lib/og-integration.ts writes `<cacheDir>/og/last-build.json`). */
export interface OgImagesStats {
  pages: number;
  images: number;
  drawn: number;
  reused: number;
  missing: number;
  text: boolean;
  /** Time of the whole step (reading the built pages, drawing, copying), in milliseconds. */
  ms: number;
}

/**
 * The Open Graph step of the last build that used `cacheDir` (Astro's cache folder of that build), or undefined when
 * it has none (a build without the step). The step runs inside `astro build`, after the pages: its time is what the
 * images add to the build.
 */
export function ogImagesStats(cacheDir: string): OgImagesStats | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, 'og', 'last-build.json'), 'utf8')) as OgImagesStats;
  } catch {
    return undefined;
  }
}
