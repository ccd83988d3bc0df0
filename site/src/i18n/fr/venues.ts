/** Interface text of the venues: /lieux/, /lieux/commune/<town>/, the cards and the venue pages (/lieux/<slug>/). */
export const venues = {
  /** Between a label and its value: « Accès : … ». */
  separator: '\u00a0: ',
  list: {
    title: 'Lieux d’accueil',
    description:
      'Points relais, étapes de la Factory Mobile et lieux partenaires de la stratégie 20 000 emplois : horaires, services, accès en bus et accessibilité.',
    intro:
      'Points relais, étapes de la Factory Mobile et lieux partenaires\u00a0: venez vous informer sur les métiers, les entreprises qui recrutent et les formations, rencontrer une animatrice ou un animateur, passer un entretien.',
    filterTitle: 'Filtrer par commune',
    allTowns: 'Toutes les communes',
    unit: { one: 'lieu', many: 'lieux' },
    empty: 'Aucun lieu d’accueil n’est encore présenté.',
    home: 'Revenir à l’accueil',
  },
  town: {
    title: (town: string) => `Lieux d’accueil à ${town}`,
    description: (town: string) =>
      `Les lieux d’accueil de la stratégie 20 000 emplois à ${town} : points relais, Factory Mobile et lieux partenaires, avec leurs horaires et leurs services.`,
    heading: (town: string) => `Lieux à ${town}`,
    /** After the count: « 1 lieu à Calais ». */
    countIn: (count: string, town: string) => `${count} à ${town}`,
    empty: (town: string) => `Aucun lieu d’accueil n’est présenté à ${town} pour le moment.`,
    allTowns: 'Voir les lieux de toutes les communes',
  },
  card: {
    noHours: 'Pas d’horaires réguliers\u00a0: dates et horaires indiqués dans chaque événement.',
  },
  detail: {
    /** Page title of a venue without a name. */
    fallbackTitle: 'Lieu',
    /** Meta description when the venue has no summary: « Point relais… : point relais à Dunkerque, horaires… ». */
    description: (name: string, kind: string, town: string | undefined) =>
      `${name}\u00a0: ${kind.toLocaleLowerCase('fr-FR')}${town ? ` à ${town}` : ''}, horaires, services et accès.`,
    /** Read after the town's link by screen readers. */
    townLink: 'tous les lieux de la commune',
    practical: 'Infos pratiques',
    address: 'Adresse',
    access: 'Accès en bus et transports',
    phone: 'Téléphone',
    email: 'Courriel',
    hours: 'Horaires d’ouverture',
    hoursCaption: (name: string) => `Horaires d’ouverture de ${name}, chaque jour de la semaine`,
    day: 'Jour',
    slots: 'Horaires',
    /** Between a day's slot notes. */
    notesSeparator: '\u00a0; ',
    noHours:
      'Ce lieu n’a pas d’horaires d’ouverture réguliers\u00a0: les dates et les horaires sont indiqués dans chaque événement ou lors de l’inscription.',
    closures: 'Fermetures exceptionnelles',
    map: 'Plan d’accès',
    services: 'Services sur place',
    presentation: 'Présentation',
    accessibility: 'Accessibilité',
    events: 'Prochains rendez-vous',
    noEvents: 'Aucun rendez-vous n’est annoncé ici pour le moment. Les événements sont publiés dès qu’ils sont programmés.',
  },
} as const;
