/**
 * Page types of a built site, by route pattern: shared by the site's page-type e2e harness (which crawls the served
 * site) and the page-weight bench (which walks the built folder). New sections are picked up by themselves.
 */

/** Where the 404 page lives in the site's page types. */
export const NOT_FOUND_PATTERN = '404';

export interface PageOfSite {
  /** `/metiers/cariste/` */
  path: string;
  /** HTTP status it answers (200, or 404 for the not-found page). */
  status: number;
  /** Size of its HTML: the largest page of a type is its representative. */
  size: number;
}

/**
 * Roots of the languages other than French (the default, at `/`): a language's home page and its top-level pages
 * are page types of their own, as the French ones are (`/en/`, `/en/site-map/`, `/en/accessibility/`), and its
 * sections are distinct from the French ones (`/en/companies/*` beside `/entreprises/*`). Kept in step with the
 * site's routes table (site/src/i18n/routes.ts, sections.home).
 */
export const LANGUAGE_ROOTS: readonly string[] = ['/en/'];

/**
 * Route pattern of a page, from the set of all page paths: a section's own page and every page with pages under it
 * keep their path (`/metiers/`, `/metiers/filiere/`), top-level pages too (`/plan-du-site/`, `/accessibilite/`: each
 * its own kind; the same below a language root: `/en/site-map/`); a leaf below a section becomes `<parent>*`
 * (`/metiers/*`, `/metiers/filiere/*`, `/en/jobs/*`); a segment with a digit is a value, not a section (every month
 * page of the agenda shares one pattern, its print pages another).
 */
export function routePattern(path: string, allPaths: ReadonlySet<string>): string {
  const root = LANGUAGE_ROOTS.find((prefix) => path.startsWith(prefix)) ?? '/';
  const segments = path.slice(root.length).split('/').filter(Boolean);
  if (segments.length <= 1) return path;
  let pattern = `${root}${segments.slice(0, -1).join('/')}/*`;
  for (const other of allPaths) {
    if (other !== path && other.startsWith(path)) {
      pattern = path;
      break;
    }
  }
  // A segment with a digit is a value (a month, a version), not a section: /agenda/2026-12/ is /agenda/*/.
  return pattern.replace(/\/[^/]*\d[^/]*(?=\/)/g, '/*');
}

/**
 * One page per route pattern, sorted by pattern: the largest page of each (the one that shows the most of its
 * template; ties go to the first path). Pages answering 404 form the `404` type; other failures are left out.
 */
export function pageTypes(pages: readonly PageOfSite[]): Array<{ pattern: string; path: string }> {
  const ok = pages.filter((page) => page.status === 200);
  const all = new Set(ok.map((page) => page.path));
  const byPattern = new Map<string, PageOfSite>();
  for (const page of ok) {
    const pattern = routePattern(page.path, all);
    const best = byPattern.get(pattern);
    if (!best || page.size > best.size || (page.size === best.size && page.path < best.path)) byPattern.set(pattern, page);
  }
  const types = [...byPattern].map(([pattern, page]) => ({ pattern, path: page.path }));
  const missing = pages.find((page) => page.status === 404);
  if (missing) types.push({ pattern: NOT_FOUND_PATTERN, path: missing.path });
  return types.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
