import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { runStep } from './process-group.ts';

const require = createRequire(import.meta.url);
export const siteDir = dirname(require.resolve('@dk20000/site/package.json'));
const astroBuildScript = fileURLToPath(new URL('./astro-build.ts', import.meta.url));

export interface BuildSiteOptions {
  strapiUrl: string;
  token?: string;
  tokenFile?: string;
  /** Where the static site is written; defaults to site/dist. */
  outDir?: string;
  /** Astro's cache (content layer data store, incremental build manifest); defaults to `<outDir>.cache`. */
  cacheDir?: string;
  /** Pipe the build's output to this terminal (default) or keep it and return it. */
  quiet?: boolean;
  /** Ignore Astro's caches (content layer and incremental build): a clean build. */
  force?: boolean;
  /** Where the loader writes the entries the contract rejected (SITE_CONTENT_ISSUES_FILE). */
  contentIssuesFile?: string;
  signal?: AbortSignal;
}

/** Environment of the site's build steps: which CMS to read, where to write. */
export function siteBuildEnv(options: BuildSiteOptions & { outDir: string; cacheDir: string }): Record<string, string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    STRAPI_URL: options.strapiUrl,
    SITE_OUT_DIR: options.outDir,
    SITE_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (options.token) env.STRAPI_TOKEN = options.token;
  if (options.tokenFile) env.STRAPI_TOKEN_FILE = options.tokenFile;
  if (options.contentIssuesFile) env.SITE_CONTENT_ISSUES_FILE = options.contentIssuesFile;
  else delete env.SITE_CONTENT_ISSUES_FILE;
  return env;
}

function packageFile(name: string, file: string): string {
  // Not require.resolve(`${name}/package.json`): pagefind's "exports" does not expose it.
  const siteRequire = createRequire(resolve(siteDir, 'package.json'));
  for (const dir of siteRequire.resolve.paths(name) ?? []) {
    if (existsSync(resolve(dir, name, 'package.json'))) return resolve(dir, name, file);
  }
  throw new Error(`Cannot find the ${name} package from ${siteDir}: run npm install.`);
}

/**
 * The working directory of a build into `outDir`. Astro bundles the pages' server code into
 * <cwd>/.astro/.prerender when outDir is outside the working directory (and needs it inside the
 * site, where the bundle's imports resolve): from the site folder itself, concurrent builds into
 * different folders (releases, tests, bench) would overwrite each other's chunks there.
 */
function prerenderHome(outDir: string): string {
  const dir = join(siteDir, '.astro', 'builds', createHash('sha256').update(outDir).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `astro build` of the site into options.outDir, in its own process group. */
export function runAstroBuild(options: BuildSiteOptions & { outDir: string; cacheDir: string }): Promise<string> {
  const args = [astroBuildScript, siteDir, options.outDir, options.cacheDir];
  if (options.force) args.push('--force');
  const cwd = prerenderHome(options.outDir);
  return runStep(process.execPath, args, { cwd, env: siteBuildEnv(options), quiet: options.quiet, signal: options.signal }).finally(() =>
    rmSync(cwd, { recursive: true, force: true }),
  );
}

/** Pagefind's index of a built site (written to <dir>/pagefind), in its own process group. */
export function runPagefind(dir: string, options: { quiet?: boolean; signal?: AbortSignal } = {}): Promise<string> {
  return runStep(process.execPath, [packageFile('pagefind', 'lib/runner/bin.cjs'), '--site', dir], {
    cwd: siteDir,
    env: { ...(process.env as Record<string, string>) },
    quiet: options.quiet,
    signal: options.signal,
  });
}

/** Builds the static site against a running CMS, then indexes it with Pagefind (no release, no lock: tests, bench). */
export async function buildSite(options: BuildSiteOptions): Promise<{ outDir: string; output: string }> {
  const outDir = resolve(options.outDir ?? resolve(siteDir, 'dist'));
  const cacheDir = resolve(options.cacheDir ?? `${outDir}.cache`);
  const built = await runAstroBuild({ ...options, outDir, cacheDir });
  const indexed = await runPagefind(outDir, options);
  return { outDir, output: `${built}${indexed}` };
}

/**
 * The partner interface, readable from any origin (CORS): the programme feeds (/api/v1/**), the calendars (*.ics)
 * and the widget (/widget/v1/**). Nothing else of the site is.
 */
export function isPartnerPath(pathname: string): boolean {
  return pathname.startsWith('/api/v1/') || pathname.startsWith('/widget/v1/') || pathname.endsWith('.ics');
}

const charsetTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Headers the static server adds for a path: CORS on the partner interface, the feeds' and calendars' types. */
export function staticHeaders(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const type = charsetTypes[/\.[a-z]+$/.exec(pathname)?.[0] ?? ''];
  if (type) headers['Content-Type'] = type;
  if (isPartnerPath(pathname)) headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}

/** The file of old addresses at the root of a built site (written by the site build, site/src/lib/redirects-file.ts). */
export const REDIRECTS_FILE = '_redirects';

/**
 * The permanent redirects of a `_redirects` file (Netlify / Cloudflare syntax `/old/ /new/ 301`): old path → new
 * path. Comments, blank lines and lines with another status are skipped.
 */
export function parseRedirects(text: string): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [from, to, status = '301'] = line.split(/\s+/);
    if (from?.startsWith('/') && to && status === '301') redirects.set(from, to);
  }
  return redirects;
}

/** Where the server sends a request for `pathname` (with or without its trailing slash), if it is an old address. */
export function redirectFor(redirects: ReadonlyMap<string, string>, pathname: string): string | undefined {
  return redirects.get(pathname) ?? (pathname.endsWith('/') ? undefined : redirects.get(`${pathname}/`));
}

/** Serves a built site on 127.0.0.1; `dir` may be a function so the served release can be swapped while running. */
export async function serveStatic(dir: string | (() => string), port: number): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  // One handler for the release being served; a swap replaces it (old releases are deleted from disk).
  let current: { root: string; handler: ReturnType<typeof sirv> } | undefined;
  const handlerFor = (root: string) => {
    if (current?.root !== root) current = { root, handler: sirv(root, { dev: false, etag: true, extensions: ['html'] }) };
    return current.handler;
  };
  // The old addresses of the release being served, read again when its _redirects file changes.
  let redirects: { file: string; mtimeMs: number; map: Map<string, string> } | undefined;
  const redirectsOf = (root: string): ReadonlyMap<string, string> => {
    const file = join(root, REDIRECTS_FILE);
    const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : -1;
    if (redirects?.file !== file || redirects.mtimeMs !== mtimeMs) {
      redirects = { file, mtimeMs, map: mtimeMs < 0 ? new Map() : parseRedirects(readFileSync(file, 'utf8')) };
    }
    return redirects.map;
  };
  const server = createServer((req, res) => {
    const root = typeof dir === 'function' ? dir() : dir;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    const moved = redirectFor(redirectsOf(root), pathname);
    if (moved) {
      res.writeHead(301, { Location: `${moved}${url.search}`, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Cette page a changé d’adresse\u00a0: ${moved}\n`);
      return;
    }
    for (const [name, value] of Object.entries(staticHeaders(pathname))) res.setHeader(name, value);
    handlerFor(root)(req, res, () => {
      const notFound = resolve(root, '404.html');
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Page introuvable');
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
