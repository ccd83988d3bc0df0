/**
 * The preview server as a process: `node scripts/src/preview/main.ts` (npm start runs it).
 * Env: PREVIEW_PORT (4323), PREVIEW_SECRET (required), PREVIEW_TOKEN or PREVIEW_TOKEN_FILE (.tmp/preview-token,
 * relative to cms/), STRAPI_URL (http://127.0.0.1:1337), CMS_PUBLIC_URL (STRAPI_URL), SITE_URL (http://127.0.0.1:4321).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from '../lib/site.ts';
import { previewOptionsFromEnv } from './config.ts';
import { defaultBundleDir, startPreviewServer } from './server.ts';

if (!existsSync(join(defaultBundleDir, 'server', 'entry.mjs'))) {
  // Normally built (and cached) by turbo before npm start; a fresh checkout run directly builds it once here.
  console.log('[preview] building the preview bundle (npm run build:preview -w @dk20000/site)…');
  const built = spawnSync('npm', ['run', 'build:preview'], { cwd: siteDir, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const options = previewOptionsFromEnv(process.env);
if (!options.secret) console.warn('[preview] PREVIEW_SECRET is not set: every preview request will be refused (401).');
const preview = await startPreviewServer(options);
console.log(`[preview] listening on ${preview.url} (framed by ${new URL(options.cmsPublicUrl).origin})`);

const stop = () => void preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
