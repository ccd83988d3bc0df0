import type { Audience, Event, Town, Venue } from '@dk20000/shared';
import { getEntries } from './entries';

/** What the programme feeds (JSON and iCalendar) are built from: the French entries, read once per build. */
export interface ProgrammeEntries {
  events: Event[];
  venues: Venue[];
  audiences: Audience[];
  towns: Town[];
}

let cached: Promise<ProgrammeEntries> | undefined;

/** The events, venues, audiences and towns of the site (French), shared by every feed file of one build. */
export function programmeEntries(): Promise<ProgrammeEntries> {
  // `astro dev` keeps modules between requests while the content changes: read afresh there.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= Promise.all([getEntries('events', 'fr'), getEntries('venues', 'fr'), getEntries('audiences', 'fr'), getEntries('towns', 'fr')]).then(
    ([events, venues, audiences, towns]) => ({
      events: events.map((entry) => entry.data),
      venues: venues.map((entry) => entry.data),
      audiences: audiences.map((entry) => entry.data),
      towns: towns.map((entry) => entry.data),
    }),
  );
  return cached;
}

/** The build instant, the same for every feed file of one build ("upcoming" is decided against it). */
export const buildInstant = new Date();

/** Response headers of the JSON feed files (the static host adds CORS, see site/public/_headers). */
export const jsonHeaders = { 'Content-Type': 'application/json; charset=utf-8' };
/** Response headers of the .ics files. */
export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
