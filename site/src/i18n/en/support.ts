import type { audiences as frAudiences, partners as frPartners, support as frSupport } from '../fr/support';
import type { Widen } from '../types';

/** Interface text of the support, audiences and partners sections (English). */
export const support: Widen<typeof frSupport> = {
  section: 'Support',
  intro:
    'Housing, getting around, childcare, money, health, disability: practical help with whatever is holding you back from work in the Dunkirk employment area.',
  allLabel: 'All support',
  filterTitle: 'Filter the support',
  byTheme: 'By theme',
  unit: { one: 'support service', many: 'support services' },
  empty: 'There is no support on this theme yet. A relay point can point you in the right direction.',
  kicker: 'Support',
  fallbackTitle: 'Support',
  theme: 'Theme',
  themePrefix: 'Theme: ',
  forWhom: 'Who is it for?',
  forWhomEveryone: 'Anyone looking for work in the Dunkirk employment area.',
  audiencesLabel: 'Who it is for',
  howToAccess: 'How to get it',
  contact: 'Contact',
  colon: ':',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  cost: 'Cost',
  costText:
    'Advice at a relay point is free. If the support itself costs anything, you are told at your first conversation.',
  provider: 'Offered by',
  towns: 'Where',
  everywhere: 'Across the whole Dunkirk employment area',
  inBrief: 'At a glance',
  presentation: 'About this support',
  where: 'Where to ask about it near you',
  events: 'Coming up',
  seeMore: 'Find out more',
  seeMoreAbout: (title: string, host: string) => ` about “${title}” (${host})`,
  otherSolutions: 'Other support on the same theme',
  and: ' and ',
  moreAudiences: (n: string) => ` and ${n} other groups`,
  metaDescription: (theme: string, title: string) =>
    `${theme}: ${title}, help with what holds you back from work in the Dunkirk employment area, France.`,
};

export const audiences: Widen<typeof frAudiences> = {
  section: 'Who it’s for',
  intro:
    'Young people, women, over-50s, people changing careers or new to the area: find the jobs, trainings, support and events meant for you.',
  kicker: 'Who it’s for',
  fallbackTitle: 'Audience',
  indexHeading: 'Choose your situation',
  empty: 'No audience is presented yet.',
  backHome: 'Back to the home page',
  jobs: 'Jobs within reach',
  jobsIntro: 'The jobs the trainings below lead to, and those of the career stories.',
  trainings: 'Trainings',
  trainingUnit: { one: 'training', many: 'trainings' },
  solutions: 'Support',
  stories: 'Career stories',
  events: 'Coming up',
  nothing:
    'Nothing has been published for this group yet. Advisers at the relay points will see you, with or without an appointment.',
  findRelay: 'Find a relay point',
  seeAllTrainings: 'All trainings for this group',
  seeAgenda: 'All upcoming events for this group, in the programme',
  contents: 'On this page',
  metaDescription: (name: string) => `${name}: jobs, trainings, support and events in the Dunkirk employment area, France.`,
};

export const partners: Widen<typeof frPartners> = {
  section: 'Partners',
  intro:
    'The public employment service, training providers, funders, local authorities, non-profits and businesses: the partners behind the 20,000 sustainable jobs strategy.',
  kicker: 'Partner',
  fallbackTitle: 'Partner',
  byRole: 'By role',
  empty: 'No partner is presented yet.',
  backHome: 'Back to the home page',
  website: 'Website',
  colon: ':',
  kind: 'Role',
  provides: 'On this site',
  solutions: 'Support',
  trainings: 'Trainings',
  events: 'Coming up',
  offerUnits: {
    solutions: { one: 'support service', many: 'support services' },
    trainings: { one: 'training', many: 'trainings' },
    events: { one: 'upcoming event', many: 'upcoming events' },
  },
  nothing: 'This partner does not offer any support, training or event on this site yet.',
  page: 'See the page',
  metaDescription: (name: string, kind: string) => `${name}, ${kind.toLocaleLowerCase('en-GB')}, a partner of the 20,000 sustainable jobs strategy.`,
};
