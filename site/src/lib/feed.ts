import {
  type Audience,
  enumLabel,
  type Event,
  type EventType,
  EventTypeSchema,
  PROGRAMME_FEED_VERSION,
  type ProgrammeFeed,
  type ProgrammeFeedEvent,
  type ProgrammeFeedFilter,
  type ProgrammeFeedVenue,
  type Town,
  type Venue,
} from '@dk20000/shared';
import { dictionary, type Lang } from '../i18n';
import { sectionHref } from '../i18n/routes';
import { atVenue, forAudience, ofType, upcoming } from './agenda';

/*
 * The public programme feed v1 (/api/v1/programme.json and its slices), built from the content entries. Pure: the
 * pages pass the entries, the site's URL and the build instant. Texts are copied as plain text (JSON escapes them);
 * the only links kept are http(s) ones.
 */

/** What the feed is built from. */
export interface FeedInput {
  events: readonly Event[];
  venues: readonly Venue[];
  audiences: readonly Audience[];
  towns: readonly Town[];
  /** Astro's `site` (SITE_URL): every URL of the feed is absolute from it. */
  site: URL | string;
  /** The build instant: only events not ended by then are listed. */
  now: Date;
  /**
   * The English feed (/api/v1/en/…): the entries as the English site shows them (English versions, or French
   * ones for want of a translation). `events`, `venues`, `audiences` above stay the French entries: their slugs
   * are the feed's identifiers and filter values in every language, so a partner's filters work in both.
   */
  translation?: FeedTranslation | undefined;
}

/** The entries of another language's site, by documentId, and which events have a version in it. */
export interface FeedTranslation {
  lang: Lang;
  events: readonly Event[];
  venues: readonly Venue[];
  audiences: readonly Audience[];
  towns: readonly Town[];
  /** documentIds of the events written in `lang` (the others are shown in French). */
  translated: ReadonlySet<string>;
}

/** The absolute http(s) address `value` stands for, or null (`javascript:`, `data:`, relative or malformed). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** An instant as ISO 8601 in Paris wall-clock time with its offset: `2026-03-03T14:00:00+01:00`. */
export function toParisOffsetIso(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid ISO date: "${iso}"`);
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of parisParts.formatToParts(date)) p[part.type] = part.value;
  // "GMT+01:00", or "GMT" when the offset is zero.
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** Absolute URL of a path of the site. */
export function siteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** The address of a venue on one line (« 1 place de la Gare, 59140 Dunkerque »). */
export function venueAddressLine(venue: Venue): string | null {
  const city = [venue.address.postalCode, venue.address.city].filter(Boolean).join(' ');
  const line = [venue.address.street, city].filter((part) => part && part.trim() !== '').join(', ');
  return line === '' ? null : line;
}

function feedVenue(event: Event, input: FeedInput, maps: FeedMaps): ProgrammeFeedVenue | null {
  const venue = maps.venues.get(event.venue.documentId);
  if (venue === undefined) return null;
  // The venue as the feed's language shows it (its name, town and page there); its slug stays the identifier.
  const shown = maps.translation?.venues.get(venue.documentId) ?? venue;
  const towns = maps.translation?.towns ?? maps.towns;
  const town = shown.town ? (towns.get(shown.town.documentId)?.name ?? shown.town.name) : shown.address.city;
  return {
    slug: venue.slug,
    name: shown.name,
    town: town || null,
    address: venueAddressLine(shown),
    url: siteUrl(input.site, sectionHref(maps.lang, 'venues', shown.slug)),
  };
}

/** One event as the feed shows it. */
export function feedEvent(event: Event, input: FeedInput, maps: FeedMaps = indexes(input)): ProgrammeFeedEvent {
  const { lang, translation } = maps;
  // Its text as the feed's language shows it: the English version, or the French one for want of it.
  const shown = translation?.events.get(event.documentId) ?? event;
  const imageUrl = safeHttpUrl(shown.cover?.url);
  return {
    id: event.documentId,
    title: shown.title,
    summary: shown.summary?.trim() ? shown.summary : null,
    type: event.type,
    typeLabel: enumLabel('eventType', event.type, lang),
    status: event.state,
    statusLabel: enumLabel('eventState', event.state, lang),
    start: toParisOffsetIso(event.startsAt),
    end: event.endsAt ? toParisOffsetIso(event.endsAt) : null,
    venue: feedVenue(event, input, maps),
    audiences: event.audiences.flatMap((ref) => {
      const audience = maps.audiences.get(ref.documentId);
      const slug = audience?.slug ?? ref.slug;
      const name = translation?.audiences.get(ref.documentId)?.name ?? audience?.name ?? ref.name;
      return slug ? [{ slug, name }] : [];
    }),
    registration: {
      mode: event.registration,
      label: enumLabel('registration', event.registration, lang),
      url: event.registration === 'link' ? safeHttpUrl(event.registrationUrl) : null,
      capacity: event.capacity ?? null,
    },
    url: siteUrl(input.site, sectionHref(lang, 'events', shown.slug)),
    image:
      shown.cover && imageUrl
        ? { url: imageUrl, alt: shown.cover.alt, width: shown.cover.width ?? null, height: shown.cover.height ?? null }
        : null,
    ...(translation && { lang: translation.translated.has(event.documentId) ? translation.lang : 'fr' }),
  };
}

const byId = <T extends { documentId: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.documentId, entry]));

/** The entries of a feed by documentId, and those of its language when it is not French. */
export interface FeedMaps {
  lang: Lang;
  venues: Map<string, Venue>;
  audiences: Map<string, Audience>;
  towns: Map<string, Town>;
  translation?:
    | { lang: Lang; events: Map<string, Event>; venues: Map<string, Venue>; audiences: Map<string, Audience>; towns: Map<string, Town>; translated: ReadonlySet<string> }
    | undefined;
}

function indexes(input: Omit<FeedInput, 'site' | 'now'>): FeedMaps {
  const t = input.translation;
  return {
    lang: t?.lang ?? 'fr',
    venues: byId(input.venues),
    audiences: byId(input.audiences),
    towns: byId(input.towns),
    translation: t && {
      lang: t.lang,
      events: byId(t.events),
      venues: byId(t.venues),
      audiences: byId(t.audiences),
      towns: byId(t.towns),
      translated: t.translated,
    },
  };
}

/** The event's venue and audiences with the slugs of their entries (the refs may lack them). */
function withSlugs(event: Event, maps: ReturnType<typeof indexes>) {
  return {
    type: event.type,
    venue: { slug: maps.venues.get(event.venue.documentId)?.slug ?? event.venue.slug },
    audiences: event.audiences.map((ref) => ({ slug: maps.audiences.get(ref.documentId)?.slug ?? ref.slug })),
  };
}

/** The events of a slice of the programme, upcoming at `now` and sorted by start (shared with the ICS feeds). */
export function sliceEvents(input: Omit<FeedInput, 'site'>, filter: ProgrammeFeedFilter): Event[] {
  const maps = indexes(input);
  const tests = [
    filter.lieu === undefined ? undefined : atVenue(filter.lieu),
    filter.public === undefined ? undefined : forAudience(filter.public),
    filter.type === undefined ? undefined : ofType(filter.type),
  ].filter((test) => test !== undefined);
  const kept = input.events.filter((event) => tests.every((test) => test(withSlugs(event, maps))));
  return upcoming(kept, input.now);
}

/** The feed of the whole programme (`filter` `{}`) or of one slice. */
export function buildProgrammeFeed(input: FeedInput, filter: ProgrammeFeedFilter = {}): ProgrammeFeed {
  const maps = indexes(input);
  return {
    version: PROGRAMME_FEED_VERSION,
    generatedAt: input.now.toISOString(),
    // Only the English feed says its language: the French feed stays as it was published.
    ...(input.translation && { lang: input.translation.lang }),
    title: dictionary(maps.lang).feeds.programmeTitle,
    agendaUrl: siteUrl(input.site, sectionHref(maps.lang, 'agenda')),
    filter: { ...filter },
    events: sliceEvents(input, filter).map((event) => feedEvent(event, input, maps)),
  };
}

/** A slice of the feed and its file under /api/v1/programme/. */
export interface FeedSlice {
  kind: 'lieu' | 'public' | 'type';
  slug: string;
  filter: ProgrammeFeedFilter;
}

/**
 * Every slice published: one per venue and per audience (even with no upcoming event, so that a partner's widget
 * shows an empty list rather than an error) and one per kind of event.
 */
export function feedSlices(input: Pick<FeedInput, 'venues' | 'audiences'>): FeedSlice[] {
  return [
    ...input.venues.map((venue) => ({ kind: 'lieu' as const, slug: venue.slug, filter: { lieu: venue.slug } })),
    ...input.audiences.map((audience) => ({ kind: 'public' as const, slug: audience.slug, filter: { public: audience.slug } })),
    ...EventTypeSchema.options.map((type: EventType) => ({ kind: 'type' as const, slug: type, filter: { type } })),
  ];
}

/**
 * The feed as served: JSON with `<`, `>` and `&` escaped as \u003c, \u003e, \u0026 (the same data for any JSON
 * parser, and inert if a partner pastes it into an HTML page or a script element).
 */
export function serializeFeed(value: unknown, pretty = false): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
