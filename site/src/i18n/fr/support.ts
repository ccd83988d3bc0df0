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
  unit: { one: 'solution', many: 'solutions' },
  empty: 'Aucune solution d’accompagnement n’est proposée pour ce thème pour le moment. Un point relais peut vous orienter.',
  kicker: 'Solution d’accompagnement',
  theme: 'Thème',
  forWhom: 'Pour qui\u00a0?',
  forWhomEveryone: 'Toute personne qui cherche un emploi sur le bassin de Dunkerque.',
  howToAccess: 'Comment en bénéficier\u00a0?',
  contact: 'Contact',
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
  otherSolutions: 'Autres solutions du même thème',
} as const;

export const audiences = {
  section: 'Publics',
  intro:
    'Jeunes, femmes, seniors, personnes en reconversion ou venues d’ailleurs\u00a0: trouvez les métiers, formations, aides et rendez-vous pensés pour vous.',
  kicker: 'Public',
  indexHeading: 'Choisissez votre situation',
  empty: 'Aucun public n’est présenté pour le moment.',
  jobs: 'Métiers accessibles',
  jobsIntro: 'Les métiers auxquels mènent les formations ci-dessous et ceux des témoignages.',
  trainings: 'Formations',
  solutions: 'Accompagnement',
  stories: 'Témoignages',
  events: 'Prochains rendez-vous',
  nothing:
    'Rien n’est encore publié spécifiquement pour ce public. Les conseillers des points relais vous accueillent avec ou sans rendez-vous.',
  seeAllTrainings: 'Toutes les formations pour ce public',
  seeAgenda: 'Tous les rendez-vous à venir pour ce public, dans l’agenda',
  contents: 'Sur cette page',
} as const;

export const partners = {
  section: 'Partenaires',
  intro:
    'Service public de l’emploi, organismes de formation, financeurs, collectivités, associations et acteurs économiques\u00a0: les partenaires qui font vivre la stratégie 20 000 emplois durables.',
  kicker: 'Partenaire',
  empty: 'Aucun partenaire n’est présenté pour le moment.',
  website: 'Site web',
  kind: 'Rôle',
  provides: 'Sur ce site',
  solutions: 'Solutions d’accompagnement',
  trainings: 'Formations',
  events: 'Prochains rendez-vous',
  nothing: 'Ce partenaire ne propose pas encore de solution, de formation ou de rendez-vous sur ce site.',
  page: 'Voir la fiche',
} as const;
