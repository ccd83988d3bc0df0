import { TZDate } from '@date-fns/tz';
import { enumLabel, type Event, type Venue } from '@dk20000/shared';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { dictionary, type Lang } from '../i18n';
import { sectionHref } from '../i18n/routes';
import { safeHttpUrl, siteUrl, venueAddressLine } from './feed';

/*
 * iCalendar files of the programme (RFC 5545), made with ical-generator: the « Ajouter à mon agenda » file of each
 * event (/evenements/<slug>/evenement.ics) and the subscribable feeds (/agenda/programme.ics, per place, per public).
 * Times are Paris wall-clock times with TZID=Europe/Paris and its VTIMEZONE (timezones-ical-library).
 */

export const ICS_TIME_ZONE = 'Europe/Paris';

/** Start of the SEQUENCE clock (see eventSequence). */
const SEQUENCE_EPOCH = Date.parse('2025-01-01T00:00:00Z');

/** The event's UID: its Strapi documentId (never changes, whatever is edited) at the site's domain. */
export function eventUid(event: Pick<Event, 'documentId'>, site: URL | string): string {
  return `${event.documentId}@${new URL(site).hostname}`;
}

/**
 * The event's SEQUENCE, derived from the published version's `updatedAt` without any stored state: the number of
 * whole seconds from 2025-01-01T00:00:00Z to it. Every publication of a change in the CMS moves `updatedAt` forward,
 * so the number grows from one build to the next (and stays the same when the event did not change); it fits a
 * signed 32-bit integer until 2093.
 */
export function eventSequence(event: Pick<Event, 'updatedAt'>): number {
  const updated = Date.parse(event.updatedAt);
  return Number.isNaN(updated) ? 0 : Math.max(0, Math.floor((updated - SEQUENCE_EPOCH) / 1000));
}

/** Text for an iCalendar TEXT value: line breaks normalised, other control characters (forbidden there) as spaces. */
export function icsText(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

function statusOf(event: Event): ICalEventStatus {
  if (event.state === 'cancelled') return ICalEventStatus.CANCELLED;
  if (event.state === 'postponed') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** Plain-text DESCRIPTION: the summary, the status when not as planned, registration, and the page's address. */
export function eventDescription(event: Event, pageUrl: string, lang: Lang = 'fr'): string {
  const feeds = dictionary(lang).feeds;
  const lines = [event.summary, ''];
  if (event.state !== 'scheduled') lines.push(feeds.statusLine(enumLabel('eventState', event.state, lang)));
  const registration = enumLabel('registration', event.registration, lang);
  const registrationUrl = event.registration === 'link' ? safeHttpUrl(event.registrationUrl) : null;
  lines.push(registrationUrl && event.state !== 'cancelled' ? feeds.registrationUrlLine(registration, registrationUrl) : registration);
  if (event.capacity !== undefined) lines.push(feeds.capacityLine(event.capacity));
  lines.push(feeds.pageLine(pageUrl));
  return icsText(lines.join('\n'));
}

/** LOCATION: the venue's name and address on one line. */
export function eventLocation(event: Event, venue: Venue | undefined): string {
  const address = venue ? venueAddressLine(venue) : null;
  return icsText([venue?.name ?? event.venue.name, address].filter(Boolean).join(', '));
}

export interface CalendarInput {
  /** Calendar name (NAME, X-WR-CALNAME). */
  name: string;
  /** Calendar description. */
  description?: string;
  /** Page the calendar stands for (/agenda/, a venue's page). */
  pagePath: string;
  events: readonly Event[];
  venues: readonly Venue[];
  site: URL | string;
  /** The language of the calendar's words and of the pages it links (French by default). */
  lang?: Lang | undefined;
}

/** The .ics text of a calendar of events (a single event's file is a calendar of one). */
export function buildCalendar(input: CalendarInput): string {
  const venues = new Map(input.venues.map((venue) => [venue.documentId, venue]));
  const lang = input.lang ?? 'fr';
  const calendar = ical({
    prodId: { company: '20 000 emplois durables', product: 'Programme', language: dictionary(lang).feeds.icsLanguage },
    name: input.name,
    description: input.description ? icsText(input.description) : null,
    url: siteUrl(input.site, input.pagePath),
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps refresh a subscription about every six hours.
    ttl: 6 * 60 * 60,
    // No calendar-wide zone name (DTSTAMP and LAST-MODIFIED stay in UTC); each event names Europe/Paris and the
    // generator writes its VTIMEZONE once.
    timezone: { name: null, generator: (zone: string) => String(tzlib_get_ical_block(zone)[0] ?? '') || null },
    x: { 'X-WR-TIMEZONE': ICS_TIME_ZONE },
  });
  for (const event of input.events) {
    const pageUrl = siteUrl(input.site, sectionHref(lang, 'events', event.slug));
    const updated = new Date(event.updatedAt);
    const title = event.state === 'scheduled' ? event.title : `${enumLabel('eventState', event.state, lang)}\u00a0— ${event.title}`;
    calendar.createEvent({
      id: eventUid(event, input.site),
      sequence: eventSequence(event),
      stamp: updated,
      lastModified: updated,
      timezone: ICS_TIME_ZONE,
      start: new TZDate(event.startsAt, ICS_TIME_ZONE),
      end: new TZDate(event.endsAt ?? event.startsAt, ICS_TIME_ZONE),
      summary: icsText(title),
      description: eventDescription(event, pageUrl, lang),
      location: eventLocation(event, venues.get(event.venue.documentId)),
      url: pageUrl,
      status: statusOf(event),
    });
  }
  return calendar.toString();
}
