import type { Core, UID } from '@strapi/strapi';
import { contentTypes, PREVIEW_TYPES } from '@dk20000/shared';
import { ensureApiToken } from './api-token';

export const PREVIEW_TOKEN_NAME = 'Aperçu des brouillons';

let previewTokenId: number | undefined;

/** True when the request is authenticated with the preview token: the only caller allowed to read drafts. */
export function isPreviewToken(auth: { strategy?: { name?: string }; credentials?: { id?: unknown } } | undefined): boolean {
  return previewTokenId !== undefined && auth?.strategy?.name === 'content-api-token' && auth.credentials?.id === previewTokenId;
}

/**
 * Every api:: type a relation of `uid` points at (through components too): Strapi 5 silently leaves out
 * of a response the relations whose target the token may not `find`, so the preview needs `find` on them.
 */
function relationTargets(strapi: Core.Strapi, uid: string, seen = new Set<string>()): Set<string> {
  const targets = new Set<string>();
  if (seen.has(uid)) return targets;
  seen.add(uid);
  for (const attribute of Object.values(strapi.getModel(uid as UID.Schema).attributes) as any[]) {
    if (attribute.type === 'relation' && attribute.target?.startsWith('api::')) targets.add(attribute.target);
    if (attribute.type === 'component') relationTargets(strapi, attribute.component, seen).forEach((t) => targets.add(t));
  }
  return targets;
}

export function previewTokenPermissions(strapi: Core.Strapi): string[] {
  const uids = PREVIEW_TYPES.map((name) => contentTypes[name].uid as string);
  const related = new Set(uids.flatMap((uid) => [...relationTargets(strapi, uid)]));
  return [...uids.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]), ...[...related].filter((uid) => !uids.includes(uid)).map((uid) => `${uid}.find`)];
}

/** The preview server reads drafts with this token; its key is written to PREVIEW_TOKEN_FILE. */
export async function ensurePreviewToken(strapi: Core.Strapi) {
  previewTokenId = await ensureApiToken(strapi, {
    name: PREVIEW_TOKEN_NAME,
    description: 'Lecture des brouillons des contenus prévisualisables, utilisé par le serveur d’aperçu.',
    permissions: previewTokenPermissions(strapi),
    file: strapi.config.get('site.preview.tokenFile') as string,
  });
}
