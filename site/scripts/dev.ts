// npm run dev -w @dk20000/site: Astro's dev server on 127.0.0.1:SITE_PORT (default 4321), reading the CMS
// at STRAPI_URL (default http://127.0.0.1:CMS_PORT, 1337). `npm run dev` at the root starts that CMS beside
// it (strapi develop): this waits until it answers and has written the site build token.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cmsAnswers, cmsUrl, tokenEnv } from './cms.ts';

const url = cmsUrl();
const port = process.env.SITE_PORT || '4321';
const WAIT_MS = 15 * 60_000;

const started = Date.now();
let lastNotice = 0;
const tokens = tokenEnv();
const ready = async () => (await cmsAnswers(url)) && (!tokens.STRAPI_TOKEN_FILE || existsSync(tokens.STRAPI_TOKEN_FILE));
while (!(await ready())) {
  if (Date.now() - started > WAIT_MS) {
    console.error(`The CMS did not answer at ${url} within ${WAIT_MS / 60_000} min: start it (npm run dev at the root, or npm start) or set STRAPI_URL.`);
    process.exit(1);
  }
  if (Date.now() - lastNotice > 30_000) {
    console.log(`Waiting for the CMS at ${url} (npm run dev starts it; its first start takes a few minutes)…`);
    lastNotice = Date.now();
  }
  await sleep(2_000);
}

console.log(`CMS ready at ${url}: starting the site on http://127.0.0.1:${port}`);
const siteDir = resolve(import.meta.dirname, '..');
const child = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', port], {
  cwd: siteDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...tokens,
    PATH: [resolve(siteDir, 'node_modules/.bin'), resolve(siteDir, '../node_modules/.bin'), process.env.PATH].join(delimiter),
    STRAPI_URL: url,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
