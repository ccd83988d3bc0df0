import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import sirv from 'sirv';

const require = createRequire(import.meta.url);
export const siteDir = dirname(require.resolve('@dk20000/site/package.json'));

export interface BuildSiteOptions {
  strapiUrl: string;
  token?: string;
  tokenFile?: string;
  /** Where the static site is written; defaults to site/dist. */
  outDir?: string;
  /** Pipe the build's output to this terminal (default) or keep it and return it. */
  quiet?: boolean;
}

/** Builds the static site against a running CMS, then indexes it with Pagefind. */
export async function buildSite(options: BuildSiteOptions): Promise<{ outDir: string; output: string }> {
  const outDir = resolve(options.outDir ?? resolve(siteDir, 'dist'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    STRAPI_URL: options.strapiUrl,
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (options.token) env.STRAPI_TOKEN = options.token;
  if (options.tokenFile) env.STRAPI_TOKEN_FILE = options.tokenFile;
  let output = '';
  const run = async (command: string, args: string[]) => {
    const child = spawn(command, args, { cwd: siteDir, env, stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const [code] = await once(child, 'exit');
    if (code !== 0) throw new Error(`${[command, ...args].join(' ')} failed with code ${code}\n${output.slice(-4000)}`);
  };
  // Not require.resolve(`${name}/package.json`): pagefind's "exports" does not expose it.
  const siteRequire = createRequire(resolve(siteDir, 'package.json'));
  const bin = (name: string, file: string) => {
    for (const dir of siteRequire.resolve.paths(name) ?? []) {
      if (existsSync(resolve(dir, name, 'package.json'))) return resolve(dir, name, file);
    }
    throw new Error(`Cannot find the ${name} package from ${siteDir}: run npm install.`);
  };
  await run(process.execPath, [bin('astro', 'bin/astro.mjs'), 'build']);
  await run(process.execPath, [bin('pagefind', 'lib/runner/bin.cjs'), '--site', outDir]);
  return { outDir, output };
}

/** Serves a built site on 127.0.0.1; `dir` may be a function so the served release can be swapped while running. */
export async function serveStatic(dir: string | (() => string), port: number): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  // One handler for the release being served; a swap replaces it (old releases are deleted from disk).
  let current: { root: string; handler: ReturnType<typeof sirv> } | undefined;
  const handlerFor = (root: string) => {
    if (current?.root !== root) current = { root, handler: sirv(root, { dev: false, etag: true, extensions: ['html'] }) };
    return current.handler;
  };
  const server = createServer((req, res) => {
    const root = typeof dir === 'function' ? dir() : dir;
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
    close: () => new Promise((r) => server.close(() => r())),
  };
}
