import { resolve } from 'node:path';
import { buildRelease } from './lib/releases.ts';
import { cmsDir } from './lib/strapi.ts';

const strapiUrl = process.env.STRAPI_URL ?? 'http://127.0.0.1:1337';
const tokenFile = process.env.STRAPI_TOKEN ? undefined : resolve(cmsDir, process.env.SITE_TOKEN_FILE ?? '.tmp/site-build-token');

try {
  await fetch(`${strapiUrl}/_health`);
} catch {
  console.error(`The CMS does not answer at ${strapiUrl}: start it with \`npm start\` (or set STRAPI_URL).`);
  process.exit(1);
}

try {
  const live = await buildRelease({ strapiUrl, tokenFile, token: process.env.STRAPI_TOKEN });
  console.log(`New release live: ${live}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('The build failed: the site being served is unchanged.');
  process.exit(1);
}
