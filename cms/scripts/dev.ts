// npm run dev -w @dk20000/cms: Strapi in development mode (admin with hot reload, Content-Type Builder)
// on 127.0.0.1:CMS_PORT (default 1337), with cms/.env's secrets generated on first use.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureCmsEnv } from './env.ts';

const cmsDir = process.cwd();
ensureCmsEnv(cmsDir);

const port = process.env.CMS_PORT ?? process.env.PORT ?? '1337';
const require = createRequire(join(cmsDir, 'package.json'));
const bin = join(dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
console.log(`Starting the CMS in development mode on http://127.0.0.1:${port}/admin (the first start seeds the demo content)…`);
const child = spawn(process.execPath, [bin, 'develop'], {
  cwd: cmsDir,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, BROWSER: 'none', STRAPI_TELEMETRY_DISABLED: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
