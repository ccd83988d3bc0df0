import { dictionary, type Lang } from '../i18n';
import { sectionHref, type Section } from '../i18n/routes';

/** The programme's name, tagline and description in French (the dictionaries hold both languages: frame.programme). */
export const programmeName = dictionary('fr').frame.programme.name;
export const programmeTagline = dictionary('fr').frame.programme.tagline;
export const defaultDescription = dictionary('fr').frame.programme.description;

export interface NavItem {
  section: Section;
  href: string;
  label: string;
  /** `primary`: the first row of the menu (find a job, get trained, get help); `secondary`: « Aussi sur le site ». */
  group: 'primary' | 'secondary';
}

/**
 * The single list of the site's sections, for the header menu, the site map and the 404 page. Only sections whose
 * pages are built are listed: a link must never lead to a missing page (the page-type e2e harness follows every
 * link of every page). A new section adds its line here; its addresses are in i18n/routes.ts, its name in the
 * dictionaries (frame.sections).
 */
const menuSections: ReadonlyArray<{ section: Section; group: NavItem['group'] }> = [
  { section: 'home', group: 'primary' },
  { section: 'companies', group: 'primary' },
  { section: 'jobs', group: 'primary' },
  { section: 'trainings', group: 'primary' },
  { section: 'support', group: 'primary' },
  { section: 'venues', group: 'primary' },
  { section: 'agenda', group: 'primary' },
  { section: 'search', group: 'primary' },
  { section: 'audiences', group: 'secondary' },
  { section: 'sectors', group: 'secondary' },
  { section: 'visits', group: 'secondary' },
  { section: 'factoryMobile', group: 'secondary' },
  { section: 'stories', group: 'secondary' },
  { section: 'news', group: 'secondary' },
  { section: 'partners', group: 'secondary' },
];

/** The menu of one language, in order. */
export function mainNav(lang: Lang): NavItem[] {
  const names = dictionary(lang).frame.sections;
  return menuSections.map(({ section, group }) => ({ section, group, href: sectionHref(lang, section), label: names[section] }));
}

/** Footer links that are not CMS pages (the CMS pages — mentions légales, accessibilité… — are listed from the CMS). */
export function sitePages(lang: Lang) {
  const t = dictionary(lang).frame;
  const page = (section: Section) => ({ href: sectionHref(lang, section), label: t.sections[section] });
  return {
    siteMap: page('siteMap'),
    brand: page('brand'),
    widget: page('widget'),
    relays: { href: sectionHref(lang, 'venues'), label: t.footerLinks.relays },
  };
}

/** `page` for the page itself, `true` for a page inside the section, `undefined` otherwise. */
export function currentState(href: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (href !== '/' && pathname.startsWith(href)) return 'true';
  return undefined;
}

/** The menu in its two groups, in the order of mainNav. */
export function navGroups(items: readonly NavItem[]): { primary: NavItem[]; secondary: NavItem[] } {
  return {
    primary: items.filter((item) => item.group === 'primary'),
    secondary: items.filter((item) => item.group === 'secondary'),
  };
}

/** Slug of the French accessibility statement (a CMS page), whose RGAA status the footer of every page repeats. */
export const ACCESSIBILITY_SLUG = 'accessibilite';

export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

/**
 * The RGAA conformity status stated in the accessibility statement's text (« … est non conforme avec le RGAA… »),
 * for the footer's « Accessibilité : non conforme » mention; undefined when the text states none.
 */
export function conformityStatus(text: string): ConformityStatus | undefined {
  const match = /\b(totalement|partiellement|non)\s+conforme\b/i.exec(text.replace(/\s+/g, ' '));
  return match ? (`${match[1].toLowerCase()} conforme` as ConformityStatus) : undefined;
}
