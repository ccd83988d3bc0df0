import { createHash } from 'node:crypto';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds the file's version to every media URL of a raw entry (`/uploads/logo_ab12.png?v=3f2a…`, from its
 * `updatedAt`). Strapi keeps a file's URL when an editor replaces it, and Astro's image cache is keyed by URL: the
 * version makes a replaced file a new image, so the build can reuse every other transformed image from its cache.
 */
export function versionMediaUrls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => versionMediaUrls(item)) as T;
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [key, child] of Object.entries(value)) out[key] = versionMediaUrls(child);
  if (typeof out.url === 'string' && typeof out.mime === 'string' && !out.url.includes('?')) {
    const stamp = String(out.updatedAt ?? out.hash ?? '');
    if (stamp !== '') out.url = `${out.url}?v=${createHash('sha1').update(stamp).digest('hex').slice(0, 10)}`;
  }
  return out as T;
}
