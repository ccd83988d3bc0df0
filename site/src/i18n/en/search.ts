import type { search as fr } from '../fr/search';
import type { Widen } from '../types';

/** Interface text of the search page (/en/search/) and of the search facets written into every English page. */
export const search: Widen<typeof fr> = {
  title: 'Search',
  description:
    'Search for a job, a company, a training, a place or support on the site of the “20,000 sustainable jobs” programme.',
  label: 'Search the site',
  help: 'For example a job (welder, forklift driver…), a company name, a training or a town.',
  submit: 'Search',
  noscript:
    'Search needs JavaScript. You can also browse the jobs, companies, trainings and places from the menu.',
  refine: 'Refine the results',
  clearFilters: 'Clear the filters',
  showFilters: 'Show the filters',
  hideFilters: 'Hide the filters',
  chosen: (n: number) => `${n}\u00a0chosen`,
  more: 'Show more results',
  prompt: 'Type a job, a company name, a training or a town to start searching.',
  loading: 'Searching…',
  unavailable: 'Search is not available right now. You can browse the sections of the site from the menu.',
  one: 'result',
  many: 'results',
  forTerm: 'for',
  none: 'No results',
  withFilter: 'with the filter',
  withFilters: 'with the filters',
  noneWithFilters: 'Try clearing a filter.',
  facets: {
    type: 'Type of page',
    filiere: 'Industry',
    commune: 'Town',
    public: 'Who it’s for',
  },
  types: {
    companies: 'Company',
    jobs: 'Job',
    trainingPaths: 'Training',
    careerStories: 'Career story',
    supportSolutions: 'Support',
    venues: 'Place',
    events: 'Event',
    visits: 'Visit',
    sectors: 'Industry',
    partners: 'Partner',
    audiences: 'Who it’s for',
    articles: 'News',
    pages: 'Information',
    programmes: 'Monthly programme',
  },
};
