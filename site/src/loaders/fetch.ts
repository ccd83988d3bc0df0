import { contentTypes, type ContentTypeName } from '@dk20000/shared';
import type { Locale } from '../lib/entry-id';
import { getJson } from './http';

/** A published entry as the REST API returns it (populated by the CMS's populate middleware). */
export type RawEntry = Record<string, unknown> & { documentId: string };

interface ListResponse {
  data: Array<Record<string, unknown>>;
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

interface SingleResponse {
  data: Record<string, unknown> | null;
}

/** The CMS's `api.rest.maxLimit`. */
const PAGE_SIZE = 100;
/** documentIds per `filters[documentId][$in]` request: about 3 kB of URL. */
export const BATCH_SIZE = 50;

function isRaw(value: unknown): value is RawEntry {
  return typeof value === 'object' && value !== null && typeof (value as { documentId?: unknown }).documentId === 'string';
}

function listUrl(base: string, type: ContentTypeName, params: URLSearchParams): string {
  return `${base}/api/${contentTypes[type].apiPath}?${params.toString()}`;
}

function noRoute(base: string, type: ContentTypeName): Error {
  return new Error(
    `Strapi has no REST route ${base}/api/${contentTypes[type].apiPath} (404): is the "${contentTypes[type].uid}" content type deployed in this CMS?`,
  );
}

async function page(base: string, token: string, type: ContentTypeName, params: URLSearchParams): Promise<ListResponse> {
  const { status, body } = await getJson<ListResponse>(listUrl(base, type, params), token, type);
  if (status === 404 || !body) throw noRoute(base, type);
  return body;
}

/** The published version of a single type in a locale, `null` when there is none. */
export async function fetchSingle(base: string, token: string, type: ContentTypeName, locale: Locale): Promise<RawEntry | null> {
  const url = `${base}/api/${contentTypes[type].apiPath}?locale=${locale}`;
  const { body } = await getJson<SingleResponse>(url, token, type);
  return isRaw(body?.data) ? body.data : null;
}

/** Every published entry of a collection type in a locale, page after page. */
export async function* fetchAll(base: string, token: string, type: ContentTypeName, locale: Locale): AsyncGenerator<RawEntry> {
  let current = 1;
  let pageCount = 1;
  do {
    const params = new URLSearchParams({
      'pagination[page]': String(current),
      'pagination[pageSize]': String(PAGE_SIZE),
      'sort[0]': 'id:asc',
      locale,
    });
    const body = await page(base, token, type, params);
    for (const raw of body.data) if (isRaw(raw)) yield raw;
    pageCount = body.meta?.pagination?.pageCount ?? 1;
    current += 1;
  } while (current <= pageCount);
}

/** The published entries of a collection type in a locale with these documentIds, `BATCH_SIZE` per request. */
export async function* fetchByIds(
  base: string,
  token: string,
  type: ContentTypeName,
  locale: Locale,
  documentIds: readonly string[],
): AsyncGenerator<RawEntry> {
  for (let start = 0; start < documentIds.length; start += BATCH_SIZE) {
    const batch = documentIds.slice(start, start + BATCH_SIZE);
    const params = new URLSearchParams({ 'pagination[pageSize]': String(PAGE_SIZE), locale });
    batch.forEach((id, i) => params.set(`filters[documentId][$in][${i}]`, id));
    const body = await page(base, token, type, params);
    for (const raw of body.data) if (isRaw(raw)) yield raw;
  }
}
