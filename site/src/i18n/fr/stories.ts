/** Interface text of the lists /temoignages/ (with its filter pages) and /actualites/. */
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
} as const;
