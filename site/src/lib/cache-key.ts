import { createHash } from 'node:crypto';

/** Something a page renders: a content entry (its id and content digest), a list of them, or a plain value. */
export type CacheKeyPart =
  | string
  | number
  | boolean
  | undefined
  | null
  | { id: string; digest?: string | number | undefined }
  | ReadonlyArray<CacheKeyPart>;

let addressesOf: ((entryId: string) => string | undefined) | undefined;

/**
 * Where a content entry's pages are in every language (lib/localized.ts registers it once the build's slug index is
 * read): part of the key of every page that renders the entry, since its language switcher and the links to the
 * entry follow those addresses. A page re-renders when an entry it shows is renamed or translated, not otherwise.
 */
export function setEntryAddresses(lookup: (entryId: string) => string | undefined): void {
  addressesOf = lookup;
}

function feed(hash: ReturnType<typeof createHash>, part: CacheKeyPart): void {
  if (Array.isArray(part)) {
    hash.update(`[${part.length}`);
    for (const item of part) feed(hash, item);
    hash.update(']');
  } else if (part !== null && typeof part === 'object') {
    const entry = part as { id: string; digest?: string | number };
    hash.update(`{${entry.id}=${entry.digest ?? '?'}@${addressesOf?.(entry.id) ?? ''}}`);
  } else {
    hash.update(`(${typeof part}:${String(part)})`);
  }
}

/**
 * The `cacheKey` of a page built incrementally (Astro `experimental.incrementalBuild`): a digest of everything it
 * renders — its entry, the entries it lists, the layout, the day when it filters by date. Astro re-renders the page
 * when the key differs from the previous build's and copies the previous output otherwise.
 */
export function cacheKey(...parts: CacheKeyPart[]): string {
  const hash = createHash('sha1');
  feed(hash, parts);
  return hash.digest('hex');
}

/** The calendar day in Paris (`2026-03-03`), for pages that filter by date. */
export function parisDay(now: number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
