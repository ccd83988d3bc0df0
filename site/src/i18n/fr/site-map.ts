/** Interface text of the site map (/plan-du-site/) beside frame.siteMap, and of the 404 page's other-language part. */
export const siteMapPage = {
  /** The group of each kind of page that has no section of its own in the menu. */
  kinds: {
    companies: 'Entreprises',
    jobs: 'Métiers',
    trainingPaths: 'Formations',
    supportSolutions: 'Accompagnement',
    venues: 'Lieux',
    events: 'Événements',
    visits: 'Visites',
    sectors: 'Filières',
    audiences: 'Publics',
    articles: 'Actualités',
    careerStories: 'Témoignages',
    partners: 'Partenaires',
  },
} as const;

/**
 * The part of the 404 page in this language when the page is shown for an address of the other language's site (the
 * host serves one 404.html for the whole site: French first, then a short part in English marked lang="en").
 */
export const notFoundOther = {
  title: 'Page introuvable',
  text: 'Cette page n’existe pas ou a changé d’adresse. Le site en français vous attend.',
  home: 'Aller à l’accueil du site en français',
  search: 'Rechercher sur le site en français',
} as const;
