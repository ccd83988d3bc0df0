import type { Lang } from './lang';
import {
  detailSections,
  homeHref,
  rootPageHref,
  sectionHref,
  sections,
  subFolders,
  subHref,
  type Section,
  type SlugIndex,
  type SluggedType,
  type SubFolder,
} from './routes';


/** Filter pages whose value is an entry's slug (the others take an enumeration value, the same in both languages). */
const entryValues: Partial<Record<Section, Partial<Record<SubFolder, SluggedType>>>> = {
  jobs: { filiere: 'sectors' },
  trainings: { public: 'audiences' },
  venues: { commune: 'towns' },
  visits: { public: 'audiences' },
  stories: { filiere: 'sectors', public: 'audiences' },
  agenda: { lieu: 'venues', public: 'audiences' },
};

const sectionType = new Map<Section, SluggedType>(
  Object.entries(detailSections).flatMap(([type, section]) => (section ? [[section, type as SluggedType]] : [])),
);

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The same page in the other language, or its nearest parent that exists there: a translated entry's page, the
 * section it belongs to, or the home page (`exact: false`). The language switcher and the hreflang alternates.
 */
export function translatePath(pathname: string, from: Lang, to: Lang, index: SlugIndex): { href: string; exact: boolean } {
  const home = { href: homeHref(to), exact: false };
  const root = homeHref(from);
  if (!pathname.startsWith(root)) return home;
  if (pathname === root) return { href: homeHref(to), exact: true };
  const section = (Object.keys(sections) as Section[])
    .filter((name) => name !== 'home' && pathname.startsWith(sections[name][from]))
    .sort((a, b) => sections[b][from].length - sections[a][from].length)[0];
  const slugIn = (type: SluggedType, slug: string | undefined) => {
    if (!slug) return undefined;
    for (const slugs of index.get(type)?.values() ?? []) if (slugs[from] === slug) return slugs[to];
    return undefined;
  };
  if (section === undefined) {
    // A CMS page at the root (/accessibilite/ ↔ /en/accessibility/), anything else: the home page.
    const rest = pathname.slice(root.length).split('/').filter(Boolean);
    const slug = rest.length === 1 ? slugIn('pages', rest[0]) : undefined;
    return slug ? { href: rootPageHref(to, slug), exact: true } : home;
  }
  const parent = { href: sectionHref(to, section), exact: false };
  const [first, second, third, ...more] = pathname.slice(sections[section][from].length).split('/').filter(Boolean);
  if (first === undefined) return { href: sectionHref(to, section), exact: true };
  if (more.length > 0) return parent;
  if (section === 'agenda' && MONTH.test(first)) {
    if (second === undefined) return { href: sectionHref(to, section, first), exact: true };
    return second === subFolders.imprimer[from] && third === undefined
      ? { href: sectionHref(to, section, first, subFolders.imprimer[to]), exact: true }
      : parent;
  }
  if (second === undefined) {
    const type = sectionType.get(section);
    const slug = type ? slugIn(type, first) : undefined;
    return slug ? { href: sectionHref(to, section, slug), exact: true } : parent;
  }
  const sub = (Object.keys(subFolders) as SubFolder[]).find((name) => subFolders[name][from] === first);
  if (sub === undefined || third !== undefined) return parent;
  const valueType = entryValues[section]?.[sub];
  const value = valueType ? slugIn(valueType, second) : second;
  return value ? { href: subHref(to, section, sub, value), exact: true } : parent;
}
