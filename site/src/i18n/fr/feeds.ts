/**
 * Interface text of the programme feeds: the JSON feed's title, the calendars' names and descriptions, the
 * « Ajouter à mon agenda » link of an event page and the subscription links of /agenda/ (French).
 */
export const feeds = {
  programmeTitle: 'Programme — 20\u00a0000 emplois durables',
  calendarName: 'Programme 20\u00a0000 emplois durables',
  calendarDescription:
    'Les rendez-vous 20\u00a0000 emplois durables sur le bassin de Dunkerque\u00a0: informations collectives, job datings, permanences, visites et étapes de la Factory Mobile.',
  venueCalendarName: (venue: string) => `20\u00a0000 emplois durables — ${venue}`,
  venueCalendarDescription: (venue: string) => `Les rendez-vous 20\u00a0000 emplois durables à ${venue}.`,
  audienceCalendarName: (audience: string) => `20\u00a0000 emplois durables — ${audience}`,
  audienceCalendarDescription: (audience: string) => `Les rendez-vous 20\u00a0000 emplois durables pour le public «\u00a0${audience}\u00a0».`,
  /** Lines of an event's DESCRIPTION after its summary. */
  statusLine: (label: string) => `Statut\u00a0: ${label}`,
  registrationUrlLine: (label: string, url: string) => `${label}\u00a0: ${url}`,
  capacityLine: (places: number) => `${new Intl.NumberFormat('fr-FR').format(places)}\u00a0${places > 1 ? 'places' : 'place'}`,
  pageLine: (url: string) => `Tous les détails\u00a0: ${url}`,
  addToCalendar: 'Ajouter à mon agenda',
  /** Screen-reader end of « Ajouter à mon agenda »: the event's title. */
  addToCalendarFor: (title: string) => ` «\u00a0${title}\u00a0»`,
  addToCalendarHint: 'fichier .ics pour Agenda, Outlook, Google Agenda…',
  subscribeTitle: 'S’abonner au programme dans votre agenda',
  subscribeIntro:
    'Ajoutez le programme à votre application d’agenda (Agenda d’Apple, Outlook, Google Agenda, Thunderbird…)\u00a0: il se met à jour tout seul à chaque nouveau rendez-vous.',
  subscribeWebcal: 'S’abonner',
  download: 'Télécharger le fichier .ics',
  icsFile: 'Fichier .ics',
  /** Screen-reader end of a subscription link (« S’abonner » + « à l’agenda : Jeunes »). */
  subscribeTo: (name: string) => `à l’agenda\u00a0: ${name}`,
  wholeProgramme: 'Tout le programme',
  byVenue: 'Par lieu',
  byAudience: 'Par public',
  googleHint:
    'Dans Google Agenda, choisissez «\u00a0Autres agendas\u00a0», puis «\u00a0À partir de l’URL\u00a0», et collez l’adresse du fichier .ics.',
  jsonFeed: 'Flux JSON pour les partenaires',
  /** The events RSS feed (/agenda/rss.xml). */
  rssTitle: (programme: string) => `Agenda · ${programme}`,
  rssDescription: (programme: string) =>
    `Les prochains rendez-vous du programme «\u00a0${programme}\u00a0»\u00a0: informations collectives, job datings, visites…`,
  rssLanguage: 'fr-fr',
  /** An RSS item's title when the event is not as planned: « Annulé : Job dating… ». */
  rssStateTitle: (state: string, title: string) => `${state}\u00a0: ${title}`,
  /** The single event's calendar file, under its page: /evenements/<slug>/evenement.ics. */
  eventIcsFile: 'evenement.ics',
  /** The widget's iframe page (/widget/v1/embed/): its title and heading, and its link to the programme. */
  embedTitle: (programme: string) => `Programme · ${programme}`,
  embedLink: 'Voir le programme',
  /** iCalendar PRODID language. */
  icsLanguage: 'FR',
} as const;
