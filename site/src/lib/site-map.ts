import type { Lang } from '../i18n/lang';
import { byName } from './format';
import type { NavItem } from './site';

export interface SiteMapEntry {
  href: string;
  label: string;
  /** The language of the label when it is not the page's (`fr`: a French fallback on the English site). */
  lang?: string | undefined;
}

export interface SiteMapSection {
  /** The section's own page, when the menu lists it. */
  href?: string | undefined;
  label: string;
  entries: SiteMapEntry[];
}

/**
 * The site map's sections, in the menu's order: each menu section with the entry pages under its address, then one
 * group per kind of page that has no section yet (« Événements »…), in the order given. The home and search pages
 * are not sections. Entries are sorted by label in the language's order; a section with no entry keeps its own link.
 */
export function siteMapSections(
  nav: readonly NavItem[],
  kinds: ReadonlyArray<{ label: string; entries: readonly SiteMapEntry[] }>,
  skip: readonly string[] = ['/', '/recherche/'],
  lang: Lang = 'fr',
): SiteMapSection[] {
  const byLabel = byName(lang);
  const sections: SiteMapSection[] = nav
    .filter((item) => !skip.includes(item.href))
    .map((item) => ({ href: item.href, label: item.label, entries: [] }));
  const others: SiteMapSection[] = [];
  for (const kind of kinds) {
    const orphans: SiteMapEntry[] = [];
    for (const entry of kind.entries) {
      // The longest section address the entry's address starts with.
      const section = sections
        .filter((s) => s.href && entry.href.startsWith(s.href) && entry.href !== s.href)
        .sort((a, b) => (b.href?.length ?? 0) - (a.href?.length ?? 0))[0];
      (section ? section.entries : orphans).push(entry);
    }
    if (orphans.length > 0) others.push({ label: kind.label, entries: orphans });
  }
  return [...sections, ...others].map((section) => ({
    ...section,
    entries: [...section.entries].sort((a, b) => byLabel(a.label, b.label)),
  }));
}
