import { fileSlug } from '@dk20000/shared/file-names';
import { dictionary, type Lang } from '../i18n';
import { sectionHref, subHref } from '../i18n/routes';

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

/** `/agenda/programme.ics`, `/en/programme/programme.ics`: the whole programme's calendar. */
export function programmeIcsPath(lang: Lang = 'fr'): string {
  return `${sectionHref(lang, 'agenda')}programme.ics`;
}

/** `/agenda/lieu/<slug>.ics`, `/en/programme/audience/<slug>.ics`: the calendar of one place or one public. */
export function sliceIcsPath(key: 'lieu' | 'public', slug: string, lang: Lang = 'fr'): string {
  return `${subHref(lang, 'agenda', key)}${fileSlug(slug)}.ics`;
}

/**
 * The subscribable calendars of /agenda/ (or /en/programme/): the whole programme, each place, each public
 * (absolute from `site`; slugs of the language's pages).
 */
export function calendarLinks(
  site: URL | string,
  venues: ReadonlyArray<{ slug: string; name: string }>,
  audiences: ReadonlyArray<{ slug: string; name: string }>,
  lang: Lang = 'fr',
): { programme: CalendarLink; venues: CalendarLink[]; audiences: CalendarLink[] } {
  return {
    programme: link(site, programmeIcsPath(lang), dictionary(lang).feeds.wholeProgramme),
    venues: venues.map((venue) => link(site, sliceIcsPath('lieu', venue.slug, lang), venue.name)),
    audiences: audiences.map((audience) => link(site, sliceIcsPath('public', audience.slug, lang), audience.name)),
  };
}
