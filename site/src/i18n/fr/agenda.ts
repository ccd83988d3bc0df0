/**
 * Interface text of the agenda (/agenda/, its months, filters and poster), the event pages and /factory-mobile/
 * (French). Content text comes from the CMS; these are the words around it.
 */
export const agenda = {
  section: 'Agenda',
  rssLink: 'Suivre les prochains rendez-vous par flux RSS',
  intro:
    'Informations collectives, job datings, permanences, visites, after-works et étapes de la Factory Mobile\u00a0: tous les rendez-vous 20\u00a0000 emplois sur le bassin de Dunkerque et le littoral, gratuits et ouverts à toutes et tous.',
  description:
    'L’agenda des rendez-vous 20\u00a0000 emplois\u00a0: informations collectives, job datings, permanences, visites et étapes de la Factory Mobile, mois par mois.',
  programmeOfMonth: 'Le programme du mois',
  highlighted: 'Les temps forts du mois',
  upcoming: 'Les prochains rendez-vous',
  thisMonth: 'Ce mois-ci',
  months: 'Tous les mois',
  monthsNav: 'Mois du programme',
  seeMonth: (month: string) => `Voir tout le programme de ${month}`,
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  allLabel: 'Tous les rendez-vous à venir',
  filterTitle: 'Filtrer les rendez-vous',
  filterPlace: 'Lieu',
  filterAudience: 'Public',
  filterType: 'Type de rendez-vous',
  unit: { one: 'rendez-vous', many: 'rendez-vous' },
  empty: 'Aucun rendez-vous à venir ne correspond à ce filtre pour le moment. Les points relais peuvent vous renseigner.',
  emptyMonth: 'Aucun rendez-vous n’est prévu ce mois-ci pour le moment.',
  noUpcoming: 'Aucun rendez-vous à venir n’est encore annoncé. Revenez bientôt ou passez dans un point relais.',
  pastOfMonth: 'Déjà passés ce mois-ci',
  past: 'Terminé',
  printPoster: 'Imprimer l’affiche du mois',
  printPosterOf: (month: string) => `Affiche A4 de ${month} à imprimer`,
  filtersOnAgenda: 'Filtrer par lieu, public ou type',
  where: 'Lieu\u00a0: ',
  when: 'Date\u00a0: ',
  state: 'État\u00a0: ',
  /** « (3 à venir) » after the link to this month's page. */
  toCome: (n: string) => `${n}\u00a0à venir`,
  upcomingIn: (month: string) => `Les prochains rendez-vous en ${month}`,
  allPastThisMonth: 'Tous les rendez-vous de ce mois sont passés.',
  monthDescription: (count: string, month: string) => `${count} en ${month}.`,
  filterDescription: (count: string, qualifier: string) => `${count} à venir (${qualifier}).`,
  /** Headings of a filter page: « Lieu : Point relais… ». */
  qualifier: (name: string, label: string) => `${name}\u00a0: ${label}`,
  qualifierNames: { lieu: 'Lieu', public: 'Public', type: 'Type' },
  /** The JavaScript filter's summary: « Lieu : Point relais… » (the separator between group and value). */
  qualifierSeparator: '\u00a0: ',
  // The event page.
  backToMonth: (month: string) => `Tout le programme de ${month}`,
  venueAccess: 'Accès',
  seeVenue: 'Horaires, accès et services du lieu',
  capacity: (n: string, many: boolean) => `${n}\u00a0${many ? 'places' : 'place'}`,
  registerOnSite: 'À faire à l’accueil du lieu.',
  eventFallbackTitle: 'Événement',
  /** The page's description when the event has no summary: « Job dating le mardi 3 mars 2026 à … ». */
  eventMetaDescription: (type: string, date: string, venue: string) => `${type} le ${date} à ${venue}.`,
  practical: 'Infos pratiques',
  factWhen: 'Quand',
  factWhere: 'Où',
  factState: 'État',
  factRegistration: 'Inscription',
  factAudiences: 'Pour qui',
  register: 'S’inscrire',
  /** Screen-reader end of the registration button: « S’inscrire » + « à « Job dating… » ». */
  registerFor: (title: string) => ` à «\u00a0${title}\u00a0»`,
  programme: 'Au programme',
  companies: 'Entreprises présentes',
  companiesOf: (title: string) => `Entreprises présentes à ${title}`,
  partners: 'Partenaires',
  partnersOf: (title: string) => `Partenaires de ${title}`,
  accessibility: 'Accessibilité',
  stateSentences: {
    cancelled: 'Cet événement est annulé.',
    full: 'Cet événement est complet\u00a0: il n’y a plus de place disponible.',
    postponed: 'Cet événement est reporté\u00a0: la nouvelle date sera annoncée ici.',
  },
  // The poster.
  posterTitle: (month: string) => `Programme de ${month}`,
  posterTagline: 'Des rendez-vous gratuits pour trouver un emploi, une formation ou des solutions près de chez vous.',
  posterQr: 'Tout le programme et les inscriptions en ligne',
  posterQrAlt: (url: string) => `Code QR vers l’agenda en ligne\u00a0: ${url}`,
  posterPlaces: 'Les lieux et leurs horaires',
  posterNoHours: 'Horaires du rendez-vous indiqués dans le programme',
  posterPrint: 'Imprimer cette affiche',
  /** The weekly hours of a place on the poster: « du lundi au vendredi : 9 h 00 – 12 h 30 ». */
  hoursDayPair: (first: string, last: string) => `${first} et ${last}`,
  hoursDayRun: (first: string, last: string) => `du ${first} au ${last}`,
  hoursLine: (days: string, slots: string) => `${days}\u00a0: ${slots}`,
  posterPageTitle: 'Affiche à imprimer',
  posterDescription: (title: string) => `${title}\u00a0: l’affiche A4 des rendez-vous 20\u00a0000 emplois à imprimer pour les points relais.`,
  posterHelp: 'Format A4, une ou deux pages. Pour l’imprimer, utilisez la commande Imprimer de votre navigateur (Ctrl + P, ou Cmd + P sur Mac).',
  posterEventsOf: (month: string) => `Les rendez-vous de ${month}`,
  /** A time range on the poster: « 14 h 00 – 16 h 30 ». */
  posterTimeRange: (from: string, to: string) => `${from}\u00a0– ${to}`,
  posterBack: (month: string) => `Retour au programme de ${month}`,
  posterMore: (n: number) => `et ${n}\u00a0autre${n > 1 ? 's' : ''} rendez-vous en ligne`,
} as const;

export const factoryMobile = {
  section: 'Factory Mobile',
  title: 'La Fabuleuse Factory Mobile',
  intro:
    'Un camion aménagé qui vient à votre rencontre dans le «\u00a0Carré magique\u00a0» Dunkerque, Calais, Saint-Omer, Hazebrouck pour faire découvrir les métiers et les entreprises qui recrutent. Sans rendez-vous, gratuit, même pour cinq minutes.',
  description:
    'Les prochaines étapes de la Fabuleuse Factory Mobile à Dunkerque, Calais, Saint-Omer et Hazebrouck\u00a0: dates, lieux et ce qui vous attend à bord.',
  onBoard: 'À bord du camion',
  onBoardItems: [
    'Découvrir les métiers en réalité virtuelle, casque sur la tête',
    'Rencontrer l’équipe et poser vos questions sur les entreprises qui s’installent',
    'Connaître les formations et leur financement',
    'Être orienté vers le point relais ou le partenaire le plus proche de chez vous',
  ],
  stops: 'Les prochaines étapes',
  byTown: 'Étapes par ville',
  noStops: 'Aucune étape n’est annoncée pour le moment. Les dates paraissent dans le programme du mois.',
  nextInTown: 'Prochaine étape',
  noStopInTown: 'Pas d’étape annoncée pour le moment',
  stopPlace: 'Voir le lieu de l’étape',
  seeAgenda: 'Voir tout l’agenda',
  towns: ['Dunkerque', 'Calais', 'Saint-Omer', 'Hazebrouck'],
} as const;
