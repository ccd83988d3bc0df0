import type { Presence } from '@dk20000/shared';
import type { catalogue as fr } from '../fr/catalogue';
import type { Widen } from '../types';

const presenceVerb: Record<Presence, string> = {
  arriving: 'is setting up',
  growing: 'is expanding',
  established: 'is established',
};

const presenceBadge: Record<Presence, string> = {
  arriving: 'Setting up',
  growing: 'Expanding',
  established: 'Established',
};

/**
 * Interface text of the catalogue: companies (/en/companies/), jobs (/en/jobs/) and trainings (/en/trainings/),
 * their cards (also shown by the sector, audience and partner pages) and the key figures.
 */
export const catalogue: Widen<typeof fr> = {
  keyFigure: {
    source: 'Source: ',
  },
  companies: {
    description:
      'The companies setting up, expanding or already established in the Dunkirk employment area, and the jobs they plan to create.',
    intro:
      'Battery gigafactories, low-carbon steel, chemicals, glass, cement: discover the companies hiring in the Dunkirk employment area, the jobs they are looking for and what it is like to work there.',
    unit: { one: 'company', many: 'companies' },
    jobsTotal: (total: string) => `, ${total} jobs planned in all`,
    empty: 'No company is presented yet. Please come back soon!',
    jobsPlanned: { one: 'job planned', many: 'jobs planned' },
    horizon: (year: number) => ` by ${year}`,
    fallbackTitle: 'Company',
    metaDescription: (name: string, town: string | undefined) =>
      `${name}, a company of the Dunkirk employment area${town ? ` in ${town}` : ''}, in northern France.`,
    atAGlance: 'At a glance',
    presenceBadge: (presence: Presence) => presenceBadge[presence],
    presence: 'Presence in the area',
    presenceSentence: (name: string, presence: Presence, town: string | undefined) =>
      `${name} ${presenceVerb[presence]}${town ? ` in ${town}` : ''}.`,
    address: 'Address',
    jobsPlannedLabel: 'Jobs planned',
    sectors: { one: 'Industry', many: 'Industries' },
    careers: 'See the job offers',
    careersOf: (name: string) => ` at ${name}`,
    website: 'Company website',
    presentation: 'About the company',
    skills: 'Skills they are looking for',
    hiringIn: (name: string) => `${name} is hiring in particular for these jobs:`,
    jobsLabel: (name: string) => `Jobs ${name} is hiring for`,
    environment: 'Working environment',
    photos: (name: string) => `Photos of ${name}`,
    video: (name: string) => `Introducing ${name}`,
    decarbonation: 'Cutting carbon',
    stories: 'People who work there',
    meet: (name: string) => `Meet ${name}`,
    noEvents: (name: string) =>
      `No event with ${name} has been announced yet. Job datings and information sessions are published here as soon as they are scheduled.`,
  },
  jobs: {
    intro:
      'The jobs in demand in the Dunkirk employment area, with the level you need, the salary when it is known and the trainings that lead to them.',
    allLabel: 'All jobs',
    unit: { one: 'job', many: 'jobs' },
    empty: 'No job matches this filter for now.',
    filters: {
      sector: { title: 'By industry', name: 'Industry' },
      level: { title: 'By entry level', name: 'Entry level' },
    },
    romeCode: 'ROME code',
    romeCodeLong: 'ROME code (France Travail, the French public employment service)',
    accessLevel: 'Entry level',
    salary: 'Gross monthly salary',
    sector: 'Industry',
    salaryExact: (amount: string) => `${amount} gross a month`,
    salaryRange: (min: string, max: string) => `${min} to ${max} gross a month`,
    salaryFrom: (min: string) => `from ${min} gross a month`,
    salaryUpTo: (max: string) => `up to ${max} gross a month`,
    feminine: (title: string) => `Feminine form: ${title}`,
    masculine: (title: string) => `Masculine form: ${title}`,
    eyebrow: 'Job',
    fallbackTitle: 'Job',
    metaDescription: (title: string) => `${title}: a job in demand in the Dunkirk employment area, in northern France.`,
    atAGlance: 'At a glance',
    skills: 'Skills',
    conditions: 'Working conditions',
    train: 'Training for this job',
    trainingsLabel: (title: string) => `Trainings leading to the job ${title}`,
    noTrainings:
      'No training is linked to this job yet. The advisers at the relay points will help you find the right path.',
    companies: 'Companies hiring',
    companiesLabel: (title: string) => `Companies hiring: ${title}`,
    stories: 'People who do this job',
  },
  trainings: {
    intro:
      'The trainings that lead to the jobs of the Dunkirk employment area: initial, work-study, continuing education or a career change, with their next sessions.',
    allLabel: 'All trainings',
    unit: { one: 'training', many: 'trainings' },
    empty: 'No training matches this filter for now.',
    filters: {
      format: { title: 'By format', name: 'Format' },
      level: { title: 'By level reached', name: 'Level reached' },
      audience: { title: 'By audience', name: 'Audience' },
    },
    free: 'Free',
    paid: 'Paid',
    freeLong: 'Free for the trainee',
    paidLong: 'Paid while you train',
    format: 'Format',
    level: 'Level reached',
    levelBadge: (level: string) => `Level reached: ${level}`,
    duration: 'Duration',
    hours: { one: 'hour', many: 'hours' },
    nextSession: 'Next session',
    noNextSession: 'No session scheduled for now',
    eyebrow: 'Training',
    fallbackTitle: 'Training',
    metaDescription: (title: string, format: string, duration: string) =>
      `${title}: ${format.toLocaleLowerCase('en-GB')}, ${duration}.`,
    atAGlance: 'At a glance',
    provider: 'Training provider',
    town: 'Place',
    seats: 'Places',
    seatsPerSession: { one: 'place per session', many: 'places per session' },
    cost: 'Cost and pay',
    see: 'See the training',
    seeOn: (title: string, host: string) => ` “${title}” on ${host}`,
    presentation: 'About the training',
    sessions: 'Next sessions',
    sessionRange: (start: string, end: string) => `from ${start} to ${end}`,
    sessionDay: (day: string) => `on ${day}`,
    sessionTown: (town: string) => `In ${town}`,
    deadline: 'Apply by',
    noSessions:
      'No session has been announced yet. Ask at a relay point or contact the training provider.',
    prerequisites: 'Entry requirements',
    funding: 'Possible funding',
    jobs: 'Jobs it leads to',
    jobsLabel: (title: string) => `Jobs the training ${title} leads to`,
    audiences: 'Who is it for?',
    audiencesLabel: 'Audiences',
  },
};
