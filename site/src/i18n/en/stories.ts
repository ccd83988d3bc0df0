import type { articles as frArticles, stories as frStories } from '../fr/stories';
import type { Widen } from '../types';

/**
 * Interface text of /en/stories/ (its filter pages, the story pages and cards) and /en/news/ (the article pages and
 * the news feed).
 */
export const stories: Widen<typeof frStories> = {
  section: 'Career stories',
  intro:
    'They already work in industry around Dunkirk: their job, the path that led them there, and what helped them get started.',
  allLabel: 'All career stories',
  unit: { one: 'career story', many: 'career stories' },
  empty: 'No career story matches this filter yet.',
  bySector: 'By industry',
  sector: 'Industry',
  byAudience: 'By audience',
  audience: 'Audience',
  eyebrow: 'Career story',
  storyOf: (name: string) => `${name}’s story`,
  inBrief: 'At a glance',
  job: 'Job',
  company: 'Company',
  audiences: 'Who this story speaks to',
  path: 'Their path',
  video: 'On video',
  quote: (text: string) => `“${text}”`,
  describe: (name: string, role: string, quote: string) => `${name}, ${role}: “${quote}”`,
};

export const articles: Widen<typeof frArticles> = {
  section: 'News',
  intro:
    'News from the 20,000 sustainable jobs strategy: new plants, recruitment, trainings and events around Dunkirk.',
  description: 'All the news of the 20,000 sustainable jobs strategy in the Dunkirk area, newest first.',
  unit: { one: 'article', many: 'articles' },
  empty: 'No news has been published yet.',
  backHome: 'Back to the home page',
  publishedOn: 'Published on ',
  eyebrow: 'News',
  companiesCited: 'Companies mentioned',
  companiesCitedLabel: 'Companies mentioned in the article',
  sectorsConcerned: { one: 'Industry concerned', many: 'Industries concerned' },
  rss: {
    title: (programme: string) => `News · ${programme}`,
    description: (programme: string) => `News from the “${programme}” programme of the Dunkirk employment area, in northern France.`,
    language: 'en-gb',
    link: 'Follow the news by RSS feed',
  },
};
