import { fileSlug } from '@dk20000/shared/file-names';
import { feeds } from '../i18n/fr/feeds';

/** The https and webcal: addresses of one subscribable calendar. */
export interface CalendarLink {
  name: string;
  https: string;
  webcal: string;
}

/** The same address with the webcal: scheme, which calendar apps open as a subscription. */
export function webcalUrl(https: string): string {
  return https.replace(/^https?:/, 'webcal:');
}

function link(site: URL | string, path: string, name: string): CalendarLink {
  const https = new URL(path, site).href;
  return { name, https, webcal: webcalUrl(https) };
}

/** The subscribable calendars of /agenda/: the whole programme, each place, each public (absolute from `site`). */
export function calendarLinks(
  site: URL | string,
  venues: ReadonlyArray<{ slug: string; name: string }>,
  audiences: ReadonlyArray<{ slug: string; name: string }>,
): { programme: CalendarLink; venues: CalendarLink[]; audiences: CalendarLink[] } {
  return {
    programme: link(site, '/agenda/programme.ics', feeds.wholeProgramme),
    venues: venues.map((venue) => link(site, `/agenda/lieu/${fileSlug(venue.slug)}.ics`, venue.name)),
    audiences: audiences.map((audience) => link(site, `/agenda/public/${fileSlug(audience.slug)}.ics`, audience.name)),
  };
}
