import type { Core } from '@strapi/strapi';
import { contentTypes } from '@dk20000/shared';
import { ensureApiToken } from './api-token';

export const SITE_TOKEN_NAME = 'Construction du site';
export const SITE_SYNC_ACTION = 'api::site-sync.site-sync.state';

/** What the static site build may read: the published content of the registry's types and the sync state, nothing else. */
export function siteTokenPermissions(): string[] {
  const reads = Object.values(contentTypes).flatMap(({ uid, kind }) => (kind === 'single' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]));
  return [...reads, SITE_SYNC_ACTION];
}

/** The static site build reads the CMS with this token; its key is written to SITE_TOKEN_FILE, where the build picks it up. */
export async function ensureSiteToken(strapi: Core.Strapi) {
  await ensureApiToken(strapi, {
    name: SITE_TOKEN_NAME,
    description: 'Lecture du contenu publié et de l’état de synchronisation, utilisé par la construction du site statique.',
    permissions: siteTokenPermissions(),
    file: strapi.config.get('site.tokenFile') as string,
  });
}
