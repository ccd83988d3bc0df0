/** Interface text of the visits: /visites/, its filter pages, the cards and the visit pages (/visites/<slug>/). */
export const visits = {
  list: {
    section: 'Visites',
    intro:
      'Des visites guidées ou en autonomie pour voir de près les sites industriels, les lieux ressources et les chantiers de la transition, en bus gratuit depuis les points relais.',
    allLabel: 'Toutes les visites',
    unit: { one: 'visite', many: 'visites' },
    empty: 'Aucune visite ne correspond à ce filtre pour le moment.',
  },
  filters: {
    mode: { title: 'Par formule', name: 'Formule' },
    public: { title: 'Par public', name: 'Public' },
  },
  /** « 45 min », « 2 h », « 1 h 30 », with no-break spaces. */
  duration: (hours: number, minutes: number) => {
    if (hours === 0) return `${minutes}\u00a0min`;
    if (minutes === 0) return `${hours}\u00a0h`;
    return `${hours}\u00a0h\u00a0${String(minutes).padStart(2, '0')}`;
  },
  facts: {
    summary: 'En bref',
    mode: 'Formule',
    duration: 'Durée',
    stops: 'Étapes',
    start: 'Départ',
    booking: 'Réservation',
  },
  /** Between the stops' names on a card. */
  stopsSeparator: ' · ',
  detail: {
    fallbackTitle: 'Visite',
    /** Meta description when the visit has no summary: « Visite guidée de 4 h : étapes… ». */
    description: (mode: string, duration: string) => `${mode} de ${duration}\u00a0: étapes, accès en bus et réservation.`,
    book: 'Réserver',
    /** Read by screen readers after « Réserver ». */
    bookHint: (title: string, host: string) => ` la visite «\u00a0${title}\u00a0» sur ${host}`,
    presentation: 'Présentation',
    stops: 'Les étapes',
    /** Read by screen readers before the stop's name. */
    stop: (n: number) => `Étape ${n}\u00a0: `,
    onMap: 'Voir sur la carte',
    /** Read by screen readers after « Voir sur la carte ». */
    onMapHint: (name: string) => ` l’étape «\u00a0${name}\u00a0» (OpenStreetMap)`,
    access: 'Comment y aller',
    bookTitle: 'Réserver',
    audiences: 'Pour qui\u00a0?',
    audiencesLabel: 'Publics concernés',
  },
  /** What booking a visit takes, in one sentence. */
  booking: {
    none: 'Pas besoin de réserver\u00a0: venez quand vous voulez.',
    link: 'Réservez votre place en ligne.',
    onSiteAt: (venue: string) => `Réservez votre place à l’accueil de ${venue}, sur place ou par téléphone.`,
    onSite: 'Réservez votre place sur place, auprès d’un point relais.',
  },
} as const;
