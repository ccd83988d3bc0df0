/**
 * URLs that never break: the redirects from the addresses entries had before (their slug history, kept by the CMS)
 * to their current ones. Pure functions; the redirect pages (src/pages/[...moved].astro), the `_redirects` file
 * (src/lib/redirects-file.ts) and the local static server use them.
 */

/** A permanent redirect from an old site path to the current one (both site-relative, ending with `/`). */
export interface Redirect {
  from: string;
  to: string;
}

/** A redirect as recorded, before chains and conflicts are resolved; `at` (ISO date) orders records of one path. */
export interface RedirectCandidate extends Redirect {
  at?: string | undefined;
}

/** One old slug of an entry, as the CMS recorded it. */
export interface SlugHistoryItem<T extends string = string> {
  type: T;
  documentId: string;
  slug: string;
  at?: string | undefined;
}

/**
 * The candidates from a slug history: each old slug of an entry still published leads to the entry's current address.
 * `current(type, documentId)` is the entry's current slug (undefined when it is not published: no redirect, the old
 * address is gone with it); `href(type, slug)` its address (undefined for a type without pages).
 */
export function historyCandidates<T extends string>(
  history: Iterable<SlugHistoryItem<T>>,
  current: (type: T, documentId: string) => string | undefined,
  href: (type: T, slug: string) => string | undefined,
): RedirectCandidate[] {
  const candidates: RedirectCandidate[] = [];
  for (const item of history) {
    const slug = current(item.type, item.documentId);
    if (slug === undefined) continue;
    const from = href(item.type, item.slug);
    const to = href(item.type, slug);
    if (from && to) candidates.push({ from, to, at: item.at });
  }
  return candidates;
}

/**
 * One hop per old path, never over a live page:
 * - a path that is a live page now (another entry took the old slug, or the entry got it back) is not redirected;
 * - a path recorded several times keeps its latest record (`at`, then the order given);
 * - chains collapse (a → b → c gives a → c and b → c); a cycle, or a chain ending on a path that is not live, is
 *   dropped: a redirect must land on a page;
 * - a redirect to itself is dropped.
 * Sorted by old path.
 */
export function resolveRedirects(candidates: Iterable<RedirectCandidate>, isLive: (path: string) => boolean): Redirect[] {
  const latest = new Map<string, RedirectCandidate>();
  for (const candidate of candidates) {
    if (candidate.from === candidate.to || isLive(candidate.from)) continue;
    const known = latest.get(candidate.from);
    if (!known || (candidate.at ?? '') >= (known.at ?? '')) latest.set(candidate.from, candidate);
  }
  const resolved: Redirect[] = [];
  for (const [from, { to }] of latest) {
    const seen = new Set([from]);
    let target = to;
    while (!isLive(target) && latest.has(target) && !seen.has(target)) {
      seen.add(target);
      target = latest.get(target)!.to;
    }
    if (target !== from && isLive(target)) resolved.push({ from, to: target });
  }
  return resolved.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The rest parameter of the redirect page at `path` (`/entreprises/ancien/` → `entreprises/ancien`). */
export function restParam(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * The `_redirects` file of hosts that read one (Netlify, Cloudflare Pages): one `/old/ /new/ 301` line per redirect.
 * Paths are percent-encoded where needed, so that a line always has three fields.
 */
export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  const header = [
    '# Old addresses of renamed entries, generated at each build from the slug history kept by the CMS.',
    '# The same redirects exist as static pages (meta refresh) for hosts that do not read this file.',
  ];
  const lines = redirects.map(({ from, to }) => `${encodeURI(from)} ${encodeURI(to)} 301`);
  return `${[...header, ...lines].join('\n')}\n`;
}

/** Reads a `_redirects` file: old path → new path, for lines with a 301 (or no) status; comments and others skipped. */
export function parseRedirectsFile(text: string): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [from, to, status = '301'] = line.split(/\s+/);
    if (from && to && status === '301' && from.startsWith('/')) redirects.set(from, to);
  }
  return redirects;
}

/** The target of a built redirect page: its `<meta http-equiv="refresh" content="0; url=…">`, or undefined. */
export function refreshTarget(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?refresh\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const url = /;\s*url\s*=\s*['"]?([^'"\s]+)/i.exec(content?.[1] ?? content?.[2] ?? '');
    if (url?.[1]) return url[1].replace(/&amp;/g, '&');
  }
  return undefined;
}
