import type { SearchFacetKey } from '../i18n/fr/search';
import type { Lang } from '../i18n/lang';
import {
  emptySelection,
  facetOptions,
  hasSelection,
  pagefindFilters,
  parseSearchParams,
  resultSentence,
  type PagefindFilters,
  type SearchState,
  searchFacetKeys,
  searchParamsOf,
  searchText,
  typeOrderIn,
} from '../lib/search';
import { countLabel, formatNumber } from '../lib/format';

/**
 * The search page's island. Pagefind (its script, WebAssembly and index) is fetched only once the reader uses the
 * search: focus in the box, a submitted query, or an address that already carries one (/recherche/?q=…).
 * Its language is the page's (`<html lang>`): Pagefind then loads the index of that language only, so the French
 * search finds French pages and the English one (/en/search/) English-site pages.
 */

const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
const text = searchText[lang];

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Partial<Record<string, string[]>>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

type FilterCounts = Partial<Record<string, Record<string, number>>>;

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';
const TYPING_DELAY_MS = 350;

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline) may be retried by the next search.
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-[color:var(--color-line)] pb-5';
  const heading = document.createElement('h2');
  heading.className = 'text-xl font-bold';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const about = [...(data.filters.type ?? []), ...(data.filters.commune ?? [])];
  if (about.length > 0) {
    const kind = document.createElement('p');
    kind.className = 'mt-1 text-sm font-semibold text-[color:var(--color-accent)]';
    kind.textContent = about.join(' · ');
    item.append(kind);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1';
  // Pagefind escapes the indexed text; the only markup in an excerpt is <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

interface FacetControl {
  key: SearchFacetKey;
  fieldset: HTMLFieldSetElement;
  items: Map<string, { item: HTMLLIElement; input: HTMLInputElement; count: HTMLElement; sr: HTMLElement }>;
}

export function runSearchPage(): void {
  const form = element<HTMLFormElement>('recherche-form');
  const input = element<HTMLInputElement>('recherche-q');
  const status = element<HTMLElement>('recherche-statut');
  const list = element<HTMLOListElement>('recherche-resultats');
  const more = element<HTMLButtonElement>('recherche-plus');
  const panel = element<HTMLElement>('recherche-facettes');
  const groups = element<HTMLElement>('recherche-facettes-groupes');
  const clear = element<HTMLButtonElement>('recherche-effacer');
  const refineHeading = element<HTMLElement>('recherche-affiner');
  const toggle = element<HTMLButtonElement>('recherche-filtres-bouton');

  const state: SearchState = parseSearchParams(new URL(window.location.href).searchParams);
  let controls: FacetControl[] | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let typingTimer: number | undefined;

  function writeAddress(): void {
    const query = searchParamsOf(state).toString();
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }

  function buildFacets(known: FilterCounts): FacetControl[] {
    return searchFacetKeys.map((key) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'mt-5';
      const legend = document.createElement('legend');
      legend.className = 'font-bold';
      legend.textContent = text.facets[key];
      const ul = document.createElement('ul');
      ul.className = 'mt-2 space-y-1';
      fieldset.append(legend, ul);
      const items: FacetControl['items'] = new Map();
      const values = facetOptions(Object.keys(known[key] ?? {}), known[key], state.selected[key], key === 'type' ? typeOrderIn(lang) : undefined, lang);
      values.forEach(({ value }, index) => {
        const item = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `facette-${key}-${index}`;
        box.value = value;
        box.className = 'h-5 w-5 shrink-0';
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.className = 'flex min-h-11 cursor-pointer items-center gap-2 [overflow-wrap:anywhere]';
        const name = document.createElement('span');
        name.textContent = value;
        const count = document.createElement('span');
        count.className = 'ml-auto min-w-7 shrink-0 whitespace-nowrap rounded-full bg-white px-2 text-center text-sm font-semibold text-[color:var(--color-primary-dark)]';
        count.setAttribute('aria-hidden', 'true');
        const sr = document.createElement('span');
        sr.className = 'sr-only';
        label.append(box, name, count, sr);
        item.append(label);
        ul.append(item);
        items.set(value, { item, input: box, count, sr });
        box.addEventListener('change', () => {
          const chosen = new Set(state.selected[key]);
          if (box.checked) chosen.add(value);
          else chosen.delete(value);
          state.selected[key] = [...chosen];
          writeAddress();
          void run();
        });
      });
      groups.append(fieldset);
      return { key, fieldset, items };
    });
  }

  function updateFacets(countsByKey: Record<SearchFacetKey, Record<string, number> | undefined>): void {
    if (!controls) return;
    for (const control of controls) {
      const shown = new Set(
        facetOptions([...control.items.keys()], countsByKey[control.key], state.selected[control.key], undefined, lang).map((o) => o.value),
      );
      for (const [value, parts] of control.items) {
        const count = countsByKey[control.key]?.[value] ?? 0;
        parts.item.hidden = !shown.has(value);
        parts.input.checked = state.selected[control.key].includes(value);
        parts.count.textContent = formatNumber(count, lang);
        parts.sr.textContent = ` (${countLabel(count, text.one, text.many, lang)})`;
      }
      control.fieldset.hidden = shown.size === 0;
    }
    clear.hidden = !hasSelection(state.selected);
    updateToggle();
  }

  function updateToggle(): void {
    const open = !groups.hasAttribute('data-collapsed');
    const chosen = searchFacetKeys.reduce((n, key) => n + state.selected[key].length, 0);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = `${open ? text.hideFilters : text.showFilters}${chosen > 0 ? ` (${text.chosen(chosen)})` : ''}`;
  }

  async function showMore(): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const term = state.term;
    if (term === '' && !hasSelection(state.selected)) {
      list.replaceChildren();
      more.hidden = true;
      pending = [];
      panel.hidden = true;
      status.textContent = text.prompt;
      return;
    }
    if (list.children.length === 0) status.textContent = text.loading;
    try {
      const pagefind = await loadPagefind();
      if (!controls) controls = buildFacets(await pagefind.filters());
      const query = term === '' ? null : term;
      const main = await pagefind.search(query, { filters: pagefindFilters(state.selected) });
      // The values of a facet already narrowed are counted as if it were not: they are alternatives to each other.
      const own = await Promise.all(
        searchFacetKeys.map((key) =>
          state.selected[key].length > 0
            ? pagefind.search(query, { filters: pagefindFilters(state.selected, key) }).then((s) => s?.filters[key])
            : Promise.resolve(main?.filters[key]),
        ),
      );
      if (current !== generation || !main) return;
      list.replaceChildren();
      pending = main.results;
      const total = pending.length;
      await showMore();
      if (current !== generation) return;
      updateFacets(Object.fromEntries(searchFacetKeys.map((key, i) => [key, own[i]])) as Record<SearchFacetKey, Record<string, number> | undefined>);
      panel.hidden = false;
      status.textContent = resultSentence(total, state, lang);
    } catch {
      if (current !== generation) return;
      status.textContent = text.unavailable;
    }
  }

  function searchTerm(term: string): void {
    window.clearTimeout(typingTimer);
    if (term === state.term && list.children.length > 0) return;
    state.term = term;
    writeAddress();
    void run();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    state.term = input.value.trim();
    writeAddress();
    void run();
  });

  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    const term = input.value.trim();
    // One letter matches too much to be useful; wait for a second one (or an empty box, which clears the search).
    if (term.length === 1) return;
    typingTimer = window.setTimeout(() => searchTerm(term), TYPING_DELAY_MS);
  });

  // Fetch Pagefind as soon as the reader shows the intention to search, so the first results come without delay.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  toggle.addEventListener('click', () => {
    groups.toggleAttribute('data-collapsed');
    updateToggle();
  });

  clear.addEventListener('click', () => {
    state.selected = emptySelection();
    writeAddress();
    // The button hides itself once nothing is chosen: focus goes to the panel's heading, or the box when the panel goes too.
    if (state.term) refineHeading.focus();
    else input.focus();
    void run();
  });

  more.addEventListener('click', () => {
    const before = list.children.length;
    void showMore().then(() => {
      list.children[before]?.querySelector('a')?.focus();
    });
  });

  input.value = state.term;
  // Filters chosen in the address stay in view.
  if (hasSelection(state.selected)) groups.removeAttribute('data-collapsed');
  if (state.term || hasSelection(state.selected)) void run();
  else status.textContent = '';
}
