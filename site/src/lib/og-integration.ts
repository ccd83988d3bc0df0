import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, open, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { OG_FILE_PATTERN, OG_RENDERER_VERSION, OG_SPECS_DIR_ENV, type OgImageSpec } from './og-image';
import { fontsAvailable, prepareLogo, renderOgImage } from './og-render';

/** What the last build did, written to `<cacheDir>/og/last-build.json` (read by `npm run bench`). */
export interface OgBuildStats {
  /** HTML pages of the build (rendered or skipped). */
  pages: number;
  /** Distinct images those pages reference. */
  images: number;
  /** Images drawn by this build. */
  drawn: number;
  /** Images already in the output or the cache. */
  reused: number;
  /** Images a page references but nobody described (its spec is gone): the page shows none. */
  missing: number;
  /** Whether fontconfig found a font (without one, images carry no text). */
  text: boolean;
  /** Time of the whole step (reading the pages, drawing, copying), in milliseconds. */
  ms: number;
}

/** How much of the head of a built page is read to find its og:image (the tag sits in <head>). */
const HEAD_BYTES = 32 * 1024;

/**
 * Draws the Open Graph image of every page once the pages are built, and keeps the drawn images across builds.
 *
 * The layout (og-meta.ts) names each page's image `/og/<digest>.png` and leaves its spec in `<cacheDir>/og/specs/`.
 * Here, after the build, every HTML page the build produced — rendered or skipped by the incremental build — is read
 * for the image it references; an image already in the output or in `<cacheDir>/og/images/` is kept, any other is
 * drawn from its spec. Kept images are touched so that the output pruning (prune-output.ts, which runs next and
 * removes non-HTML files a build did not write) leaves them; images and specs no page references any more are
 * removed from the cache. Must come before pruneStaleOutput() in the integrations.
 */
export function ogImages(): AstroIntegration {
  let root = '';
  return {
    name: 'dk20000:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = join(fileURLToPath(config.cacheDir), 'og');
        const specs = join(root, 'specs');
        mkdirSync(specs, { recursive: true });
        // Read by the layout while the pages are rendered (same process).
        process.env[OG_SPECS_DIR_ENV] = specs;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const stats = await buildImages(root, fileURLToPath(dir), pagesOf(assets), logger);
        await writeFile(join(root, 'last-build.json'), JSON.stringify(stats));
        const seconds = (stats.ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
        logger.info(`Open Graph images: ${stats.drawn} drawn, ${stats.reused} reused for ${stats.pages} pages in ${seconds} s`);
      },
    },
  };
}

function pagesOf(assets: Map<string, URL[]>): string[] {
  const pages = new Set<string>();
  for (const urls of assets.values()) for (const url of urls) if (url.pathname.endsWith('.html')) pages.add(fileURLToPath(url));
  return [...pages];
}

/** The image digests a built page references (its head only). */
async function referencedDigests(page: string): Promise<string[]> {
  const handle = await open(page, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    let head = buffer.toString('utf8', 0, bytesRead);
    // A head longer than that (large inline styles or data): the whole page.
    if (!head.includes('</head>') && bytesRead === HEAD_BYTES) head = await readFile(page, 'utf8');
    const end = head.indexOf('</head>');
    return [...(end >= 0 ? head.slice(0, end) : head).matchAll(OG_FILE_PATTERN)].map((m) => m[1]!);
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return open(path, 'r').then(
    (handle) => handle.close().then(() => true),
    () => false,
  );
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function buildImages(root: string, outDir: string, pages: readonly string[], logger: AstroIntegrationLogger): Promise<OgBuildStats> {
  const started = performance.now();
  const specsDir = join(root, 'specs');
  const imagesDir = join(root, 'images');
  const logosDir = join(root, 'logos');
  const outImages = join(outDir, 'og');
  await Promise.all([mkdir(specsDir, { recursive: true }), mkdir(imagesDir, { recursive: true }), mkdir(logosDir, { recursive: true }), mkdir(outImages, { recursive: true })]);

  // Images drawn by another renderer, or without text when fonts are now there (or the reverse), are drawn again.
  const text = await fontsAvailable();
  if (!text) logger.warn('Open Graph images: fontconfig finds no usable font (install fonts-dejavu-core); the images carry no title.');
  const renderer = JSON.stringify({ version: OG_RENDERER_VERSION, text });
  const rendererFile = join(root, 'renderer.json');
  if ((await readFile(rendererFile, 'utf8').catch(() => '')) !== renderer) {
    await Promise.all([rm(imagesDir, { recursive: true, force: true }), rm(outImages, { recursive: true, force: true })]);
    await Promise.all([mkdir(imagesDir, { recursive: true }), mkdir(outImages, { recursive: true })]);
    await writeFile(rendererFile, renderer);
  }

  const digests = new Set<string>();
  await eachLimited(pages, 16, async (page) => {
    for (const digest of await referencedDigests(page)) digests.add(digest);
  });

  const logos = new Map<string, Promise<Buffer | undefined>>();
  const logoFor = (logo: NonNullable<OgImageSpec['logo']>) => {
    let prepared = logos.get(logo.url);
    if (!prepared) {
      prepared = loadLogo(logo, logosDir, logger);
      logos.set(logo.url, prepared);
    }
    return prepared;
  };

  const now = new Date();
  let drawn = 0;
  let reused = 0;
  let missing = 0;
  await eachLimited([...digests], Math.max(1, availableParallelism()), async (digest) => {
    const out = join(outImages, `${digest}.png`);
    const cached = join(imagesDir, `${digest}.png`);
    if (await exists(out)) {
      reused += 1;
    } else if (await exists(cached)) {
      await place(cached, out);
      reused += 1;
    } else {
      const spec = await readFile(join(specsDir, `${digest}.json`), 'utf8').then(
        (json) => JSON.parse(json) as OgImageSpec,
        () => undefined,
      );
      if (!spec) {
        missing += 1;
        logger.warn(`Open Graph image ${digest}: no page described it in this build or a previous one`);
        return;
      }
      const logo = spec.logo ? await logoFor(spec.logo) : undefined;
      const png = await renderOgImage(spec, { logo, text }).catch((error: Error) => {
        // Never seen (titles are sanitised), but an image is not worth a failed build: the same without text.
        logger.warn(`Open Graph image ${digest} (« ${spec.title} »): ${error.message}; drawn without its text`);
        return renderOgImage(spec, { logo, text: false });
      });
      await writeFile(cached, png);
      await place(cached, out);
      drawn += 1;
    }
    // Written or not, this build produced it: the output pruning keeps it.
    await utimes(out, now, now);
  });

  // The cache keeps what the pages of this build reference, nothing else.
  const keep = (names: string[], ext: string) => names.filter((name) => !digests.has(name.slice(0, -ext.length)));
  await Promise.all([
    ...keep(await readdir(imagesDir), '.png').map((name) => rm(join(imagesDir, name), { force: true })),
    ...keep(await readdir(specsDir), '.json').map((name) => rm(join(specsDir, name), { force: true })),
  ]);
  const usedLogos = new Set([...logos.keys()].map(logoFileName));
  for (const name of await readdir(logosDir)) if (!usedLogos.has(name)) await rm(join(logosDir, name), { force: true });

  return { pages: pages.length, images: digests.size, drawn, reused, missing, text, ms: Math.round(performance.now() - started) };
}

/** The output's image: a hard link to the cached one (no copy), or a copy where links are not possible. */
async function place(cached: string, out: string): Promise<void> {
  await link(cached, out).catch(() => copyFile(cached, out));
}

const logoFileName = (url: string) => `${createHash('sha256').update(url).digest('hex').slice(0, 24)}.bin`;

/**
 * The brand's logo, from the cache (its URL carries the file's version) or from the CMS's media (the same origin
 * as the site's other media, as Astro's image service reads them). A logo that cannot be read leaves the images
 * without one, with a warning.
 */
async function loadLogo(logo: NonNullable<OgImageSpec['logo']>, dir: string, logger: AstroIntegrationLogger): Promise<Buffer | undefined> {
  const file = join(dir, logoFileName(logo.url));
  let bytes: Uint8Array | undefined = await readFile(file).catch(() => undefined);
  if (!bytes) {
    try {
      const response = await fetch(logo.url, { signal: AbortSignal.timeout(15_000), redirect: 'error' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = new Uint8Array(await response.arrayBuffer());
      await writeFile(file, bytes);
    } catch (error) {
      logger.warn(`Open Graph images: the brand's logo ${logo.url} could not be read (${(error as Error).message}); images without logo`);
      return undefined;
    }
  }
  const prepared = await prepareLogo(bytes, logo.mime);
  if (!prepared) logger.warn(`Open Graph images: the brand's logo ${logo.url} is not an image sharp can read; images without logo`);
  return prepared;
}
