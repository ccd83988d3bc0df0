import { type Lang, toParisMonthKey } from '@dk20000/shared';
import { locales } from '../i18n/lang';
import { sectionHref, subFolders, subHref } from '../i18n/routes';

/**
 * Pure helpers of the agenda (issue 7), shared by the agenda pages, the programme feed, the ICS files and the
 * Factory Mobile page. "Upcoming" means the event's end (or its start when it has none) is at or after `now`;
 * cancelled, full and postponed events stay in every list with their state: nothing here filters on state.
 */

/** The least an event needs for dating: ISO date-times with offset. */
export interface Dated {
  startsAt: string;
  endsAt?: string | null | undefined;
}

/** The least an event needs for filtering (relations as the content contract gives them). */
export interface Filterable {
  type: string;
  venue?: { slug?: string | undefined } | null | undefined;
  audiences?: ReadonlyArray<{ slug?: string | undefined }> | undefined;
}

type Instant = Date | number | string;

function toTime(instant: Instant): number {
  const time = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(`Invalid instant: "${String(instant)}"`);
  return time;
}

/** True when the event has not ended yet at `now` (its end, or its start when it has no end, is at or after now). */
export function isUpcoming(event: Dated, now: Instant): boolean {
  return toTime(event.endsAt ?? event.startsAt) >= toTime(now);
}

/** Events by start, earliest first (ties by end, then keep the given order); returns a new array. */
export function sortByStart<E extends Dated>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index, start: toTime(event.startsAt), end: toTime(event.endsAt ?? event.startsAt) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
    .map(({ event }) => event);
}

/** The upcoming events at `now`, sorted by start. */
export function upcoming<E extends Dated>(events: readonly E[], now: Instant): E[] {
  return sortByStart(events.filter((event) => isUpcoming(event, now)));
}

/** The past events at `now` (ended before it), most recent first. */
export function past<E extends Dated>(events: readonly E[], now: Instant): E[] {
  return sortByStart(events.filter((event) => !isUpcoming(event, now))).reverse();
}

/** The agenda month of an event, `YYYY-MM`, from its start in Europe/Paris. */
export function eventMonthKey(event: Dated): string {
  return toParisMonthKey(event.startsAt);
}

/** The month of an instant in Europe/Paris, `YYYY-MM` (the current month at build time). */
export function monthKeyAt(now: Instant): string {
  return toParisMonthKey(new Date(toTime(now)).toISOString());
}

/** Events grouped by their Paris month, months in calendar order, events sorted by start inside each month. */
export function groupByMonth<E extends Dated>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const event of sortByStart(events)) {
    const key = eventMonthKey(event);
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The events of one Paris month, sorted by start. */
export function eventsInMonth<E extends Dated>(events: readonly E[], month: string): E[] {
  return sortByStart(events.filter((event) => eventMonthKey(event) === month));
}

/** The months (`YYYY-MM`) that have at least one event, in calendar order, without duplicates. */
export function monthsWithEvents(events: readonly Dated[]): string[] {
  return [...new Set(events.map(eventMonthKey))].sort();
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The calendar month `delta` months away from `month` (`2026-12` + 1 = `2027-01`). */
export function shiftMonth(month: string, delta: number): string {
  const match = MONTH_KEY.exec(month);
  if (match === null) throw new RangeError(`Invalid month: "${month}"`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/**
 * The previous and next months that have events around `month` (which need not have events itself), to link a
 * month page to its neighbours without ever linking a page that does not exist.
 */
export function adjacentMonths(months: readonly string[], month: string): { previous?: string; next?: string } {
  const sorted = [...new Set(months)].sort();
  const previous = sorted.filter((m) => m < month).at(-1);
  const next = sorted.find((m) => m > month);
  return { ...(previous !== undefined && { previous }), ...(next !== undefined && { next }) };
}

/** Predicate: the event takes place at the venue of this slug. */
export function atVenue(slug: string): (event: Filterable) => boolean {
  return (event) => event.venue?.slug === slug;
}

/** Predicate: the event is meant for the audience of this slug. */
export function forAudience(slug: string): (event: Filterable) => boolean {
  return (event) => (event.audiences ?? []).some((audience) => audience.slug === slug);
}

/** Predicate: the event is of this type (`job-dating`, `mobile-stop`…). */
export function ofType(type: string): (event: Filterable) => boolean {
  return (event) => event.type === type;
}

/** The agenda filter dimensions, with the URL segment each uses (`/agenda/lieu/<slug>/`, feeds `…/lieu/<slug>.json`). */
export const agendaFilterKeys = ['lieu', 'public', 'type'] as const;
export type AgendaFilterKey = (typeof agendaFilterKeys)[number];

/** The predicate of one filter dimension and value. */
export function agendaFilter(key: AgendaFilterKey, value: string): (event: Filterable) => boolean {
  return key === 'lieu' ? atVenue(value) : key === 'public' ? forAudience(value) : ofType(value);
}

const monthNames = {
  fr: new Intl.DateTimeFormat(locales.fr.intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(locales.en.intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
} as const;

/** « décembre 2026 » / « December 2026 » for `2026-12` (French in lowercase, as inside a sentence). */
export function monthLabel(month: string, lang: Lang = 'fr'): string {
  const match = MONTH_KEY.exec(month);
  if (match === null) throw new RangeError(`Invalid month: "${month}"`);
  return monthNames[lang].format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
}

/** « Décembre 2026 » / « December 2026 », for headings and links. */
export function monthTitle(month: string, lang: Lang = 'fr'): string {
  const label = monthLabel(month, lang);
  return label.charAt(0).toLocaleUpperCase(locales[lang].intl) + label.slice(1);
}

/** `/agenda/2026-12/`, `/en/programme/2026-12/` */
export function agendaMonthHref(month: string, lang: Lang = 'fr'): string {
  return sectionHref(lang, 'agenda', month);
}

/** `/agenda/2026-12/imprimer/`, `/en/programme/2026-12/print/`: the A4 poster of the month. */
export function agendaPrintHref(month: string, lang: Lang = 'fr'): string {
  return sectionHref(lang, 'agenda', month, subFolders.imprimer[lang]);
}

/**
 * `/agenda/lieu/<venue slug>/`, `/agenda/public/<audience slug>/`, `/agenda/type/<type value>/` (English:
 * `/en/programme/place/…`, `/audience/…`, `/type/…`, with the slugs of the English pages): upcoming events.
 */
export function agendaFilterHref(key: AgendaFilterKey, value: string, lang: Lang = 'fr'): string {
  return subHref(lang, 'agenda', key, value);
}

/** One value of an agenda filter: its URL value (venue slug, audience slug, type value) and label. */
export interface AgendaFilterValue {
  value: string;
  label: string;
}

/** A filter value as the filter list shows it: its address, its number of events and whether it is the page's. */
export interface AgendaFilterOption {
  slug: string;
  key: string;
  label: string;
  href: string;
  count: number;
  current: boolean;
}

/**
 * The filter links of the upcoming agenda, by dimension: every value with its count among `events`; values without
 * any event are left out, except the current one (its page still exists and says it is empty).
 */
export function agendaFilterOptions<E extends Filterable>(
  events: readonly E[],
  values: Record<AgendaFilterKey, readonly AgendaFilterValue[]>,
  current?: { key: AgendaFilterKey; value: string },
  lang: Lang = 'fr',
): Record<AgendaFilterKey, AgendaFilterOption[]> {
  const options = (key: AgendaFilterKey): AgendaFilterOption[] =>
    values[key]
      .map(({ value, label }) => ({
        slug: value,
        key: value,
        label,
        href: agendaFilterHref(key, value, lang),
        count: events.filter(agendaFilter(key, value)).length,
        current: current?.key === key && current.value === value,
      }))
      .filter((option) => option.count > 0 || option.current);
  return { lieu: options('lieu'), public: options('public'), type: options('type') };
}
