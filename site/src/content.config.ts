import { defineCollection } from 'astro:content';
import { contentTypes } from '@dk20000/shared';
import { slugHistoryLoader, SlugHistoryEntrySchema } from './loaders/slug-history';
import { strapiLoader } from './loaders/strapi';

/** One collection per content type of the CMS; content enters the site only through here. */
export const collections = {
  companies: defineCollection({ loader: strapiLoader({ type: 'companies' }), schema: contentTypes.companies.schema }),
  jobs: defineCollection({ loader: strapiLoader({ type: 'jobs' }), schema: contentTypes.jobs.schema }),
  careerStories: defineCollection({ loader: strapiLoader({ type: 'careerStories' }), schema: contentTypes.careerStories.schema }),
  trainingPaths: defineCollection({ loader: strapiLoader({ type: 'trainingPaths' }), schema: contentTypes.trainingPaths.schema }),
  supportSolutions: defineCollection({ loader: strapiLoader({ type: 'supportSolutions' }), schema: contentTypes.supportSolutions.schema }),
  venues: defineCollection({ loader: strapiLoader({ type: 'venues' }), schema: contentTypes.venues.schema }),
  events: defineCollection({ loader: strapiLoader({ type: 'events' }), schema: contentTypes.events.schema }),
  programmes: defineCollection({ loader: strapiLoader({ type: 'programmes' }), schema: contentTypes.programmes.schema }),
  visits: defineCollection({ loader: strapiLoader({ type: 'visits' }), schema: contentTypes.visits.schema }),
  sectors: defineCollection({ loader: strapiLoader({ type: 'sectors' }), schema: contentTypes.sectors.schema }),
  partners: defineCollection({ loader: strapiLoader({ type: 'partners' }), schema: contentTypes.partners.schema }),
  audiences: defineCollection({ loader: strapiLoader({ type: 'audiences' }), schema: contentTypes.audiences.schema }),
  towns: defineCollection({ loader: strapiLoader({ type: 'towns' }), schema: contentTypes.towns.schema }),
  articles: defineCollection({ loader: strapiLoader({ type: 'articles' }), schema: contentTypes.articles.schema }),
  pages: defineCollection({ loader: strapiLoader({ type: 'pages' }), schema: contentTypes.pages.schema }),
  home: defineCollection({ loader: strapiLoader({ type: 'home' }), schema: contentTypes.home.schema }),
  brand: defineCollection({ loader: strapiLoader({ type: 'brand' }), schema: contentTypes.brand.schema }),
  // The old slugs of published entries (from the sync state): the redirects from their old addresses.
  slugHistory: defineCollection({ loader: slugHistoryLoader(), schema: SlugHistoryEntrySchema }),
};
