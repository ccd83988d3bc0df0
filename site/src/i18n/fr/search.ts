/** Interface text of the search page (/recherche/) and of the search facets written into every indexed page. */
export const search = {
  title: 'Recherche',
  description:
    'Rechercher un métier, une entreprise, une formation, un lieu ou une aide sur le site du programme « 20 000 emplois durables ».',
  label: 'Rechercher sur le site',
  help: 'Par exemple un métier (soudeur, cariste…), un nom d’entreprise, une formation ou une commune.',
  submit: 'Rechercher',
  noscript:
    'La recherche a besoin de JavaScript. Vous pouvez aussi parcourir les métiers, les entreprises, les formations et les lieux depuis le menu.',
  /** Heading of the facets panel. */
  refine: 'Affiner les résultats',
  clearFilters: 'Effacer les filtres',
  /** Button that unfolds the facets on phones; « (2 choisis) » follows when filters are on. */
  showFilters: 'Afficher les filtres',
  hideFilters: 'Masquer les filtres',
  chosen: (n: number) => (n > 1 ? `${n}\u00a0choisis` : `${n}\u00a0choisi`),
  more: 'Afficher plus de résultats',
  prompt: 'Saisissez un métier, un nom d’entreprise, une formation ou une commune pour lancer la recherche.',
  loading: 'Recherche en cours…',
  unavailable: 'La recherche est indisponible pour le moment. Vous pouvez parcourir les sections du site depuis le menu.',
  one: 'résultat',
  many: 'résultats',
  /** « pour « soudeur » » */
  forTerm: 'pour',
  none: 'Aucun résultat',
  /** Read after the count when filters narrow the results: « avec le filtre Métier », « avec les filtres Métier, Dunkerque ». */
  withFilter: 'avec le filtre',
  withFilters: 'avec les filtres',
  /** Suggestion when filters leave nothing. */
  noneWithFilters: 'Essayez d’effacer un filtre.',
  facets: {
    type: 'Type de contenu',
    filiere: 'Filière',
    commune: 'Commune',
    public: 'Public',
  },
  /** The value of the content-type facet for each type that has pages. */
  types: {
    companies: 'Entreprise',
    jobs: 'Métier',
    trainingPaths: 'Formation',
    careerStories: 'Témoignage',
    supportSolutions: 'Accompagnement',
    venues: 'Lieu',
    events: 'Événement',
    visits: 'Visite',
    sectors: 'Filière',
    partners: 'Partenaire',
    audiences: 'Public',
    articles: 'Actualité',
    pages: 'Information',
    programmes: 'Programme du mois',
  },
} as const;

export type SearchFacetKey = keyof typeof search.facets;
export type SearchTypeName = keyof typeof search.types;
