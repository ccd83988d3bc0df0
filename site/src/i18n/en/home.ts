import type { home as fr } from '../fr/home';
import type { Widen } from '../types';

/** Interface text of the home page (English). */
export const home: Widen<typeof fr> = {
  discoverCompanies: 'Discover the companies',
  search: 'Search',
  keyFigures: 'Key figures',
  introLabel: 'About the programme',
  sectionsTitle: 'Where to start?',
  sectionsIntro: 'Every section works on a phone and with a keyboard, with no account and no sign-up.',
  sectionLines: {
    companies: 'The companies setting up or hiring in the Dunkirk area.',
    jobs: 'The jobs in demand, the level you need and the pay.',
    trainings: 'The trainings that lead to them, often free or paid while you learn.',
    support: 'Housing, transport, childcare, funding, disability: the help that exists.',
    venues: 'Relay points and welcome desks, their opening hours and services.',
    agenda: 'This month’s events: information sessions, job datings, site visits.',
    audiences: 'What exists for you: young people, women, over-50s, people on RSA (income support)…',
    sectors: 'Batteries, steel, chemicals, glass, cement: the industries and their low-carbon shift.',
    visits: 'Guided or self-guided visits to see the sites up close.',
    factoryMobile: 'The truck that comes to meet you in Dunkirk, Calais, Saint-Omer and Hazebrouck.',
    stories: 'They found their place: their stories.',
    news: 'The latest news from the programme.',
    partners: 'The organisations that support you.',
  },
  upcomingTitle: 'Upcoming events',
  noUpcoming: 'No events have been announced yet. Come back soon!',
  allAgenda: 'See the whole programme',
  agendaRss: 'Follow upcoming events by RSS feed',
  newsTitle: 'News',
  allNews: 'All the news',
  newsRss: 'Follow the news by RSS feed',
  featuredTitle: 'Featured companies',
  allCompanies: 'See all the companies',
};
