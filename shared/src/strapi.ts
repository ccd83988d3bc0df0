import { formatIssues, editorErrorMap } from './issues.js';
import { contentTypes, type ContentTypeName, type EntryOf } from './schemas/registry.js';

export interface FromStrapiOptions {
  /** Origin that serves relative media URLs, e.g. `http://127.0.0.1:1337`. */
  mediaBaseUrl: string;
}

/** Strapi bookkeeping the site never needs. */
export const STRAPI_META_KEYS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
]);

const NBSP = '\u00a0';
const REF_NAME_KEYS = ['name', 'title', 'firstName', 'month'] as const;

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMedia(value: PlainObject): boolean {
  return typeof value.mime === 'string' && typeof value.url === 'string';
}

function compact(object: PlainObject): PlainObject {
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Shallow copy of a Strapi object without its bookkeeping keys and null values. */
export function stripStrapiMeta(object: PlainObject): PlainObject {
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && value !== undefined && !STRAPI_META_KEYS.has(key)) out[key] = value;
  }
  return out;
}

/** Absolute URL of a media file: relative paths (`/uploads/x.png`) are prefixed with `mediaBaseUrl`. */
export function absoluteMediaUrl(url: string, mediaBaseUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  return `${mediaBaseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

function toMedia(media: PlainObject, options: FromStrapiOptions): PlainObject {
  return compact({
    url: absoluteMediaUrl(media.url as string, options.mediaBaseUrl),
    alt: media.alternativeText ?? '',
    width: media.width,
    height: media.height,
    mime: media.mime,
    name: media.name,
    size: media.size,
  });
}

/** Display name of an entry: its name, title, first name or month. */
export function entryName(entry: PlainObject): string | undefined {
  for (const key of REF_NAME_KEYS) {
    const value = entry[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function toRef(entry: PlainObject): PlainObject {
  return compact({ documentId: entry.documentId, slug: entry.slug, name: entryName(entry) });
}

function normalise(value: unknown, options: FromStrapiOptions): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    return value.map((item) => normalise(item, options)).filter((item) => item !== undefined);
  }
  if (!isPlainObject(value)) return value;
  if (isMedia(value)) return toMedia(value, options);
  if (typeof value.documentId === 'string') return toRef(value);
  return normaliseFields(value, options);
}

function normaliseFields(object: PlainObject, options: FromStrapiOptions): PlainObject {
  const out: PlainObject = {};
  for (const [key, raw] of Object.entries(object)) {
    if (STRAPI_META_KEYS.has(key)) continue;
    const value = normalise(raw, options);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Turns one Strapi 5 REST entry (or an array of entries) into the shape of the contract, without validating:
 * nulls become absent; `id`, `createdAt`, `publishedAt`, `createdBy`, `updatedBy`, `localizations` are dropped at
 * every level; media become `{ url (absolute), alt, width, height, mime, name, size }`; related entries become
 * `{ documentId, slug, name }`; components lose their `id`; blocks keep their nodes.
 */
export function fromStrapi(raw: unknown, options: FromStrapiOptions): unknown {
  if (Array.isArray(raw)) return raw.map((entry) => fromStrapi(entry, options));
  if (!isPlainObject(raw)) return raw;
  return normaliseFields(raw, options);
}

/** How an entry is named in issues: `« Batterie du Nord » (documentId abc123)`. */
export function entryLabel(entry: unknown): string {
  if (!isPlainObject(entry)) return '(not an object)';
  const name = entryName(entry) ?? (typeof entry.slug === 'string' ? entry.slug : undefined);
  const id = typeof entry.documentId === 'string' ? `(documentId ${entry.documentId})` : '(no documentId)';
  return name === undefined ? id : `«${NBSP}${name}${NBSP}» ${id}`;
}

export type ParseEntryResult<T> = { success: true; data: T } | { success: false; issues: string[] };

/** Maps a Strapi REST entry with `fromStrapi`, then validates it against the schema of its content type. */
export function parseEntry<N extends ContentTypeName>(
  type: N,
  raw: unknown,
  options: FromStrapiOptions,
): ParseEntryResult<EntryOf<N>> {
  const mapped = fromStrapi(raw, options);
  const result = contentTypes[type].schema.safeParse(mapped, { error: editorErrorMap });
  if (result.success) return { success: true, data: result.data as EntryOf<N> };
  return { success: false, issues: formatIssues(type, entryLabel(mapped), result.error) };
}

/** Parses a list of entries, keeping the valid ones and collecting the issues of the others. */
export function parseEntries<N extends ContentTypeName>(
  type: N,
  raws: readonly unknown[],
  options: FromStrapiOptions,
): { entries: EntryOf<N>[]; issues: string[] } {
  const entries: EntryOf<N>[] = [];
  const issues: string[] = [];
  for (const raw of raws) {
    const result = parseEntry(type, raw, options);
    if (result.success) entries.push(result.data);
    else issues.push(...result.issues);
  }
  return { entries, issues };
}
