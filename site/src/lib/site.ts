export const programmeName = '20 000 emplois durables';
export const programmeTagline = 'Bassin d’emploi de Dunkerque';
export const defaultDescription =
  'Entreprises qui recrutent, métiers, formations et accompagnement : le programme « 20 000 emplois durables » du bassin d’emploi de Dunkerque.';

export interface NavItem {
  href: string;
  label: string;
  /** `primary`: the first row of the menu (find a job, get trained, get help); `secondary`: « Aussi sur le site ». */
  group: 'primary' | 'secondary';
}

/**
 * The single list of the site's sections, for the header menu and the site map. Only sections whose pages are built
 * are listed: a link must never lead to a missing page (the page-type e2e harness follows every menu link). Planned,
 * in this order once built: primary Accompagnement (after Formations), Agenda (after Lieux); secondary Visites,
 * Factory Mobile, Filières, Publics, Actualités, Témoignages, Partenaires.
 */
export const mainNav: NavItem[] = [
  { href: '/', label: 'Accueil', group: 'primary' },
  { href: '/entreprises/', label: 'Entreprises', group: 'primary' },
  { href: '/metiers/', label: 'Métiers', group: 'primary' },
  { href: '/formations/', label: 'Formations', group: 'primary' },
  { href: '/lieux/', label: 'Lieux', group: 'primary' },
  { href: '/recherche/', label: 'Recherche', group: 'primary' },
];

/** Footer links that are not CMS pages (the CMS pages — mentions légales, accessibilité… — are listed from the CMS). */
export const sitePages = {
  siteMap: { href: '/plan-du-site/', label: 'Plan du site' },
  accessibility: { href: '/accessibilite/', label: 'Accessibilité' },
  legal: { href: '/mentions-legales/', label: 'Mentions légales' },
  relays: { href: '/lieux/', label: 'Points relais et lieux d’accueil' },
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
