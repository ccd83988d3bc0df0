/**
 * Interface text of the « accompagnement », « publics » and « partenaires » sections (French). Content text comes
 * from the CMS; these are the words around it.
 */
export const support = {
  section: 'Accompagnement',
  intro:
    'Logement, mobilité, garde d’enfants, financement, santé, handicap\u00a0: des solutions concrètes pour lever ce qui freine votre retour à l’emploi sur le bassin de Dunkerque.',
  allLabel: 'Toutes les solutions',
  filterTitle: 'Filtrer les solutions',
  byTheme: 'Par thème',
  unit: { one: 'solution', many: 'solutions' },
  empty: 'Aucune solution d’accompagnement n’est proposée pour ce thème pour le moment. Un point relais peut vous orienter.',
  kicker: 'Solution d’accompagnement',
  /** Title of a solution page whose title is blank. */
  fallbackTitle: 'Solution d’accompagnement',
  theme: 'Thème',
  /** « Thème : » read before the theme of a card by screen readers. */
  themePrefix: 'Thème\u00a0: ',
  forWhom: 'Pour qui\u00a0?',
  forWhomEveryone: 'Toute personne qui cherche un emploi sur le bassin de Dunkerque.',
  audiencesLabel: 'Publics concernés',
  howToAccess: 'Comment en bénéficier\u00a0?',
  contact: 'Contact',
  colon: '\u00a0:',
  phone: 'Téléphone',
  email: 'Courriel',
  website: 'Site web',
  cost: 'Coût',
  costText:
    'L’accueil et le conseil en point relais sont gratuits\u00a0; si la solution a un coût, il vous est précisé dès le premier échange.',
  provider: 'Proposé par',
  towns: 'Où',
  everywhere: 'Sur tout le bassin de Dunkerque',
  inBrief: 'En bref',
  presentation: 'Présentation',
  where: 'Où en parler près de chez vous',
  events: 'Prochains rendez-vous',
  seeMore: 'En savoir plus',
  /** Read by screen readers after « En savoir plus ». */
  seeMoreAbout: (title: string, host: string) => ` sur «\u00a0${title}\u00a0» (${host})`,
  otherSolutions: 'Autres solutions du même thème',
  /** Joins the last two names of a list (« Jeunes, Seniors et Femmes »). */
  and: ' et ',
  /** « et 7 autres publics » at the end of a shortened audience list. */
  moreAudiences: (n: string) => ` et ${n}\u00a0autres publics`,
  metaDescription: (theme: string, title: string) =>
    `${theme}\u00a0: ${title}, une solution pour lever les freins à l’emploi sur le bassin de Dunkerque.`,
} as const;

export const audiences = {
  section: 'Publics',
  intro:
    'Jeunes, femmes, seniors, personnes en reconversion ou venues d’ailleurs\u00a0: trouvez les métiers, formations, aides et rendez-vous pensés pour vous.',
  kicker: 'Public',
  fallbackTitle: 'Public',
  indexHeading: 'Choisissez votre situation',
  empty: 'Aucun public n’est présenté pour le moment.',
  backHome: 'Retour à l’accueil',
  jobs: 'Métiers accessibles',
  jobsIntro: 'Les métiers auxquels mènent les formations ci-dessous et ceux des témoignages.',
  trainings: 'Formations',
  trainingUnit: { one: 'formation', many: 'formations' },
  solutions: 'Accompagnement',
  stories: 'Témoignages',
  events: 'Prochains rendez-vous',
  nothing:
    'Rien n’est encore publié spécifiquement pour ce public. Les conseillers des points relais vous accueillent avec ou sans rendez-vous.',
  findRelay: 'Trouver un point relais',
  seeAllTrainings: 'Toutes les formations pour ce public',
  seeAgenda: 'Tous les rendez-vous à venir pour ce public, dans l’agenda',
  contents: 'Sur cette page',
  metaDescription: (name: string) => `${name}\u00a0: métiers, formations, accompagnement et rendez-vous sur le bassin d’emploi de Dunkerque.`,
} as const;

export const partners = {
  section: 'Partenaires',
  intro:
    'Service public de l’emploi, organismes de formation, financeurs, collectivités, associations et acteurs économiques\u00a0: les partenaires qui font vivre la stratégie 20 000 emplois durables.',
  kicker: 'Partenaire',
  fallbackTitle: 'Partenaire',
  byRole: 'Par rôle',
  empty: 'Aucun partenaire n’est présenté pour le moment.',
  backHome: 'Retour à l’accueil',
  website: 'Site web',
  colon: '\u00a0:',
  kind: 'Rôle',
  provides: 'Sur ce site',
  solutions: 'Solutions d’accompagnement',
  trainings: 'Formations',
  events: 'Prochains rendez-vous',
  offerUnits: {
    solutions: { one: 'solution d’accompagnement', many: 'solutions d’accompagnement' },
    trainings: { one: 'formation', many: 'formations' },
    events: { one: 'rendez-vous à venir', many: 'rendez-vous à venir' },
  },
  nothing: 'Ce partenaire ne propose pas encore de solution, de formation ou de rendez-vous sur ce site.',
  page: 'Voir la fiche',
  metaDescription: (name: string, kind: string) =>
    `${name}, ${kind.toLocaleLowerCase('fr-FR')}, partenaire de la stratégie 20 000 emplois durables.`,
} as const;
