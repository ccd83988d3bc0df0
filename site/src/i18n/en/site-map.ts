import type { notFoundOther as frNotFoundOther, siteMapPage as frSiteMapPage } from '../fr/site-map';
import type { Widen } from '../types';

/** Interface text of the site map (/en/site-map/) beside frame.siteMap, and of the 404 page's English part. */
export const siteMapPage: Widen<typeof frSiteMapPage> = {
  kinds: {
    companies: 'Companies',
    jobs: 'Jobs',
    trainingPaths: 'Trainings',
    supportSolutions: 'Support',
    venues: 'Places',
    events: 'Events',
    visits: 'Visits',
    sectors: 'Industries',
    audiences: 'Who it’s for',
    articles: 'News',
    careerStories: 'Career stories',
    partners: 'Partners',
  },
};

export const notFoundOther: Widen<typeof frNotFoundOther> = {
  title: 'Page not found',
  text: 'This page does not exist or has moved. The English version of the site is here for you.',
  home: 'Go to the home page of the English site',
  search: 'Search the English site',
};
