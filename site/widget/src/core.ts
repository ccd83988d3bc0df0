/**
 * Pure parts of the partner widget `<dk-programme>`: which feed slice to fetch, which events to show, how dates
 * read. No DOM here, so that Vitest covers them and the element stays small.
 */
import { fileSlug } from '@dk20000/shared/file-names';
import { formatParisDateTime, formatParisDateTimeRange, formatParisTime, PARIS_TIME_ZONE } from '@dk20000/shared/format';

export type WidgetLang = 'fr' | 'en';
export type WidgetLayout = 'list' | 'compact';

/** An event as the programme feed v1 publishes it (only what the widget reads). */
export interface FeedEvent {
  id: string;
  title: string;
  type: string;
  typeLabel: string;
  status: string;
  statusLabel?: string;
  start: string;
  end: string | null;
  venue: { slug: string; name: string; town: string | null } | null;
  audiences: ReadonlyArray<{ slug: string }>;
  url: string;
  /** Language of the title (English feed only: `fr` for an event not translated yet). */
  lang?: string;
}

/** The programme feed v1 (`/api/v1/programme.json`, `/api/v1/en/programme.json` and their slices). */
export interface Feed {
  /** `en` in the English feed; absent from the French one. */
  lang?: string;
  agendaUrl?: string;
  events: FeedEvent[];
}

/**
 * The programme's page on the site in each language, until the feed says (`agendaUrl`); the same addresses as the
 * site's routes table (site/src/i18n/routes.ts `sections.agenda`, checked by test/widget.test.ts).
 */
export const agendaPaths: Record<WidgetLang, string> = { fr: '/agenda/', en: '/en/programme/' };

/** Where each language's feed lives: the French feed at /api/v1/programme…, the English one at /api/v1/en/programme…. */
const feedBases: Record<WidgetLang, string> = { fr: '/api/v1/programme', en: '/api/v1/en/programme' };

/** What a widget shows, read from its attributes. */
export interface WidgetOptions {
  lieu?: string | undefined;
  public?: string | undefined;
  type?: string | undefined;
  limit: number;
  lang: WidgetLang;
  layout: WidgetLayout;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;

/** A filter value usable in a feed path; anything else is ignored. */
function slug(value: string | null | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  return v && SLUG.test(v) ? v : undefined;
}

/** The widget's options from its attributes: unknown values fall back to the defaults (5 events, French, list). */
export function readOptions(get: (name: string) => string | null): WidgetOptions {
  const limit = Number.parseInt(get('limit') ?? '', 10);
  return {
    lieu: slug(get('lieu')),
    public: slug(get('public')),
    type: slug(get('type')),
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    lang: get('lang')?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr',
    layout: get('layout')?.trim().toLowerCase() === 'compact' ? 'compact' : 'list',
  };
}

/**
 * The smallest feed holding every event the widget may show, in its language (the English feed for `lang="en"`:
 * English labels, links to the English event pages; same slugs): the place's slice when a place is set, then the
 * audience's, then the type's, else the whole programme. The other filters are applied by `selectEvents`.
 */
export function feedUrl(origin: string, options: Pick<WidgetOptions, 'lieu' | 'public' | 'type'> & { lang?: WidgetLang }): string {
  const base = `${origin.replace(/\/+$/, '')}${feedBases[options.lang ?? 'fr']}`;
  if (options.lieu) return `${base}/lieu/${fileSlug(options.lieu)}.json`;
  if (options.public) return `${base}/public/${fileSlug(options.public)}.json`;
  if (options.type) return `${base}/type/${fileSlug(options.type)}.json`;
  return `${base}.json`;
}

/** Events still to come at `now` (end, or start without end, not past), matching every filter, by start, at most `limit`. */
export function selectEvents(events: readonly FeedEvent[], options: WidgetOptions, now: number): FeedEvent[] {
  return events
    .filter(
      (e) =>
        // An unreadable date leaves the event out (NaN compares false) rather than breaking the list.
        Date.parse(e.start) > 0 &&
        Date.parse(e.end ?? e.start) >= now &&
        (!options.lieu || e.venue?.slug === options.lieu) &&
        (!options.public || e.audiences.some((a) => a.slug === options.public)) &&
        (!options.type || e.type === options.type),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .slice(0, options.limit);
}

/** An http(s) URL as is, anything else (javascript:, data:…) dropped. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When an event takes place, in Paris time: « mardi 3 mars 2026, de 14 h 00 à 16 h 30 » in a list,
 * « mar. 3 mars, 14 h 00 » in the compact layout.
 */
export function formatWhen(event: Pick<FeedEvent, 'start' | 'end'>, lang: WidgetLang, layout: WidgetLayout): string {
  if (layout === 'compact') {
    const day = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: PARIS_TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).format(new Date(event.start));
    return `${day}, ${formatParisTime(event.start, lang)}`;
  }
  return event.end ? formatParisDateTimeRange(event.start, event.end, lang) : formatParisDateTime(event.start, lang);
}

/**
 * Interface text of the widget (a bundle of its own: it cannot read the site's dictionaries). Event content comes
 * from the feed of its language: English where translated, else French (marked `lang="fr"`).
 */
export const strings = {
  fr: {
    heading: 'Prochains rendez-vous',
    loading: 'Chargement du programme…',
    empty: 'Aucun rendez-vous à venir pour le moment.',
    error: 'Le programme n’a pas pu être chargé.',
    all: 'Voir tout le programme',
    count: (n: number) => (n === 1 ? '1 rendez-vous à venir' : `${n} rendez-vous à venir`),
    status: { cancelled: 'Annulé', full: 'Complet', postponed: 'Reporté' } as Record<string, string>,
    types: {} as Record<string, string>,
  },
  en: {
    heading: 'Upcoming events',
    loading: 'Loading the programme…',
    empty: 'No upcoming events for now.',
    error: 'The programme could not be loaded.',
    all: 'See the full programme',
    count: (n: number) => (n === 1 ? '1 upcoming event' : `${n} upcoming events`),
    status: { cancelled: 'Cancelled', full: 'Full', postponed: 'Postponed' } as Record<string, string>,
    types: {
      'info-session': 'Information session',
      'job-dating': 'Job dating',
      'after-work': 'After-work',
      'partner-desk': 'Partner drop-in desk',
      'thematic-visit': 'Themed visit',
      'barrier-removal': 'Overcoming barriers to work',
      'mobile-stop': 'Factory Mobile stop',
      fair: 'Fair',
    } as Record<string, string>,
  },
} as const;
