export const programmeName = '20 000 emplois durables';
export const programmeTagline = 'Bassin d’emploi de Dunkerque';
export const defaultDescription =
  'Entreprises qui recrutent, métiers, formations et accompagnement\u00a0: le programme «\u00a020 000 emplois durables\u00a0» du bassin d’emploi de Dunkerque.';

export interface NavItem {
  href: string;
  label: string;
  /** `primary`: the first row of the menu (find a job, get trained, get help); `secondary`: « Aussi sur le site ». */
  group: 'primary' | 'secondary';
}

/**
 * The single list of the site's sections, for the header menu, the site map and the 404 page. Only sections whose
 * pages are built are listed: a link must never lead to a missing page (the page-type e2e harness follows every
 * link of every page). A new section adds its line here.
 */
export const mainNav: NavItem[] = [
  { href: '/', label: 'Accueil', group: 'primary' },
  { href: '/entreprises/', label: 'Entreprises', group: 'primary' },
  { href: '/metiers/', label: 'Métiers', group: 'primary' },
  { href: '/formations/', label: 'Formations', group: 'primary' },
  { href: '/accompagnement/', label: 'Accompagnement', group: 'primary' },
  { href: '/lieux/', label: 'Lieux', group: 'primary' },
  { href: '/agenda/', label: 'Agenda', group: 'primary' },
  { href: '/recherche/', label: 'Recherche', group: 'primary' },
  { href: '/publics/', label: 'Publics', group: 'secondary' },
  { href: '/filieres/', label: 'Filières', group: 'secondary' },
  { href: '/visites/', label: 'Visites', group: 'secondary' },
  { href: '/factory-mobile/', label: 'Factory Mobile', group: 'secondary' },
  { href: '/temoignages/', label: 'Témoignages', group: 'secondary' },
  { href: '/actualites/', label: 'Actualités', group: 'secondary' },
  { href: '/partenaires/', label: 'Partenaires', group: 'secondary' },
];

/** Footer links that are not CMS pages (the CMS pages — mentions légales, accessibilité… — are listed from the CMS). */
export const sitePages = {
  siteMap: { href: '/plan-du-site/', label: 'Plan du site' },
  accessibility: { href: '/accessibilite/', label: 'Accessibilité' },
  legal: { href: '/mentions-legales/', label: 'Mentions légales' },
  relays: { href: '/lieux/', label: 'Points relais et lieux d’accueil' },
  brand: { href: '/charte-graphique/', label: 'Charte graphique' },
  widget: { href: '/widget/', label: 'Le programme sur votre site' },
} as const;

/** `page` for the page itself, `true` for a page inside the section, `undefined` otherwise. */
export function currentState(href: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (href !== '/' && pathname.startsWith(href)) return 'true';
  return undefined;
}

/** The menu in its two groups, in the order of mainNav. */
export function navGroups(items: readonly NavItem[] = mainNav): { primary: NavItem[]; secondary: NavItem[] } {
  return {
    primary: items.filter((item) => item.group === 'primary'),
    secondary: items.filter((item) => item.group === 'secondary'),
  };
}

export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

/**
 * The RGAA conformity status stated in the accessibility statement's text (« … est non conforme avec le RGAA… »),
 * for the footer's « Accessibilité : non conforme » mention; undefined when the text states none.
 */
export function conformityStatus(text: string): ConformityStatus | undefined {
  const match = /\b(totalement|partiellement|non)\s+conforme\b/i.exec(text.replace(/\s+/g, ' '));
  return match ? (`${match[1].toLowerCase()} conforme` as ConformityStatus) : undefined;
}
