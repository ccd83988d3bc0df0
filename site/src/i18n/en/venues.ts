import type { venues as fr } from '../fr/venues';
import type { Widen } from '../types';

/** Interface text of the venues: /en/places/, /en/places/town/<town>/, the cards and the venue pages. */
export const venues: Widen<typeof fr> = {
  separator: ': ',
  list: {
    title: 'Places to meet us',
    description:
      'Relay points, Factory Mobile stops and partner places of the 20,000 jobs strategy in the Dunkirk area: opening hours, services, bus access and accessibility.',
    intro:
      'Relay points, Factory Mobile stops and partner places: drop in to find out about jobs, the companies that are hiring and trainings, meet an adviser or have a job interview. No appointment needed.',
    filterTitle: 'Filter by town',
    allTowns: 'All towns',
    unit: { one: 'place', many: 'places' },
    empty: 'No place has been listed yet.',
    home: 'Back to the home page',
  },
  town: {
    title: (town: string) => `Places to meet us in ${town}`,
    description: (town: string) =>
      `The places of the 20,000 jobs strategy in ${town}: relay points, the Factory Mobile and partner places, with their opening hours and services.`,
    heading: (town: string) => `Places in ${town}`,
    countIn: (count: string, town: string) => `${count} in ${town}`,
    empty: (town: string) => `No place is listed in ${town} for the moment.`,
    allTowns: 'See the places in every town',
  },
  card: {
    noHours: 'No regular opening hours: dates and times are given with each event.',
  },
  detail: {
    fallbackTitle: 'Place',
    description: (name: string, kind: string, town: string | undefined) =>
      `${name}: ${kind.toLocaleLowerCase('en-GB')}${town ? ` in ${town}` : ''}, with its opening hours, services and how to get there.`,
    townLink: 'every place in this town',
    practical: 'Practical information',
    address: 'Address',
    access: 'By bus and public transport',
    phone: 'Phone',
    email: 'Email',
    hours: 'Opening hours',
    hoursCaption: (name: string) => `Opening hours of ${name}, for each day of the week`,
    day: 'Day',
    slots: 'Hours',
    notesSeparator: '; ',
    noHours: 'This place has no regular opening hours: dates and times are given with each event, or when you sign up.',
    closures: 'Exceptional closures',
    map: 'How to get there',
    services: 'On-site services',
    presentation: 'About this place',
    accessibility: 'Accessibility',
    events: 'Coming up here',
    noEvents: 'No event has been announced here yet. Events are published as soon as they are scheduled.',
  },
};
