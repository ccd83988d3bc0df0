import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { ensureCmsEnv, STRAPI_SECRETS } from '@dk20000/cms/scripts/env.ts';

const require = createRequire(import.meta.url);

export const cmsDir = dirname(require.resolve('@dk20000/cms/package.json'));
export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL ?? 'demo@example.org',
  password: process.env.DEMO_ADMIN_PASSWORD ?? 'Demo-20000-emplois',
};

export interface StartStrapiOptions {
  /** Folder of this instance's SQLite file, uploads, secrets, token file and log. Omit to use cms/.tmp and cms/public (npm start). */
  dataDir?: string;
  port?: number;
  seedDemo?: boolean;
  /** Where Strapi's own output goes: a log file in dataDir (default) or this terminal. */
  output?: 'file' | 'inherit';
  env?: Record<string, string>;
}

export interface RunningStrapi {
  url: string;
  token: string;
  tokenFile: string;
  adminEmail: string;
  adminPassword: string;
  logFile: string;
  stop(): Promise<void>;
}

/** Secrets for a throw-away instance; a persistent one reads them from cms/.env. */
export function randomSecrets(): Record<string, string> {
  return Object.fromEntries(Object.entries(STRAPI_SECRETS).map(([key, make]) => [key, make()]));
}

/** The secrets of the instance whose data lives in `dataDir`: generated once, kept there, so a restart on it is a real restart. */
function dataDirSecrets(dataDir: string): Record<string, string> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const secrets = randomSecrets();
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export function assertCmsBuilt() {
  if (!existsSync(join(cmsDir, 'dist', 'src', 'index.js')) || !existsSync(join(cmsDir, 'dist', 'build', 'index.html'))) {
    throw new Error('The CMS is not built: run `npm run build -w @dk20000/cms` (or `npm start`, which builds what is missing).');
  }
}

export async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number, describe: () => string) {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`Strapi exited with code ${exited} before it was ready.\n${describe()}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Strapi did not answer ${url}/_health within ${timeoutMs / 1000} s.\n${describe()}`);
}

/** Runs the built CMS (`strapi start`) on 127.0.0.1 and returns once it answers, seeded when asked and empty. */
export async function startStrapi(options: StartStrapiOptions = {}): Promise<RunningStrapi> {
  assertCmsBuilt();
  const port = options.port ?? 1337;
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOST: '127.0.0.1',
    PORT: String(port),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    SEED_DEMO: String(options.seedDemo ?? true),
    DEMO_ADMIN_EMAIL: DEMO_ADMIN.email,
    DEMO_ADMIN_PASSWORD: DEMO_ADMIN.password,
  };
  let tokenFile = resolve(cmsDir, process.env.SITE_TOKEN_FILE ?? '.tmp/site-build-token');
  let logFile = join(cmsDir, '.tmp', 'strapi.log');
  mkdirSync(dirname(logFile), { recursive: true });
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
    tokenFile = join(dataDir, 'site-build-token');
    Object.assign(env, dataDirSecrets(dataDir), {
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(dataDir, 'data.db'),
      PUBLIC_DIR: join(dataDir, 'public'),
      SITE_TOKEN_FILE: tokenFile,
      // Never the persistent instance's file: a throw-away CMS keeps its preview token to itself.
      PREVIEW_TOKEN_FILE: join(dataDir, 'preview-token'),
      // Strapi reads cms/.env too: without these, a throw-away CMS would call the local rebuild service with
      // npm start's secret. Its webhook and preview stay off unless the caller's env turns them on.
      REBUILD_SECRET: '',
      PREVIEW_SECRET: '',
    });
    logFile = join(dataDir, 'strapi.log');
  } else {
    // The persistent instance (cms/.tmp) reads its secrets from cms/.env: created with fresh ones on first use.
    ensureCmsEnv(cmsDir);
  }
  Object.assign(env, options.env);

  const bin = join(dirname(require.resolve('@strapi/strapi/package.json', { paths: [cmsDir] })), 'bin', 'strapi.js');
  const output = options.output ?? 'file';
  const child = spawn(process.execPath, [bin, 'start'], {
    cwd: cmsDir,
    env,
    stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  if (output === 'file') {
    const log = createWriteStream(logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const tail = () => (output === 'file' && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '');

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await once(child, 'exit');
    clearTimeout(timer);
  };

  try {
    await waitForHealth(url, child, 240_000, tail);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    token: readFileSync(tokenFile, 'utf8').trim(),
    tokenFile,
    adminEmail: DEMO_ADMIN.email,
    adminPassword: DEMO_ADMIN.password,
    logFile,
    stop,
  };
}
