import type { frame as fr } from '../fr/frame';
import type { Widen } from '../types';

/** Interface text of the site frame: header, menu, footer, site map and 404 page. */
export const frame: Widen<typeof fr> = {
  programme: {
    name: '20,000 sustainable jobs',
    tagline: 'Dunkirk employment area, France',
    description:
      'Companies hiring, jobs, trainings and support: the “20,000 sustainable jobs” programme of the Dunkirk employment area in northern France.',
    homeTitle: 'Dunkirk employment area',
  },
  skipLink: 'Skip to content',
  sections: {
    home: 'Home',
    companies: 'Companies',
    jobs: 'Jobs',
    trainings: 'Trainings',
    support: 'Support',
    venues: 'Places',
    agenda: 'Programme',
    events: 'Events',
    audiences: 'Who it’s for',
    sectors: 'Industries',
    visits: 'Visits',
    factoryMobile: 'Factory Mobile',
    stories: 'Career stories',
    news: 'News',
    partners: 'Partners',
    brand: 'Brand guidelines',
    widget: 'The programme on your website',
    search: 'Search',
    siteMap: 'Site map',
  },
  footerLinks: {
    accessibility: 'Accessibility',
    legal: 'Legal notice',
    relays: 'Relay points and welcome desks',
  },
  breadcrumbs: 'Breadcrumb',
  conformity: {
    separator: ': ',
    'totalement conforme': 'fully compliant',
    'partiellement conforme': 'partially compliant',
    'non conforme': 'not compliant',
  },
  languageSwitch: {
    name: 'English',
    hint: 'Read this page in English',
    hintParent: 'Read the site in English',
  },
  fallback: {
    title: 'Available in French',
    text: 'This page has not been translated yet. Here is its French version.',
  },
  homeLink: '20 000 sustainable jobs: home page',
  search: {
    label: 'Search the site',
    submit: 'Search',
  },
  menu: {
    navLabel: 'Main navigation',
    button: 'Menu',
    secondary: 'Also on the site',
  },
  footer: {
    about:
      'An Entreprendre Ensemble initiative so that the jobs created in the Dunkirk employment area benefit its own residents first.',
    navLabel: 'Site information',
    contactTitle: 'Come and meet us',
    contactText:
      'A question, help using the site or finding your way? Advisers at the relay points welcome you, no appointment needed.',
    relaysLink: 'Find a relay point near you',
    source:
      'Programme source: Entreprendre Ensemble, “Stratégie 20 000, des emplois durables pour tous”, 1 March 2024 – 31 August 2026. Every figure published on this site gives its own source.',
    accessibilityStatus: 'Accessibility: not compliant (RGAA 4.1 audit to come)',
  },
  siteMap: {
    title: 'Site map',
    description:
      'Every page of the 20 000 sustainable jobs site: companies, jobs, trainings, welcome desks and practical information for the Dunkirk employment area.',
    intro: 'Every section of the site and the pages it contains.',
    sections: 'Sections',
    information: 'Site information',
    otherEntries: 'Other pages',
  },
  notFound: {
    title: 'Page not found',
    eyebrow: 'Error 404',
    description:
      'This page does not exist or has moved. Look for a company, a job or a training, or start again from a section of the site.',
    lead: 'Sorry, this page does not exist or has moved. Don’t worry, we’ll help you find your way.',
    searchTitle: 'Search the site',
    searchLabel: 'What are you looking for?',
    searchHelp: 'A job, a company, a training, a town…',
    sectionsTitle: 'Or start from a section',
    home: 'Back to the home page',
    siteMap: 'See the site map',
    help: 'Need a hand? The relay points welcome you and point you in the right direction.',
  },
};
