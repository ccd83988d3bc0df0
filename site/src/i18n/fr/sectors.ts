/** Interface text of /filieres/, the sector pages and their charts. */
export const charts = {
  source: 'Source\u00a0: ',
  sources: 'Sources\u00a0: ',
  /** Between two sources under a chart. */
  sourceSeparator: ' ; ',
  tableFollows: 'Le tableau qui suit le graphique donne les mêmes chiffres.',
  /** Caption of the table that repeats a chart's figures: « En chiffres : emplois attendus… ». */
  tableCaption: (title: string) => `En chiffres\u00a0: ${title.charAt(0).toLocaleLowerCase('fr-FR')}${title.slice(1)}`,
  currentSector: ' (cette filière)',
  /** « −9 % », « 13,7 Mt CO₂/an »: a number and its unit. */
  withUnit: (value: string, unit: string) => `${value}\u00a0${unit}`,
  /** « Verre : −13 % »: one figure in a chart's reading. */
  labelValue: (label: string, value: string) => `${label}\u00a0: ${value}`,
  /** When the number of jobs of a sector is not given by the source. */
  notGiven: 'non communiqué',
  jobTargets: {
    title: (horizon: string) => `Emplois attendus sur le territoire ${horizon}`,
    /** Horizon of the figures when they share one year. */
    byYear: (year: string) => `d’ici ${year}`,
    /** Horizon of the figures when their years differ. */
    eventually: 'à terme',
    /** Between the figures of the chart's reading. */
    separator: '. ',
    columns: ['Indicateur', 'Nombre', 'Horizon'],
  },
  jobChange: {
    title: (year: string | undefined) => `Évolution des effectifs${year ? ` d’ici ${year}` : ''}, par filière`,
    /** Unit of the number of jobs lost or created in a sector (« −900 postes »). */
    posts: 'postes',
    separator: '\u202f; ',
    columns: ['Filière', 'Évolution des effectifs', 'Postes'],
  },
  emissions: {
    title: 'Part du site industrialo-portuaire de Dunkerque dans les émissions industrielles de France',
    summary: (emissions: string, share: string) =>
      `Le site industrialo-portuaire de Dunkerque émet ${emissions}, soit ${share} des émissions industrielles de France.`,
    columns: ['Origine des émissions', 'Part des émissions industrielles de France', 'Émissions'],
    site: 'Site industrialo-portuaire de Dunkerque',
    rest: 'Reste de l’industrie française',
    /** « plus de 21 % » when the source says « plus de ». */
    moreThan: (share: string) => `plus de ${share}`,
    lessThan: (share: string) => `moins de ${share}`,
  },
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
