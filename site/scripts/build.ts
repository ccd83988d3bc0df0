// npm run build -w @dk20000/site: the static site and its Pagefind index, in SITE_OUT_DIR (default site/dist).
// Reads the CMS that answers at STRAPI_URL (default http://127.0.0.1:CMS_PORT, 1337); when none answers
// there, starts a temporary one on the local database (cms/.tmp, seeded with the demo content when empty)
// for the duration of the build.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { delimiter, resolve } from 'node:path';
import { type RunningStrapi, startStrapi } from '@dk20000/scripts/lib/strapi';
import { cmsAnswers, cmsUrl, tokenEnv } from './cms.ts';

const siteDir = resolve(import.meta.dirname, '..');
const outDir = resolve(siteDir, process.env.SITE_OUT_DIR || 'dist');
const url = cmsUrl();

let temporary: RunningStrapi | undefined;
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  // astro and pagefind, also when this runs outside npm (node scripts/build.ts)
  PATH: [resolve(siteDir, 'node_modules/.bin'), resolve(siteDir, '../node_modules/.bin'), process.env.PATH].join(delimiter),
  STRAPI_URL: url,
  SITE_OUT_DIR: outDir,
  ASTRO_TELEMETRY_DISABLED: '1',
};

async function run(command: string, args: string[]) {
  const child = spawn(command, args, { cwd: siteDir, env, stdio: 'inherit' });
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${signal ?? `code ${code}`})`);
}

let failed = false;
try {
  if (await cmsAnswers(url)) {
    console.log(`Building the site from the CMS at ${url}`);
    Object.assign(env, tokenEnv());
  } else {
    const { hostname, port } = new URL(url);
    if (!['127.0.0.1', 'localhost'].includes(hostname)) throw new Error(`The CMS does not answer at ${url} (STRAPI_URL).`);
    console.log(`No CMS answers at ${url}: starting a temporary one on the local database (cms/.tmp) for this build…`);
    const seedDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === 'true' : process.env.NODE_ENV !== 'production';
    temporary = await startStrapi({ port: Number(port || 80), seedDemo });
    console.log(`Temporary CMS ready (log: ${temporary.logFile})`);
    Object.assign(env, { STRAPI_TOKEN_FILE: temporary.tokenFile });
    delete env.STRAPI_TOKEN;
  }
  await run('astro', ['build']);
  await run('pagefind', ['--site', outDir]);
  console.log(`Site built in ${outDir}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await temporary?.stop();
}
process.exit(failed ? 1 : 0);
