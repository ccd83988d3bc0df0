import { search as en } from '../i18n/en/search';
import { search as fr, type SearchFacetKey, type SearchTypeName } from '../i18n/fr/search';
import type { Lang } from '../i18n/lang';
import { byName, countLabel } from './format';

/**
 * Search facets: the values each indexed page declares (written as `data-pagefind-filter` by SearchFacets.astro) and the
 * state of the search page (query string ⇄ term and selected values, Pagefind filter objects, the sentence announced).
 * Pure: used at build time by the component and in the browser by the search page.
 */

/**
 * The search text of each language, imported alone (not the whole dictionary): the search page's island bundles it.
 * Each language has its own Pagefind index (Pagefind splits the index by `<html lang>`), so facet values are in the
 * page's language.
 */
export const searchText = { fr, en } as const;

/** Facet keys, in the order the search page shows them. Also the query-string parameter of each facet (both languages). */
export const searchFacetKeys = Object.keys(fr.facets) as SearchFacetKey[];

type Named = string | { name: string } | null | undefined;

export interface SearchFacetsInput {
  /** The content type of the page (« Métier », « Entreprise »…). */
  type: SearchTypeName;
  sectors?: readonly Named[] | undefined;
  towns?: readonly Named[] | undefined;
  audiences?: readonly Named[] | undefined;
}

export interface SearchFilter {
  key: SearchFacetKey;
  value: string;
}

function clean(value: Named): string | undefined {
  const name = typeof value === 'string' ? value : value?.name;
  const trimmed = name?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

/** The facet values of one page: its type, then its sectors, towns and audiences, trimmed, without blanks or repeats. */
export function searchFilters(input: SearchFacetsInput, lang: Lang = 'fr'): SearchFilter[] {
  const groups: Array<[SearchFacetKey, readonly Named[]]> = [
    ['type', [searchText[lang].types[input.type]]],
    ['filiere', input.sectors ?? []],
    ['commune', input.towns ?? []],
    ['public', input.audiences ?? []],
  ];
  const out: SearchFilter[] = [];
  for (const [key, values] of groups) {
    const seen = new Set<string>();
    for (const raw of values) {
      const value = clean(raw);
      if (value === undefined || seen.has(value.toLocaleLowerCase(lang))) continue;
      seen.add(value.toLocaleLowerCase(lang));
      out.push({ key, value });
    }
  }
  return out;
}

/** The `data-pagefind-filter` attribute of one value: `key:value` (Pagefind splits on the first colon only). */
export function pagefindFilterAttribute(filter: SearchFilter): string {
  return `${filter.key}:${filter.value}`;
}

export type SelectedFacets = Record<SearchFacetKey, string[]>;

export interface SearchState {
  term: string;
  selected: SelectedFacets;
}

export function emptySelection(): SelectedFacets {
  return Object.fromEntries(searchFacetKeys.map((key) => [key, []])) as unknown as SelectedFacets;
}

/** `?q=soudeur&type=Métier&commune=Calais&commune=Dunkerque` → the term and the selected values. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const selected = emptySelection();
  for (const key of searchFacetKeys) {
    selected[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  }
  return { term: params.get('q')?.trim() ?? '', selected };
}

/** The query string of a state (`q` first, then each facet's values), for a shareable address. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const key of searchFacetKeys) {
    for (const value of state.selected[key]) params.append(key, value);
  }
  return params;
}

export type PagefindFilters = Partial<Record<SearchFacetKey, { any: string[] }>>;

/**
 * Pagefind's `filters` option: values of one facet are alternatives (any), facets add up (and). `except` leaves one
 * facet out, to count the values of that facet as if none of them were chosen.
 */
export function pagefindFilters(selected: SelectedFacets, except?: SearchFacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of searchFacetKeys) {
    if (key !== except && selected[key].length > 0) filters[key] = { any: [...selected[key]] };
  }
  return filters;
}

export function hasSelection(selected: SelectedFacets): boolean {
  return searchFacetKeys.some((key) => selected[key].length > 0);
}

export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one facet: every value the index knows, in the alphabetical order of the language (the content types
 * in the order given), with its count for the current search; values that would give nothing are left out unless chosen.
 */
export function facetOptions(
  known: readonly string[],
  counts: Readonly<Record<string, number>> | undefined,
  chosen: readonly string[],
  order?: readonly string[],
  lang: Lang = 'fr',
): FacetOption[] {
  const rank = (value: string) => {
    const i = order?.indexOf(value) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...new Set([...known, ...chosen])]
    .map((value) => ({ value, count: counts?.[value] ?? 0, checked: chosen.includes(value) }))
    .filter((option) => option.count > 0 || option.checked)
    .sort((a, b) => rank(a.value) - rank(b.value) || byName(lang)(a.value, b.value));
}

/** The content-type values in the order the facet lists them (French; `typeOrderIn(lang)` for a language). */
export const typeOrder: readonly string[] = Object.values(fr.types);

export function typeOrderIn(lang: Lang): readonly string[] {
  return Object.values(searchText[lang].types);
}

/** « 1 résultat », « 12 résultats »; « 1 result », « 12 results » */
export function resultCount(n: number, lang: Lang = 'fr'): string {
  return countLabel(n, searchText[lang].one, searchText[lang].many, lang);
}

/**
 * The sentence the status region announces: « 3 résultats pour « soudeur » avec les filtres Métier, Dunkerque. »,
 * « Aucun résultat pour « zzz ». ».
 */
export function resultSentence(n: number, state: SearchState, lang: Lang = 'fr'): string {
  const text = searchText[lang];
  const parts = [n === 0 ? text.none : resultCount(n, lang)];
  if (state.term) parts.push(lang === 'fr' ? `${text.forTerm} «\u00a0${state.term}\u00a0»` : `${text.forTerm} “${state.term}”`);
  const values = searchFacetKeys.flatMap((key) => state.selected[key]);
  if (values.length > 0) parts.push(`${values.length > 1 ? text.withFilters : text.withFilter} ${values.join(', ')}`);
  let sentence = `${parts.join(' ')}.`;
  if (n === 0 && values.length > 0) sentence += ` ${text.noneWithFilters}`;
  return sentence;
}
