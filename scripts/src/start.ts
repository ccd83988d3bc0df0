import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRelease, liveRelease } from './lib/releases.ts';
import { serveStatic, siteDir } from './lib/site.ts';
import { cmsDir, startStrapi } from './lib/strapi.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);

/** cms/.env keeps this machine's secrets across restarts; it is created once and never committed. */
function ensureCmsEnv() {
  const file = join(cmsDir, '.env');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const secret = () => randomBytes(16).toString('base64');
  const wanted: Record<string, () => string> = {
    APP_KEYS: () => `${secret()},${secret()}`,
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    JWT_SECRET: secret,
    ENCRYPTION_KEY: secret,
  };
  const missing = Object.keys(wanted).filter((key) => !new RegExp(`^${key}=`, 'm').test(existing));
  if (missing.length === 0) return;
  const lines = missing.map((key) => `${key}=${wanted[key]()}`);
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`);
  console.log(`cms/.env: generated ${missing.join(', ')}`);
}

function buildCms() {
  console.log('Building what is missing (shared contract, CMS and its admin — cached after the first time)…');
  const turbo = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@dk20000/cms', '--output-logs=errors-only'], {
    stdio: 'inherit',
    cwd: join(cmsDir, '..'),
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (turbo.status !== 0) process.exit(turbo.status ?? 1);
}

ensureCmsEnv();
buildCms();

console.log(`Starting the CMS on http://127.0.0.1:${CMS_PORT} (the first start seeds the demo content)…`);
const strapi = await startStrapi({ port: CMS_PORT, output: 'file' });
// Until the first release is built, only the site's static assets are served.
const site = await serveStatic(() => liveRelease() ?? join(siteDir, 'public'), SITE_PORT);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await site.close();
  await strapi.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

try {
  console.log('Building the site from the CMS content…');
  await buildRelease({ strapiUrl: strapi.url, tokenFile: strapi.tokenFile });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (!liveRelease()) await stop(1);
  console.error('The site build failed: the last good release is still served.');
}

console.log(`
  20 000 emplois durables is running
  Site            ${site.url}
  CMS admin       ${strapi.url}/admin   (${strapi.adminEmail} / ${strapi.adminPassword})
  CMS log         ${strapi.logFile}
  After editing content: npm run build:site   ·   Ctrl-C stops everything
`);
