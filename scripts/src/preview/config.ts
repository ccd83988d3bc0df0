import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cmsDir } from '../lib/strapi.ts';
import { CmsReadError } from './cms.ts';
import type { PreviewServerOptions } from './server.ts';

export const DEFAULT_PREVIEW_PORT = 4323;
const DEFAULT_STRAPI_URL = 'http://127.0.0.1:1337';

/** The preview token: PREVIEW_TOKEN, else the file PREVIEW_TOKEN_FILE (relative to cms/) that the CMS writes on start. */
export function previewTokenReader(env: NodeJS.ProcessEnv): () => string {
  const inline = env.PREVIEW_TOKEN?.trim();
  if (inline) return () => inline;
  const file = resolve(cmsDir, env.PREVIEW_TOKEN_FILE || '.tmp/preview-token');
  return () => {
    let token = '';
    try {
      token = readFileSync(file, 'utf8').trim();
    } catch {
      // reported below
    }
    if (!token) {
      throw new CmsReadError(`Le jeton d’aperçu est introuvable (${file}) : démarrez le CMS, qui le crée.`, 502);
    }
    return token;
  };
}

export function previewOptionsFromEnv(env: NodeJS.ProcessEnv): PreviewServerOptions {
  const strapiUrl = env.STRAPI_URL || DEFAULT_STRAPI_URL;
  return {
    port: Number(env.PREVIEW_PORT || DEFAULT_PREVIEW_PORT),
    strapiUrl,
    cmsPublicUrl: env.CMS_PUBLIC_URL || strapiUrl,
    secret: env.PREVIEW_SECRET ?? '',
    token: previewTokenReader(env),
    siteUrl: env.SITE_URL || 'http://127.0.0.1:4321',
  };
}
