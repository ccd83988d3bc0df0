import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSingle } from './entries';
import type { Locale } from './entry-id';
import { OG_PATH, OG_SPECS_DIR_ENV, ogImageDigest, ogImageSpec } from './og-image';

/*
 * The layout's side of the Open Graph images: a page's image path from its title and the brand, and the spec left
 * in the build's cache (OG_SPECS_DIR_ENV, set by og-integration.ts) for the integration to draw it once the pages are
 * built. Without it (preview server, a build without the integration), pages get no image.
 */

/** `/og/<digest>.png` for a page, or undefined when this build draws no images. */
export async function pageOgImage(input: { title: string; programme: string; tagline: string; lang?: Locale }): Promise<string | undefined> {
  const dir = process.env[OG_SPECS_DIR_ENV];
  if (!dir) return undefined;
  const lang = input.lang ?? 'fr';
  // The brand's colours and logos are the same in every language: its French version is the reference, as for the
  // site's theme (ThemeStyle.astro).
  const brand = await getSingle('brand', 'fr');
  const spec = ogImageSpec({ ...input, lang, brand: brand?.data });
  const digest = ogImageDigest(spec);
  const file = join(dir, `${digest}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(spec));
  return `${OG_PATH}${digest}.png`;
}
