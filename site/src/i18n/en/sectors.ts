import type { charts as frCharts, sectors as frSectors } from '../fr/sectors';
import type { Widen } from '../types';

/** Interface text of /en/sectors/, the sector pages and their charts. */
export const charts: Widen<typeof frCharts> = {
  source: 'Source: ',
  sources: 'Sources: ',
  sourceSeparator: '; ',
  tableFollows: 'The table after the chart gives the same figures.',
  tableCaption: (title: string) => `In figures: ${title.charAt(0).toLocaleLowerCase('en-GB')}${title.slice(1)}`,
  currentSector: ' (this industry)',
  withUnit: (value: string, unit: string) => `${value}\u00a0${unit}`,
  labelValue: (label: string, value: string) => `${label}: ${value}`,
  notGiven: 'not published',
  jobTargets: {
    title: (horizon: string) => `Jobs expected in the area ${horizon}`,
    byYear: (year: string) => `by ${year}`,
    eventually: 'in the long run',
    separator: '. ',
    columns: ['Indicator', 'Number', 'By'],
  },
  jobChange: {
    title: (year: string | undefined) => `Change in headcount${year ? ` by ${year}` : ''}, by industry`,
    posts: 'jobs',
    separator: '; ',
    columns: ['Industry', 'Change in headcount', 'Jobs'],
  },
  emissions: {
    title: 'Share of the Dunkirk industrial port area in France’s industrial emissions',
    summary: (emissions: string, share: string) =>
      `The Dunkirk industrial port area emits ${emissions}, which is ${share} of France’s industrial emissions.`,
    columns: ['Where the emissions come from', 'Share of France’s industrial emissions', 'Emissions'],
    site: 'Dunkirk industrial port area',
    rest: 'Rest of French industry',
    moreThan: (share: string) => `over ${share}`,
    lessThan: (share: string) => `under ${share}`,
  },
};

export const sectors: Widen<typeof frSectors> = {
  section: 'Industries',
  title: 'Industries and decarbonisation',
  intro:
    'The Dunkirk area is cutting the carbon from its industry and welcoming new ones: batteries, low-carbon steel, green chemistry, energy. Here is what this means for jobs, industry by industry, with figures and sources.',
  description:
    'The industries of the Dunkirk area and their decarbonisation: CO₂ emissions, jobs expected by 2030, change in headcount, and the companies, jobs and trainings of each industry.',
  figuresHeading: 'The transition in figures',
  listHeading: 'The industries of the area',
  empty: 'No industry is presented yet.',
  eyebrow: 'Industry',
  nafCodes: 'NAF codes (the French classification of business activities): ',
  nafCode: 'NAF code (the French classification of business activities): ',
  outlook: 'Outlook',
  keyFigures: 'Key figures',
  companies: 'Companies in this industry',
  jobs: 'Jobs in this industry',
  allJobs: (n: string) => `See the ${n} of this industry in the list of jobs`,
  trainings: 'Trainings that lead to these jobs',
  stories: 'People who work in this industry',
  articles: 'News about this industry',
  nothingLinked:
    'No company, job or training is linked to this industry yet. Come back soon, or have a look at all the industries.',
  backToList: 'See all the industries',
  counts: 'At a glance',
  company: { one: 'company', many: 'companies' },
  job: { one: 'job', many: 'jobs' },
  training: { one: 'training', many: 'trainings' },
  story: { one: 'career story', many: 'career stories' },
  publishedOn: 'Published on ',
};
