/**
 * `astro build` for the release pipeline, run as its own process (see site.ts runAstroBuild): the
 * same build as the CLI, with the output and cache folders given inline so that each releases
 * folder (and each test) has its own incremental cache instead of sharing site/node_modules/.astro.
 *
 * Usage: node astro-build.ts <site root> <out dir> <cache dir> [--force]
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, outDir, cacheDir, ...flags] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('Usage: node astro-build.ts <site root> <out dir> <cache dir> [--force]');
  process.exit(2);
}
const astroEntry = createRequire(join(root, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astroEntry).href)) as {
  build(config: Record<string, unknown>): Promise<void>;
};
try {
  await build({ root, outDir, cacheDir, force: flags.includes('--force') });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
// Astro may leave handles open (watchers, workers): the build is done.
process.exit(0);
