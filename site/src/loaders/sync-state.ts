import { contentTypeNames, type ContentTypeName } from '@dk20000/shared';
import { LOCALES, type Locale } from '../lib/entry-id';
import { getJson } from './http';

/**
 * What the CMS publishes in one locale, from its sync endpoint (`GET /api/site-sync/state?locale=fr`): for every
 * content type the documentId and an opaque version of each published entry, and the media files with their date.
 * One small server-side query per type, instead of paging every collection through REST.
 */
export interface LocaleState {
  locale: Locale;
  /**
   * Published entries of each type: documentId → what decides whether the entry must be fetched again, its version
   * and the digest of the published documents its relations show (`links` of the sync response, below). A type the
   * CMS did not list is absent.
   */
  types: Map<ContentTypeName, Map<string, string>>;
  /**
   * Published entries of every type together: documentId → version alone (relations point at documentIds). A
   * reference shows only the entry's slug and label, which depend on its version alone: a change of the entry's own
   * links does not refetch the entries that link it.
   */
  versions: Map<string, string>;
  /** Media files: documentId (or id) → last update. */
  media: Map<string, string>;
  /**
   * Slugs that published entries had before (renamed, or unpublished then published again), recorded by the CMS:
   * the site redirects them to the entry's current address. Empty from a CMS that keeps no history.
   */
  slugHistory: SlugHistoryRow[];
}

/** One recorded old slug: the registry type, the documentId, the slug, when the CMS recorded it (ISO). */
export interface SlugHistoryRow {
  type: ContentTypeName;
  documentId: string;
  slug: string;
  at: string;
}

export type SyncState = Record<Locale, LocaleState>;

interface SyncResponse {
  locale?: string;
  /**
   * [documentId, version, links?]: `links`, when present, changes whenever the set of published documents the entry's
   * relations show changes — which its version misses when a document it links on a bidirectional relation gets
   * published or unpublished, or when another entry links it from the owning side.
   */
  types?: Record<string, Array<[string, string] | [string, string, string]>>;
  media?: Array<[string | number, string]>;
  /** [registry type, documentId, old slug, recorded at]. */
  slugHistory?: Array<[string, string, string, string]>;
}

export const SYNC_PATH = '/api/site-sync/state';

function toLocaleState(locale: Locale, body: SyncResponse): LocaleState {
  const types = new Map<ContentTypeName, Map<string, string>>();
  const versions = new Map<string, string>();
  for (const type of contentTypeNames) {
    const rows = body.types?.[type];
    if (!Array.isArray(rows)) continue;
    const byId = new Map<string, string>();
    for (const [documentId, version, links] of rows) {
      byId.set(String(documentId), links ? `${version}|${links}` : String(version));
      versions.set(String(documentId), String(version));
    }
    types.set(type, byId);
  }
  const media = new Map<string, string>();
  for (const [id, updatedAt] of body.media ?? []) media.set(String(id), String(updatedAt));
  const known = new Set<string>(contentTypeNames);
  const slugHistory: SlugHistoryRow[] = [];
  for (const row of Array.isArray(body.slugHistory) ? body.slugHistory : []) {
    const [type, documentId, slug, at] = row.map(String);
    if (known.has(type) && documentId && slug) slugHistory.push({ type: type as ContentTypeName, documentId, slug, at: at ?? '' });
  }
  return { locale, types, versions, media, slugHistory };
}

export type SyncStateResult = { state: SyncState } | { state: null; reason: string };

/**
 * Reads the sync endpoint for every locale. `state: null` when the CMS has no such endpoint (an older CMS: 404) or
 * the token may not read it (403): the loader then lists every collection in full, as before.
 */
export async function readSyncState(base: string, token: string): Promise<SyncStateResult> {
  const results = await Promise.all(
    LOCALES.map(async (locale) => {
      const url = `${base}${SYNC_PATH}?locale=${locale}`;
      const response = await getJson<SyncResponse>(url, token, 'the sync state', [400, 403, 404]);
      return { locale, url, response };
    }),
  );
  const state = {} as SyncState;
  for (const { locale, url, response } of results) {
    if (response.status === 404) return { state: null, reason: `the CMS has no sync endpoint (${url} answered 404)` };
    if (response.status === 403) {
      return { state: null, reason: `the API token may not read the sync endpoint (${url} answered 403)` };
    }
    if (response.status === 400) {
      // The CMS does not have this locale: nothing is published in it.
      state[locale] = toLocaleState(locale, { types: Object.fromEntries(contentTypeNames.map((t) => [t, []])), media: [] });
      continue;
    }
    state[locale] = toLocaleState(locale, response.body ?? {});
  }
  return { state };
}

/*
 * One Astro content sync runs the 17 collection loaders at the same time: they share one reading of the sync
 * endpoint (a "round"). A collection asking a second time starts a new round (the next sync, in `astro dev`, or a
 * test loading twice), and so does any request after ROUND_MAX_AGE_MS.
 */

const ROUND_MAX_AGE_MS = 60_000;

interface Round {
  key: string;
  startedAt: number;
  consumers: Set<string>;
  result: Promise<SyncStateResult>;
}

let round: Round | undefined;

export function syncRound(collection: string, base: string, token: string): Promise<SyncStateResult> {
  const key = `${base}\n${token}`;
  const now = Date.now();
  if (!round || round.key !== key || round.consumers.has(collection) || now - round.startedAt > ROUND_MAX_AGE_MS) {
    const result = readSyncState(base, token);
    const current: Round = { key, startedAt: now, consumers: new Set(), result };
    // A failed reading is not kept: the next request tries again.
    result.catch(() => {
      if (round === current) round = undefined;
    });
    round = current;
  }
  round.consumers.add(collection);
  return round.result;
}

/** Forgets the current round, so that the next load reads the CMS again. */
export function forgetSyncRound(): void {
  round = undefined;
}
