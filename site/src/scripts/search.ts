interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

function resultCount(n: number, term: string): string {
  const count = new Intl.NumberFormat('fr-FR').format(n);
  if (n === 0) return `Aucun résultat pour “${term}”.`;
  return `${count}\u00a0${n > 1 ? 'résultats' : 'résultat'} pour “${term}”`;
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
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1';
  // Pagefind escapes the indexed text; the only markup in an excerpt is <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  return item;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#recherche-form');
  const input = document.querySelector<HTMLInputElement>('#recherche-q');
  const status = document.querySelector<HTMLElement>('#recherche-statut');
  const list = document.querySelector<HTMLOListElement>('#recherche-resultats');
  const more = document.querySelector<HTMLButtonElement>('#recherche-plus');
  if (!form || !input || !status || !list || !more) return;

  let pending: PagefindResult[] = [];
  let generation = 0;

  async function showMore(): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map(renderResult);
    list!.append(...items);
    more!.hidden = pending.length === 0;
  }

  async function run(term: string): Promise<void> {
    const current = ++generation;
    list!.replaceChildren();
    more!.hidden = true;
    pending = [];
    if (term === '') {
      status!.textContent = 'Saisissez un nom d’entreprise, un métier ou une commune pour lancer la recherche.';
      return;
    }
    status!.textContent = 'Recherche en cours…';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(term);
      if (current !== generation || !search) return;
      pending = search.results;
      const total = pending.length;
      await showMore();
      if (current !== generation) return;
      status!.textContent = resultCount(total, term);
    } catch {
      if (current !== generation) return;
      status!.textContent = 'La recherche est indisponible pour le moment. Vous pouvez parcourir la liste des entreprises.';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input.value.trim();
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(term);
  });

  more.addEventListener('click', () => {
    const before = list.children.length;
    void showMore().then(() => {
      list.children[before]?.querySelector('a')?.focus();
    });
  });

  const initial = new URL(window.location.href).searchParams.get('q')?.trim() ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
