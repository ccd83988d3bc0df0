import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveRelease } from './lib/releases.ts';
import { serveStatic, siteDir } from './lib/site.ts';
import { ensureCmsEnv, SERVICE_SECRETS, STRAPI_SECRETS } from '@dk20000/cms/scripts/env.ts';
import { cmsDir, startStrapi } from './lib/strapi.ts';
import { rebuildConfigFromEnv } from './rebuild/config.ts';
import { createRebuildService } from './rebuild/server.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);
const rebuildConfig = rebuildConfigFromEnv();
const REBUILD_URL = process.env.REBUILD_URL ?? `http://127.0.0.1:${rebuildConfig.port}`;
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4323);
const PREVIEW_URL = process.env.PREVIEW_URL ?? `http://127.0.0.1:${PREVIEW_PORT}`;

/** The shared contract, the CMS with its admin and the preview bundle: turbo rebuilds only what changed. */
function buildWhatIsMissing() {
  console.log('Building what is missing (shared contract, CMS and its admin, preview bundle — cached after the first time)…');
  const turbo = spawnSync(
    'npx',
    ['turbo', 'run', '@dk20000/cms#build', '@dk20000/site#build:preview', '--output-logs=errors-only'],
    { stdio: 'inherit', cwd: join(cmsDir, '..'), env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (turbo.status !== 0) process.exit(turbo.status ?? 1);
}

// cms/.env keeps this machine's secrets across restarts; it is created once and never committed.
const fromFile = ensureCmsEnv(cmsDir, { ...STRAPI_SECRETS, ...SERVICE_SECRETS });
buildWhatIsMissing();
// The environment wins over cms/.env, as it does for Strapi itself.
const rebuildSecret = process.env.REBUILD_SECRET || fromFile.REBUILD_SECRET;
const previewSecret = process.env.PREVIEW_SECRET || fromFile.PREVIEW_SECRET;

console.log(`Starting the CMS on http://127.0.0.1:${CMS_PORT} (the first start seeds the demo content)…`);
const strapi = await startStrapi({
  port: CMS_PORT,
  output: 'file',
  // Strapi registers its webhook to the rebuild service and builds preview links from these.
  env: { REBUILD_URL, REBUILD_SECRET: rebuildSecret, PREVIEW_URL, PREVIEW_SECRET: previewSecret },
});
// Until the first release is built, only the site's static assets are served.
const site = await serveStatic(() => liveRelease() ?? join(siteDir, 'public'), SITE_PORT);

console.log('Starting the rebuild service; first build of the site from the CMS content…');
const rebuild = await createRebuildService({
  ...rebuildConfig,
  secret: rebuildSecret,
  strapiUrl: strapi.url,
  token: undefined,
  tokenFile: strapi.tokenFile,
  initialBuild: 'start',
});

let stopping = false;

// ── Preview server (scripts/src/preview, 127.0.0.1:PREVIEW_PORT): drafts rendered with the site's components.
let preview: ChildProcess | undefined;
const previewMain = fileURLToPath(new URL('./preview/main.ts', import.meta.url));
if (existsSync(previewMain)) {
  preview = spawn(process.execPath, [previewMain], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PREVIEW_PORT: String(PREVIEW_PORT),
      PREVIEW_SECRET: previewSecret,
      STRAPI_URL: strapi.url,
      CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? strapi.url,
      SITE_URL: process.env.SITE_URL ?? site.url,
    },
  });
  preview.once('exit', (code, signal) => {
    if (!stopping) console.error(`The preview server stopped (${signal ?? `code ${code}`}): drafts cannot be previewed until npm start is run again.`);
    preview = undefined;
  });
}
// ── end of the preview server.

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  preview?.kill('SIGTERM');
  // Aborts a build in progress: its processes are killed, the live release stays.
  await rebuild.stop();
  await site.close();
  await strapi.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

await rebuild.idle();
const status = rebuild.status();
if (!status.live) {
  console.error(`The first site build failed: ${status.lastError?.message ?? 'unknown error'}\n${status.lastError?.detail ?? ''}`);
  console.error('The CMS keeps running: the next publication in the admin (or « Publier le site maintenant ») retries.');
} else if (status.lastBuild && !status.lastBuild.ok) {
  console.error(`The site build failed (${status.lastError?.message ?? 'unknown error'}): the last good release is still served.`);
}

console.log(`
  20 000 emplois durables is running
  Site            ${site.url}
  CMS admin       ${strapi.url}/admin   (${strapi.adminEmail} / ${strapi.adminPassword})
  Rebuild service ${rebuild.url}/status
  Preview         ${preview ? PREVIEW_URL : 'not available (scripts/src/preview is missing)'}
  CMS log         ${strapi.logFile}
  Publishing in the admin updates the site by itself within seconds   ·   Ctrl-C stops everything
`);
