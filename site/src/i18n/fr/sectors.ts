/** Interface text of /filieres/, the sector pages and their charts. */
export const charts = {
  source: 'Source\u00a0: ',
  sources: 'Sources\u00a0: ',
  tableFollows: 'Le tableau qui suit le graphique donne les mêmes chiffres.',
  tableCaption: 'En chiffres\u00a0: ',
  currentSector: ' (cette filière)',
} as const;

export const sectors = {
  section: 'Filières',
  title: 'Filières et décarbonation',
  intro:
    'Le Dunkerquois décarbone son industrie et en accueille de nouvelles\u00a0: batteries, acier bas carbone, chimie verte, énergie. Voici ce que cela change pour l’emploi, filière par filière, chiffres et sources à l’appui.',
  description:
    'Les filières industrielles du Dunkerquois et leur décarbonation\u00a0: émissions de CO₂, emplois attendus d’ici 2030, évolution des effectifs, entreprises, métiers et formations de chaque filière.',
  figuresHeading: 'Les chiffres de la transition',
  listHeading: 'Les filières du territoire',
  empty: 'Aucune filière n’est présentée pour le moment.',
  eyebrow: 'Filière',
  nafCodes: 'Codes NAF\u00a0: ',
  nafCode: 'Code NAF\u00a0: ',
  outlook: 'Perspectives',
  keyFigures: 'Chiffres clés',
  companies: 'Les entreprises de la filière',
  jobs: 'Les métiers de la filière',
  allJobs: (n: string) => `Voir les ${n} de la filière dans la liste des métiers`,
  trainings: 'Les formations qui y mènent',
  stories: 'Ils et elles y travaillent',
  articles: 'Actualités de la filière',
  nothingLinked:
    'Aucune entreprise, aucun métier ni aucune formation ne sont encore rattachés à cette filière. Revenez bientôt, ou parcourez toutes les filières.',
  backToList: 'Voir toutes les filières',
  counts: 'En bref',
  company: { one: 'entreprise', many: 'entreprises' },
  job: { one: 'métier', many: 'métiers' },
  training: { one: 'formation', many: 'formations' },
  story: { one: 'témoignage', many: 'témoignages' },
  publishedOn: 'Publié le ',
} as const;
