import type { Audience, Event, Ref, Town, Venue } from '@dk20000/shared';
import type { Lang } from '../i18n/lang';
import { getEntries } from './entries';
import { getLocalizedEntries } from './localized';

/** What the programme feeds (JSON and iCalendar) are built from: the entries of one language, read once per build. */
export interface ProgrammeEntries {
  events: Event[];
  venues: Venue[];
  audiences: Audience[];
  towns: Town[];
}

const cached = new Map<Lang, Promise<ProgrammeEntries>>();

/**
 * The events, venues, audiences and towns of the site of `lang`, shared by every feed file of one build. French:
 * the French entries. English: each entry's English version, or its French one for want of a translation, with the
 * events' venue and audiences pointing at the English pages' slugs and names (as the English agenda pages show them).
 */
export function programmeEntries(lang: Lang = 'fr'): Promise<ProgrammeEntries> {
  // `astro dev` keeps modules between requests while the content changes: read afresh there.
  if (import.meta.env.DEV) cached.clear();
  let entries = cached.get(lang);
  if (!entries) {
    entries = lang === 'fr' ? frenchEntries() : localizedEntries(lang);
    cached.set(lang, entries);
  }
  return entries;
}

function frenchEntries(): Promise<ProgrammeEntries> {
  return Promise.all([getEntries('events', 'fr'), getEntries('venues', 'fr'), getEntries('audiences', 'fr'), getEntries('towns', 'fr')]).then(
    ([events, venues, audiences, towns]) => ({
      events: events.map((entry) => entry.data),
      venues: venues.map((entry) => entry.data),
      audiences: audiences.map((entry) => entry.data),
      towns: towns.map((entry) => entry.data),
    }),
  );
}

async function localizedEntries(lang: Lang): Promise<ProgrammeEntries> {
  const [events, venues, audiences, towns] = await Promise.all([
    getLocalizedEntries('events', lang),
    getLocalizedEntries('venues', lang),
    getLocalizedEntries('audiences', lang),
    getLocalizedEntries('towns', lang),
  ]);
  const venueById = new Map(venues.map((v) => [v.data.documentId, v.data]));
  const audienceById = new Map(audiences.map((a) => [a.data.documentId, a.data]));
  const local = (ref: Ref, found: { slug: string; name: string } | undefined): Ref => (found ? { ...ref, slug: found.slug, name: found.name } : ref);
  return {
    events: events.map(({ data }) => ({
      ...data,
      venue: local(data.venue, venueById.get(data.venue.documentId)),
      audiences: data.audiences.map((ref) => local(ref, audienceById.get(ref.documentId))),
    })),
    venues: venues.map((v) => v.data),
    audiences: audiences.map((a) => a.data),
    towns: towns.map((t) => t.data),
  };
}

/**
 * What the English programme feed (/api/v1/en/…) adds to the French entries: the English site's entries and which
 * events have an English version (lib/feed.ts FeedTranslation).
 */
export async function feedTranslation(lang: Lang) {
  const [entries, events] = await Promise.all([programmeEntries(lang), getLocalizedEntries('events', lang)]);
  return { lang, ...entries, translated: new Set(events.flatMap((e) => (e.contentLang === lang ? [e.data.documentId] : []))) };
}

/** The build instant, the same for every feed file of one build ("upcoming" is decided against it). */
export const buildInstant = new Date();

/** Response headers of the JSON feed files (the static host adds CORS, see site/public/_headers). */
export const jsonHeaders = { 'Content-Type': 'application/json; charset=utf-8' };
/** Response headers of the .ics files. */
export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
