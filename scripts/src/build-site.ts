/**
 * `npm run build:site`: one release from a terminal, through the same pipeline and lock as the
 * rebuild service (it waits for a build in progress), recorded in the same state (GET /status).
 */
import { resolve } from 'node:path';
import { runRelease } from './lib/releases.ts';
import { cmsDir } from './lib/strapi.ts';

const strapiUrl = process.env.STRAPI_URL ?? 'http://127.0.0.1:1337';
const tokenFile = process.env.STRAPI_TOKEN ? undefined : resolve(cmsDir, process.env.SITE_TOKEN_FILE ?? '.tmp/site-build-token');

const result = await runRelease({ strapiUrl, tokenFile, token: process.env.STRAPI_TOKEN, trigger: 'cli' });
if (result.ok) {
  console.log(`New release live: ${result.live} (${result.pages} pages, ${(result.durationMs / 1000).toFixed(1)} s).`);
  // The text says what readers get: the previous version, or (a brand colour below AA contrast) the default colour.
  for (const issue of result.contentIssues) console.warn(`Content issue: ${issue.text}`);
} else {
  console.error(result.failure);
  if (result.error?.detail) console.error(result.error.detail);
  if (result.failedStep === 'cms') console.error(`The CMS does not answer at ${strapiUrl}: start it with \`npm start\` (or set STRAPI_URL).`);
  console.error('The build failed: the site being served is unchanged.');
  process.exit(1);
}
