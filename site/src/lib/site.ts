export const programmeName = '20 000 emplois durables';
export const programmeTagline = 'Bassin d’emploi de Dunkerque';
export const defaultDescription =
  'Entreprises qui recrutent, métiers, formations et accompagnement : le programme « 20 000 emplois durables » du bassin d’emploi de Dunkerque.';

export interface NavItem {
  href: string;
  label: string;
}

/** Only sections that exist are listed: a link must never lead to a missing page. */
export const mainNav: NavItem[] = [
  { href: '/', label: 'Accueil' },
  { href: '/entreprises/', label: 'Entreprises' },
  { href: '/metiers/', label: 'Métiers' },
  { href: '/formations/', label: 'Formations' },
  { href: '/lieux/', label: 'Lieux' },
  { href: '/recherche/', label: 'Recherche' },
];

/** `page` for the page itself, `true` for a page inside the section, `undefined` otherwise. */
export function currentState(href: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (href !== '/' && pathname.startsWith(href)) return 'true';
  return undefined;
}
