/**
 * Filters of the list pages (/metiers/, /formations/): one static page per value of one filter
 * (/metiers/filiere/<sector>/, /formations/format/<format>/…), so that every filtered list is a plain, shareable URL
 * that works without JavaScript. Pure helpers: values, slugs, counts and matching entries.
 */

/** One value a list can be filtered by: its key in the data (enum value or documentId), its URL slug and label. */
export interface FilterValue {
  key: string;
  slug: string;
  label: string;
}

/** A value as the filter list shows it: a link with the number of entries that have it. */
export interface FilterOption extends FilterValue {
  href: string;
  count: number;
  /** The list page shown is this value's. */
  current: boolean;
}

/**
 * A readable URL segment from a French label: « Sans diplôme » → `sans-diplome`, « Bac+2 » → `bac-plus-2`,
 * « CAP/BEP » → `cap-bep`, « Garde d’enfants » → `garde-d-enfants`.
 */
export function filterSlug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The values of an enumeration in their declared order, each with the slug of its label, or of `slugLabel` (the
 * French label: a filter page of an enumeration value has the same slug in both languages).
 */
export function enumFilterValues<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
  slugLabel: (value: V) => string = label,
): FilterValue[] {
  return values.map((key) => ({ key, slug: filterSlug(slugLabel(key)), label: label(key) }));
}

/**
 * Values of linked entries (sectors, audiences): those of the collection plus any the listed entries point at,
 * once each (by documentId), only those with a slug, in the alphabetical order of `lang` (French unless given).
 */
export function refFilterValues(
  collection: ReadonlyArray<{ documentId: string; slug?: string | undefined; name: string }>,
  referenced: ReadonlyArray<{ documentId: string; slug?: string | undefined; name: string }>,
  lang: 'fr' | 'en' = 'fr',
): FilterValue[] {
  const byId = new Map<string, FilterValue>();
  for (const ref of [...collection, ...referenced]) {
    if (!ref.slug || byId.has(ref.documentId)) continue;
    byId.set(ref.documentId, { key: ref.documentId, slug: ref.slug, label: ref.name });
  }
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label, lang, { sensitivity: 'base', numeric: true }));
}

/** How many items have each key (an item with several keys counts once for each of them). */
export function countByKey<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The items that have `key`, in their order. */
export function withKey<T>(items: readonly T[], keysOf: (item: T) => readonly string[], key: string): T[] {
  return items.filter((item) => keysOf(item).includes(key));
}

/** The links of one filter: `<base><slug>/` for each value, with its count over all items and the current one marked. */
export function filterOptions<T>(
  values: readonly FilterValue[],
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  base: string,
  currentSlug?: string,
): FilterOption[] {
  const counts = countByKey(items, keysOf);
  return values.map((value) => ({
    ...value,
    href: `${base}${value.slug}/`,
    count: counts.get(value.key) ?? 0,
    current: value.slug === currentSlug,
  }));
}
