import { contentTypeByUid, isPreviewType } from '@dk20000/shared';

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
  if (!name || !isPreviewType(name) || !server.secret) return null;
  const query = new URLSearchParams({ locale: locale ?? 'fr', status: status === 'published' ? 'published' : 'draft', secret: server.secret });
  return `${server.url.replace(/\/+$/, '')}/preview/${name}/${encodeURIComponent(documentId)}?${query}`;
}
