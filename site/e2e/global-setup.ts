import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStrapi } from '@dk20000/scripts/lib/strapi';
import { buildSite, serveStatic } from '@dk20000/scripts/lib/site';
import { E2E_SITE_PORT, E2E_STRAPI_PORT } from './ports';

/** A demo CMS, the site built from it and served as in production; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'dk-e2e-'));
  const strapi = await startStrapi({ dataDir: join(root, 'cms'), port: E2E_STRAPI_PORT, seedDemo: true });
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    const { outDir } = await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir: join(root, 'site'), quiet: true });
    server = await serveStatic(outDir, E2E_SITE_PORT);
    // Specs that read every built page (languages.spec.ts: hreflang pairs) find the folder here; workers inherit it.
    process.env.E2E_SITE_DIR = outDir;
  } catch (error) {
    await strapi.stop();
    throw error;
  }
  // The site is static: the CMS is not needed while the browser tests run.
  await strapi.stop();
  return async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  };
}
