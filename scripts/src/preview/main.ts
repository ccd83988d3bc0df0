/**
 * The preview server as a process: `node scripts/src/preview/main.ts` (npm start runs it).
 * Env: PREVIEW_PORT (4323), PREVIEW_SECRET (required), PREVIEW_TOKEN or PREVIEW_TOKEN_FILE (.tmp/preview-token,
 * relative to cms/), STRAPI_URL (http://127.0.0.1:1337), CMS_PUBLIC_URL (STRAPI_URL), SITE_URL (http://127.0.0.1:4321).
 */
import { previewOptionsFromEnv } from './config.ts';
import { startPreviewServer } from './server.ts';

const options = previewOptionsFromEnv(process.env);
if (!options.secret) console.warn('[preview] PREVIEW_SECRET is not set: every preview request will be refused (401).');
const preview = await startPreviewServer(options);
console.log(`[preview] listening on ${preview.url} (framed by ${new URL(options.cmsPublicUrl).origin})`);

const stop = () => void preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
