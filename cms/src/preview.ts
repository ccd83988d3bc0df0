import { contentTypeByUid, type ContentTypeName } from '@dk20000/shared';

/** The types an editor can preview: each has a page of its own on the site. */
export const PREVIEWABLE_TYPES: readonly ContentTypeName[] = ['companies', 'events', 'careerStories', 'trainingPaths', 'jobs', 'pages', 'articles'];

export interface PreviewServer {
  url: string;
  secret: string;
}

/**
 * The preview server's URL of a document, or null when its type has no page (Strapi then shows no preview)
 * or when no preview secret is configured.
 */
export function previewUrl(
  server: PreviewServer,
  uid: string,
  { documentId, locale, status }: { documentId: string; locale?: string; status?: string },
): string | null {
  const name = contentTypeByUid(uid);
  if (!name || !PREVIEWABLE_TYPES.includes(name) || !server.secret) return null;
  const query = new URLSearchParams({ locale: locale ?? 'fr', status: status === 'published' ? 'published' : 'draft', secret: server.secret });
  return `${server.url.replace(/\/+$/, '')}/preview/${name}/${encodeURIComponent(documentId)}?${query}`;
}
