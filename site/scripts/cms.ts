// Where the site's build and dev server find the CMS, and the read token they use.
import { resolve } from 'node:path';
import { cmsDir } from '@dk20000/scripts/lib/strapi';

/** STRAPI_URL, else the local CMS on CMS_PORT (default 1337). */
export function cmsUrl(): string {
  return (process.env.STRAPI_URL || `http://127.0.0.1:${process.env.CMS_PORT || 1337}`).replace(/\/+$/, '');
}

/** True when a CMS answers its health check at `url`. */
export async function cmsAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_health`, { signal: AbortSignal.timeout(5_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** The file the local CMS writes its site build token to (SITE_TOKEN_FILE, relative to cms/). */
export const localTokenFile = (): string => resolve(cmsDir, process.env.SITE_TOKEN_FILE || '.tmp/site-build-token');

/** The token variables of the build: STRAPI_TOKEN or STRAPI_TOKEN_FILE when set, else the local CMS's token file. */
export function tokenEnv(): Record<string, string> {
  if (process.env.STRAPI_TOKEN || process.env.STRAPI_TOKEN_FILE) return {};
  return { STRAPI_TOKEN_FILE: localTokenFile() };
}
