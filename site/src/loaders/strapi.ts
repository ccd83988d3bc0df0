import type { Loader, LoaderContext } from 'astro/loaders';
import { contentTypes, fromStrapi, parseEntry, type ContentTypeName } from '@dk20000/shared';
import { strapiToken, strapiUrl } from '../lib/strapi-env';

export interface StrapiLoaderOptions {
  type: ContentTypeName;
}

const PAGE_SIZE = 100;
const LOCALE = 'fr';
const META_LAST_UPDATE = 'lastUpdatedAt';

interface StrapiListResponse {
  data: Array<Record<string, unknown>>;
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

interface StrapiSingleResponse {
  data: Record<string, unknown> | null;
}

/** GET a Strapi REST URL as JSON; `null` when the resource does not exist (404). */
async function getJson<T>(url: string, token: string, what: string): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new Error(
      `Strapi is unreachable at ${url} (${reason}). Start the CMS (npm start, or npm run dev -w @dk20000/cms) or point STRAPI_URL to it.`,
    );
  }
  if (response.status === 401) {
    throw new Error(
      `Strapi rejected the API token (401 Unauthorized) for ${url}. Check STRAPI_TOKEN / STRAPI_TOKEN_FILE: it must be the read-only token created by the CMS bootstrap for this CMS instance.`,
    );
  }
  if (response.status === 403) {
    throw new Error(
      `Strapi forbids reading ${what} (403 Forbidden) at ${url}. The API token lacks the find/findOne permission on this content type: check the token's permissions in the admin (Settings › API Tokens) or the CMS bootstrap.`,
    );
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 300);
    throw new Error(`Strapi answered ${response.status} ${response.statusText} for ${url}: ${body}`);
  }
  return (await response.json()) as T;
}

async function* fetchRawEntries(type: ContentTypeName, base: string, token: string): AsyncGenerator<Record<string, unknown>> {
  const { apiPath, kind } = contentTypes[type];
  if (kind === 'single') {
    const url = `${base}/api/${apiPath}?locale=${LOCALE}`;
    const body = await getJson<StrapiSingleResponse>(url, token, type);
    if (body?.data) yield body.data;
    return;
  }
  let page = 1;
  let pageCount = 1;
  do {
    const url = `${base}/api/${apiPath}?pagination[page]=${page}&pagination[pageSize]=${PAGE_SIZE}&sort[0]=id:asc&locale=${LOCALE}`;
    const body = await getJson<StrapiListResponse>(url, token, type);
    if (!body) {
      throw new Error(`Strapi has no REST route ${base}/api/${apiPath} (404): is the "${contentTypes[type].uid}" content type deployed in this CMS?`);
    }
    for (const raw of body.data) yield raw;
    pageCount = body.meta?.pagination?.pageCount ?? 1;
    page += 1;
  } while (page <= pageCount);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Astro content loader reading one content type of the CMS (published French versions only)
 * through its REST API with the read-only token. Entries that break the contract are reported
 * and left out; the build goes on with the others.
 */
export function strapiLoader({ type }: StrapiLoaderOptions): Loader {
  const definition = contentTypes[type];
  if (!definition) throw new Error(`strapiLoader: unknown content type "${String(type)}"`);

  return {
    name: `strapi:${type}`,
    async load({ store, meta, logger, parseData, generateDigest }: LoaderContext) {
      if (process.env.SITE_CONTENT_OFFLINE === '1') {
        // Type checking needs the schemas only, not the content: no CMS required.
        logger.info(`${type}: not fetched (SITE_CONTENT_OFFLINE=1)`);
        return;
      }
      const base = strapiUrl();
      const token = strapiToken();
      const seen = new Set<string>();
      let skipped = 0;
      let lastUpdatedAt = meta.get(META_LAST_UPDATE) ?? '';

      for await (const raw of fetchRawEntries(type, base, token)) {
        const mapped = fromStrapi(raw, { mediaBaseUrl: base }) as Record<string, unknown>;
        const checked = parseEntry(type, raw, { mediaBaseUrl: base });
        if (!checked.success) {
          skipped += 1;
          for (const issue of checked.issues) logger.warn(issue);
          continue;
        }
        const id = definition.kind === 'single' ? type : checked.data.documentId;
        const data = await parseData({ id, data: mapped });
        store.set({ id, data, digest: generateDigest(data) });
        seen.add(id);
        if (checked.data.updatedAt > lastUpdatedAt) lastUpdatedAt = checked.data.updatedAt;
      }

      for (const id of store.keys()) {
        if (!seen.has(id)) store.delete(id);
      }
      if (lastUpdatedAt) meta.set(META_LAST_UPDATE, lastUpdatedAt);

      logger.info(`${type}: ${plural(seen.size, 'entry', 'entries')}, ${skipped} skipped`);
    },
  };
}
