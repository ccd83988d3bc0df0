/**
 * Interface text of /temoignages/ (its filter pages, the story pages and cards) and /actualites/ (the article pages
 * and the news feed).
 */
export const stories = {
  section: 'Témoignages',
  intro:
    'Ils et elles travaillent déjà dans l’industrie du Dunkerquois\u00a0: leur métier, leur parcours, ce qui les a aidés à se lancer.',
  allLabel: 'Tous les témoignages',
  unit: { one: 'témoignage', many: 'témoignages' },
  empty: 'Aucun témoignage ne correspond à ce filtre pour le moment.',
  bySector: 'Par filière',
  sector: 'Filière',
  byAudience: 'Par public',
  audience: 'Public',
  /** The story page: eyebrow, page title and breadcrumb (« Témoignage de Nadia »), its box and sections. */
  eyebrow: 'Témoignage',
  storyOf: (name: string) => `Témoignage de ${name}`,
  inBrief: 'En bref',
  job: 'Métier',
  company: 'Entreprise',
  audiences: 'Publics concernés',
  path: 'Son parcours',
  video: 'En vidéo',
  /** A quotation in the text's own language (« … »). */
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  /** Meta description of a story page: « Nadia, opératrice : « … » ». */
  describe: (name: string, role: string, quote: string) => `${name}, ${role}\u00a0: «\u00a0${quote}\u00a0»`,
} as const;

export const articles = {
  section: 'Actualités',
  intro: 'Les nouvelles de la stratégie 20\u202f000 emplois durables\u00a0: implantations, recrutements, formations et rendez-vous du territoire.',
  description:
    'Toutes les actualités de la stratégie 20\u202f000 emplois durables sur le Dunkerquois, de la plus récente à la plus ancienne.',
  unit: { one: 'actualité', many: 'actualités' },
  empty: 'Aucune actualité n’est publiée pour le moment.',
  backHome: 'Revenir à l’accueil',
  publishedOn: 'Publié le ',
  /** The article page. */
  eyebrow: 'Actualité',
  companiesCited: 'Entreprises citées',
  companiesCitedLabel: 'Entreprises citées dans l’article',
  sectorsConcerned: { one: 'Filière concernée', many: 'Filières concernées' },
  /** The news feed (/actualites/rss.xml) and the links to it. */
  rss: {
    title: (programme: string) => `Actualités · ${programme}`,
    description: (programme: string) => `Les actualités du programme «\u00a0${programme}\u00a0» du bassin d’emploi de Dunkerque.`,
    /** RFC 1766 tag of the feed's <language>. */
    language: 'fr-fr',
    link: 'Suivre les actualités par flux RSS',
  },
} as const;
