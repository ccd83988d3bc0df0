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
import { feeds } from '../i18n/fr/feeds';
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

function feedVenue(event: Event, input: FeedInput, venues: Map<string, Venue>, towns: Map<string, Town>): ProgrammeFeedVenue | null {
  const venue = venues.get(event.venue.documentId);
  if (venue === undefined) return null;
  const town = venue.town ? (towns.get(venue.town.documentId)?.name ?? venue.town.name) : venue.address.city;
  return {
    slug: venue.slug,
    name: venue.name,
    town: town || null,
    address: venueAddressLine(venue),
    url: siteUrl(input.site, `/lieux/${venue.slug}/`),
  };
}

/** One event as the feed shows it. */
export function feedEvent(
  event: Event,
  input: FeedInput,
  maps: { venues: Map<string, Venue>; audiences: Map<string, Audience>; towns: Map<string, Town> } = indexes(input),
): ProgrammeFeedEvent {
  const imageUrl = safeHttpUrl(event.cover?.url);
  return {
    id: event.documentId,
    title: event.title,
    summary: event.summary?.trim() ? event.summary : null,
    type: event.type,
    typeLabel: enumLabel('eventType', event.type, 'fr'),
    status: event.state,
    statusLabel: enumLabel('eventState', event.state, 'fr'),
    start: toParisOffsetIso(event.startsAt),
    end: event.endsAt ? toParisOffsetIso(event.endsAt) : null,
    venue: feedVenue(event, input, maps.venues, maps.towns),
    audiences: event.audiences.flatMap((ref) => {
      const audience = maps.audiences.get(ref.documentId);
      const slug = audience?.slug ?? ref.slug;
      return slug ? [{ slug, name: audience?.name ?? ref.name }] : [];
    }),
    registration: {
      mode: event.registration,
      label: enumLabel('registration', event.registration, 'fr'),
      url: event.registration === 'link' ? safeHttpUrl(event.registrationUrl) : null,
      capacity: event.capacity ?? null,
    },
    url: siteUrl(input.site, `/evenements/${event.slug}/`),
    image:
      event.cover && imageUrl
        ? { url: imageUrl, alt: event.cover.alt, width: event.cover.width ?? null, height: event.cover.height ?? null }
        : null,
  };
}

function indexes(input: FeedInput) {
  return {
    venues: new Map(input.venues.map((venue) => [venue.documentId, venue])),
    audiences: new Map(input.audiences.map((audience) => [audience.documentId, audience])),
    towns: new Map(input.towns.map((town) => [town.documentId, town])),
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
  const maps = indexes({ ...input, site: 'http://localhost/' });
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
    title: feeds.programmeTitle,
    agendaUrl: siteUrl(input.site, '/agenda/'),
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
