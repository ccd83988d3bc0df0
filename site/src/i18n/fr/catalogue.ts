import { enumLabel, type Presence } from '@dk20000/shared';

const capitalizeFr = (text: string) => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);

/**
 * Interface text of the catalogue: companies (/entreprises/), jobs (/metiers/) and trainings (/formations/), their
 * cards (also shown by the sector, audience and partner pages) and the key figures.
 */
export const catalogue = {
  keyFigure: {
    /** « Source : INSEE » under a figure. */
    source: 'Source\u00a0: ',
  },
  companies: {
    description:
      'Les entreprises qui s’installent, se développent ou sont implantées sur le bassin d’emploi de Dunkerque, et les emplois qu’elles prévoient.',
    intro:
      'Gigafactories de batteries, acier décarboné, chimie, verre, ciment\u00a0: découvrez les entreprises qui recrutent sur le bassin d’emploi de Dunkerque, les métiers qu’elles recherchent et leur environnement de travail.',
    unit: { one: 'entreprise', many: 'entreprises' },
    /** After the count of companies: « , 12 000 emplois prévus au total ». */
    jobsTotal: (total: string) => `, ${total}\u00a0emplois prévus au total`,
    empty: 'Aucune entreprise n’est encore présentée. Revenez bientôt\u00a0!',
    /** On a card: « 1 500 emplois prévus », then « d’ici 2030 ». */
    jobsPlanned: { one: 'emploi prévu', many: 'emplois prévus' },
    horizon: (year: number) => ` d’ici ${year}`,
    /** Title of a company page whose name is blank. */
    fallbackTitle: 'Entreprise',
    metaDescription: (name: string, town: string | undefined) =>
      `${name}, entreprise du bassin d’emploi de Dunkerque${town ? ` à ${town}` : ''}.`,
    atAGlance: 'En bref',
    /** The badge of a company's presence: « S’installe », « Se développe », « Implantée ». */
    presenceBadge: (presence: Presence) => capitalizeFr(enumLabel('presence', presence, 'fr')),
    presence: 'Présence sur le territoire',
    /** « Batterie du Nord s’installe à Dunkerque. » */
    presenceSentence: (name: string, presence: Presence, town: string | undefined) =>
      `${name} ${enumLabel('presence', presence, 'fr')}${town ? ` à ${town}` : ''}.`,
    address: 'Adresse',
    jobsPlannedLabel: 'Emplois prévus',
    sectors: { one: 'Filière', many: 'Filières' },
    careers: 'Voir les offres d’emploi',
    /** Read by screen readers after « Voir les offres d’emploi ». */
    careersOf: (name: string) => ` de ${name}`,
    website: 'Site de l’entreprise',
    presentation: 'Présentation',
    skills: 'Compétences recherchées',
    hiringIn: (name: string) => `${name} recrute notamment dans ces métiers\u00a0:`,
    jobsLabel: (name: string) => `Métiers recherchés par ${name}`,
    environment: 'Environnement de travail',
    photos: (name: string) => `Photos de ${name}`,
    video: (name: string) => `Présentation de ${name}`,
    decarbonation: 'Décarbonation',
    stories: 'Ils et elles y travaillent',
    meet: (name: string) => `Rencontrer ${name}`,
    noEvents: (name: string) =>
      `Aucun rendez-vous avec ${name} n’est annoncé pour le moment. Les job datings et informations collectives sont publiés ici dès qu’ils sont programmés.`,
  },
  jobs: {
    intro:
      'Les métiers qui recrutent sur le bassin d’emploi de Dunkerque, avec le niveau pour y accéder, le salaire quand il est connu et les formations qui y mènent.',
    allLabel: 'Tous les métiers',
    unit: { one: 'métier', many: 'métiers' },
    empty: 'Aucun métier ne correspond à ce filtre pour le moment.',
    filters: {
      sector: { title: 'Par filière', name: 'Filière' },
      level: { title: 'Par niveau d’accès', name: 'Niveau d’accès' },
    },
    romeCode: 'Code ROME',
    /** On the job page, with who defines the code. */
    romeCodeLong: 'Code ROME (France Travail)',
    accessLevel: 'Niveau d’accès',
    salary: 'Salaire brut mensuel',
    sector: 'Filière',
    /** Amounts are already formatted (« 1 900 € »). */
    salaryExact: (amount: string) => `${amount} brut par mois`,
    salaryRange: (min: string, max: string) => `de ${min} à ${max} brut par mois`,
    salaryFrom: (min: string) => `à partir de ${min} brut par mois`,
    salaryUpTo: (max: string) => `jusqu’à ${max} brut par mois`,
    feminine: (title: string) => `Au féminin\u00a0: ${title}`,
    masculine: (title: string) => `Au masculin\u00a0: ${title}`,
    eyebrow: 'Métier',
    fallbackTitle: 'Métier',
    metaDescription: (title: string) => `${title}\u00a0: un métier qui recrute sur le bassin d’emploi de Dunkerque.`,
    atAGlance: 'En bref',
    skills: 'Compétences',
    conditions: 'Conditions de travail',
    train: 'Se former à ce métier',
    trainingsLabel: (title: string) => `Formations menant au métier ${title}`,
    noTrainings:
      'Aucune formation n’est encore associée à ce métier. Les conseillers des points relais vous orientent vers le bon parcours.',
    companies: 'Entreprises qui recrutent',
    companiesLabel: (title: string) => `Entreprises qui recrutent\u00a0: ${title}`,
    stories: 'Ils et elles font ce métier',
  },
  trainings: {
    intro:
      'Les formations qui mènent aux métiers du bassin d’emploi de Dunkerque\u00a0: initiale, en alternance, continue ou pour une reconversion, avec leurs prochaines sessions.',
    allLabel: 'Toutes les formations',
    unit: { one: 'formation', many: 'formations' },
    empty: 'Aucune formation ne correspond à ce filtre pour le moment.',
    filters: {
      format: { title: 'Par format', name: 'Format' },
      level: { title: 'Par niveau visé', name: 'Niveau visé' },
      audience: { title: 'Par public', name: 'Public' },
    },
    /** Short badges on a card, long ones on the training page. */
    free: 'Gratuite',
    paid: 'Rémunérée',
    freeLong: 'Gratuite pour la personne formée',
    paidLong: 'Rémunérée pendant la formation',
    format: 'Format',
    level: 'Niveau visé',
    levelBadge: (level: string) => `Niveau visé\u00a0: ${level}`,
    duration: 'Durée',
    /** « 6 mois (420 heures) »: the editor's duration, then the hours. */
    hours: { one: 'heure', many: 'heures' },
    nextSession: 'Prochaine session',
    noNextSession: 'Aucune session programmée pour le moment',
    eyebrow: 'Formation',
    fallbackTitle: 'Formation',
    metaDescription: (title: string, format: string, duration: string) =>
      `${title}\u00a0: ${format.toLocaleLowerCase('fr-FR')}, ${duration}.`,
    atAGlance: 'En bref',
    provider: 'Organisme de formation',
    town: 'Lieu',
    seats: 'Places',
    seatsPerSession: { one: 'place par session', many: 'places par session' },
    cost: 'Coût et rémunération',
    see: 'Voir la formation',
    /** Read by screen readers after « Voir la formation ». */
    seeOn: (title: string, host: string) => ` «\u00a0${title}\u00a0» sur ${host}`,
    presentation: 'Présentation',
    sessions: 'Prochaines sessions',
    /** Dates are already formatted (« mardi 3 mars 2026 »). */
    sessionRange: (start: string, end: string) => `du ${start} au ${end}`,
    sessionDay: (day: string) => `le ${day}`,
    sessionTown: (town: string) => `À ${town}`,
    deadline: 'Candidatures jusqu’au',
    noSessions:
      'Aucune session n’est annoncée pour le moment. Renseignez-vous auprès d’un point relais ou de l’organisme de formation.',
    prerequisites: 'Prérequis',
    funding: 'Financements possibles',
    jobs: 'Métiers visés',
    jobsLabel: (title: string) => `Métiers auxquels mène la formation ${title}`,
    audiences: 'Pour qui\u00a0?',
    audiencesLabel: 'Publics concernés',
  },
} as const;
