import type { visits as fr } from '../fr/visits';
import type { Widen } from '../types';

/** Interface text of the visits: /en/visits/, its filter pages, the cards and the visit pages. */
export const visits: Widen<typeof fr> = {
  list: {
    section: 'Visits',
    intro:
      'Guided or self-guided visits to see industrial sites, resource centres and the building sites of the energy transition up close, by free bus from the relay points.',
    allLabel: 'All visits',
    unit: { one: 'visit', many: 'visits' },
    empty: 'No visit matches this filter for the moment.',
  },
  filters: {
    mode: { title: 'By type of visit', name: 'Type of visit' },
    public: { title: 'By audience', name: 'Audience' },
  },
  /** « 45 min », « 2 hours », « 1 hour 30 min ». */
  duration: (hours: number, minutes: number) => {
    const h = `${hours}\u00a0${hours === 1 ? 'hour' : 'hours'}`;
    if (hours === 0) return `${minutes}\u00a0min`;
    if (minutes === 0) return h;
    return `${h} ${minutes}\u00a0min`;
  },
  facts: {
    summary: 'At a glance',
    mode: 'Type of visit',
    duration: 'Duration',
    stops: 'Stops',
    start: 'Starting point',
    booking: 'Booking',
  },
  stopsSeparator: ' · ',
  detail: {
    fallbackTitle: 'Visit',
    description: (mode: string, duration: string) => `${mode}, ${duration}: its stops, getting there by bus and how to book.`,
    book: 'Book',
    bookHint: (title: string, host: string) => ` the visit “${title}” on ${host}`,
    presentation: 'About this visit',
    stops: 'The stops',
    stop: (n: number) => `Stop ${n}: `,
    onMap: 'See on the map',
    onMapHint: (name: string) => ` the stop “${name}” (OpenStreetMap)`,
    access: 'How to get there',
    bookTitle: 'Booking',
    audiences: 'Who is it for?',
    audiencesLabel: 'Audiences',
  },
  booking: {
    none: 'No need to book: come whenever you like.',
    link: 'Book your place online.',
    onSiteAt: (venue: string) => `Book your place at the front desk of ${venue}, in person or by phone.`,
    onSite: 'Book your place in person, at a relay point.',
  },
};
