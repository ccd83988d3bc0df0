import type { ContentTypeName, Ref } from '@dk20000/shared';

/** Folder of the detail pages of each type that has them; `pages` live at the root (/<slug>/). */
const detailFolders: Partial<Record<ContentTypeName, string>> = {
  companies: '/entreprises/',
  jobs: '/metiers/',
  trainingPaths: '/formations/',
  careerStories: '/temoignages/',
  events: '/evenements/',
  articles: '/actualites/',
  pages: '/',
  venues: '/lieux/',
  supportSolutions: '/accompagnement/',
  audiences: '/publics/',
  partners: '/partenaires/',
  visits: '/visites/',
  sectors: '/filieres/',
};

/** Sections whose list page exists; a breadcrumb or link never leads to a missing page. */
const listPages: Partial<Record<ContentTypeName, { href: string; label: string }>> = {
  companies: { href: '/entreprises/', label: 'Entreprises' },
  jobs: { href: '/metiers/', label: 'Métiers' },
  trainingPaths: { href: '/formations/', label: 'Formations' },
  venues: { href: '/lieux/', label: 'Lieux' },
  events: { href: '/agenda/', label: 'Agenda' },
  supportSolutions: { href: '/accompagnement/', label: 'Accompagnement' },
  audiences: { href: '/publics/', label: 'Publics' },
  partners: { href: '/partenaires/', label: 'Partenaires' },
  visits: { href: '/visites/', label: 'Visites' },
  careerStories: { href: '/temoignages/', label: 'Témoignages' },
  articles: { href: '/actualites/', label: 'Actualités' },
  sectors: { href: '/filieres/', label: 'Filières' },
};

/** Address of the detail page of an entry of `type`, or undefined when that type has no page or the entry no slug. */
export function detailHref(type: ContentTypeName, slug: string | undefined): string | undefined {
  const folder = detailFolders[type];
  if (folder === undefined || !slug) return undefined;
  return `${folder}${slug}/`;
}

export function refHref(type: ContentTypeName, ref: Pick<Ref, 'slug'>): string | undefined {
  return detailHref(type, ref.slug);
}

/** Breadcrumb trail above a detail page: the home page, then the section's list page when it exists. */
export function crumbs(type: ContentTypeName): Array<{ href: string; label: string }> {
  const list = listPages[type];
  return list ? [{ href: '/', label: 'Accueil' }, list] : [{ href: '/', label: 'Accueil' }];
}
