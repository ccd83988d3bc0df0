/**
 * File names made from slugs (`/agenda/lieu/<slug>.ics`, `/api/v1/programme/lieu/<slug>.json`). Strapi accepts slugs
 * of up to 255 characters, the longest file name most file systems allow: with an extension such a name cannot be
 * written. Short slugs (all real ones) are used as they are; a longer one keeps its start and ends with a hash of the
 * whole slug, so the name stays stable and unique. The widget computes the same names in the reader's browser.
 */

/** Longest slug used as is in a file name. */
export const FILE_SLUG_MAX = 200;

/** 32-bit FNV-1a of a string, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The stem of the file named after `slug`: the slug itself when at most FILE_SLUG_MAX characters long. */
export function fileSlug(slug: string): string {
  if (slug.length <= FILE_SLUG_MAX) return slug;
  return `${slug.slice(0, FILE_SLUG_MAX - 9)}-${fnv1a(slug)}`;
}
