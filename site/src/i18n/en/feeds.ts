import type { feeds as fr } from '../fr/feeds';
import type { Widen } from '../types';

/**
 * Interface text of the programme feeds in English: the English JSON feed's title, the calendars' names and
 * descriptions, « Add to my calendar » on an event page, the subscription links of /en/programme/ and its RSS feed.
 */
export const feeds: Widen<typeof fr> = {
  programmeTitle: 'Programme — 20,000 sustainable jobs',
  calendarName: '20,000 sustainable jobs programme',
  calendarDescription:
    '20,000 sustainable jobs events around Dunkirk: information sessions, job datings, drop-in desks, visits and Factory Mobile stops.',
  venueCalendarName: (venue: string) => `20,000 sustainable jobs — ${venue}`,
  venueCalendarDescription: (venue: string) => `20,000 sustainable jobs events at ${venue}.`,
  audienceCalendarName: (audience: string) => `20,000 sustainable jobs — ${audience}`,
  audienceCalendarDescription: (audience: string) => `20,000 sustainable jobs events for “${audience}”.`,
  statusLine: (label: string) => `Status: ${label}`,
  registrationUrlLine: (label: string, url: string) => `${label}: ${url}`,
  capacityLine: (places: number) => `${new Intl.NumberFormat('en-GB').format(places)} ${places > 1 ? 'places' : 'place'}`,
  pageLine: (url: string) => `All the details: ${url}`,
  addToCalendar: 'Add to my calendar',
  addToCalendarFor: (title: string) => ` “${title}”`,
  addToCalendarHint: '.ics file for Apple Calendar, Outlook, Google Calendar…',
  subscribeTitle: 'Subscribe to the programme in your calendar',
  subscribeIntro:
    'Add the programme to your calendar app (Apple Calendar, Outlook, Google Calendar, Thunderbird…): it updates itself with every new event.',
  subscribeWebcal: 'Subscribe',
  download: 'Download the .ics file',
  icsFile: '.ics file',
  subscribeTo: (name: string) => `to the calendar: ${name}`,
  wholeProgramme: 'The whole programme',
  byVenue: 'By place',
  byAudience: 'By audience',
  googleHint: 'In Google Calendar, choose “Other calendars”, then “From URL”, and paste the address of the .ics file.',
  jsonFeed: 'JSON feed for partners',
  rssTitle: (programme: string) => `Programme · ${programme}`,
  rssDescription: (programme: string) =>
    `Upcoming events of the “${programme}” programme: information sessions, job datings, company visits…`,
  rssLanguage: 'en-gb',
  rssStateTitle: (state: string, title: string) => `${state}: ${title}`,
  eventIcsFile: 'event.ics',
  embedTitle: (programme: string) => `Events · ${programme}`,
  embedLink: 'See the programme',
  icsLanguage: 'EN',
};
