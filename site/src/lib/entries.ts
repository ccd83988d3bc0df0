import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentTypeName } from '@dk20000/shared';
import { cacheKey } from './cache-key';
import { parseEntryId, type Locale } from './entry-id';
import { slugIndex } from './localized';

/**
 * The entries of a content type in one locale (collection entries are keyed `<locale>:<documentId>`, see the
 * loader). Pages read content only through here, so that a locale never leaks into the other.
 */
export async function getEntries<C extends ContentTypeName>(type: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  return (await getCollection(type, (entry) => parseEntryId(entry.id)?.locale === locale)) as CollectionEntry<C>[];
}

/** The published version of a single type (home, brand) in one locale, if any. */
export async function getSingle<C extends 'home' | 'brand'>(type: C, locale: Locale): Promise<CollectionEntry<C> | undefined> {
  return (await getEntries(type, locale))[0];
}

/**
 * What every page shows besides its own content (the footer lists the editorial pages and the year): part of the
 * cache key of every page built incrementally, so that renaming a footer page re-renders every page.
 */
export async function layoutCacheKey(locale: Locale): Promise<string> {
  // The brand too: its colours and logo are drawn in every page's Open Graph image, named in its head. Reading the
  // slug index first puts each entry's addresses in both languages into the cache keys of the pages showing it.
  await slugIndex();
  return cacheKey(
    'layout',
    locale,
    new Date().getFullYear(),
    await getEntries('pages', 'fr'),
    locale === 'fr' ? [] : await getEntries('pages', locale),
    await getEntries('brand', 'fr'),
  );
}

/** The entries (with their digests) of the data a page lists, in the order listed: for its cache key. */
export function listedEntries<E extends { data: { documentId: string } }>(
  entries: readonly E[],
  listed: ReadonlyArray<{ documentId: string }>,
): E[] {
  const byDocument = new Map(entries.map((entry) => [entry.data.documentId, entry]));
  return listed.flatMap((data) => byDocument.get(data.documentId) ?? []);
}
