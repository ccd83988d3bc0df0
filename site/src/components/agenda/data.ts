import { enumLabel, enums, type Event } from '@dk20000/shared';
import { cacheKey } from '../../lib/cache-key';
import { getEntries, layoutCacheKey } from '../../lib/entries';
import { byFrenchName } from '../../lib/format';
import {
  type AgendaFilterKey,
  type AgendaFilterValue,
  monthKeyAt,
  monthsWithEvents,
  sortByStart,
  upcoming,
} from '../../lib/agenda';

/**
 * Everything the agenda pages read, once per build instant: the events sorted by start, the upcoming ones, the
 * months with events, the filter values and the cache key parts shared by every agenda page.
 */
export async function loadAgenda(now: number = Date.now()) {
  const [eventEntries, venueEntries, audienceEntries, programmeEntries, layout] = await Promise.all([
    getEntries('events', 'fr'),
    getEntries('venues', 'fr'),
    getEntries('audiences', 'fr'),
    getEntries('programmes', 'fr'),
    layoutCacheKey('fr'),
  ]);
  const events: Event[] = sortByStart(eventEntries.map((e) => e.data));
  const soon = upcoming(events, now);
  const venues = venueEntries.map((v) => v.data).sort((a, b) => byFrenchName(a.name, b.name));
  const audiences = audienceEntries.map((a) => a.data).sort((a, b) => byFrenchName(a.name, b.name));
  const filterValues: Record<AgendaFilterKey, AgendaFilterValue[]> = {
    lieu: venues.map((v) => ({ value: v.slug, label: v.name })),
    public: audiences.filter((a) => a.slug).map((a) => ({ value: a.slug, label: a.name })),
    type: enums.eventType.options.map((type) => ({ value: type, label: enumLabel('eventType', type, 'fr') })),
  };
  const currentMonth = monthKeyAt(now);
  const months = monthsWithEvents(events);
  // Every agenda page lists or counts the upcoming events and links the months: its key covers all the content
  // it reads and which events are still upcoming (an event ending moves it out of the lists).
  const key = cacheKey(
    layout,
    currentMonth,
    eventEntries,
    venueEntries,
    audienceEntries,
    programmeEntries,
    soon.map((e) => e.documentId),
  );
  return {
    now,
    events,
    upcoming: soon,
    venues,
    audiences,
    programmes: programmeEntries.map((p) => p.data),
    filterValues,
    currentMonth,
    months,
    key,
  };
}

export type AgendaData = Awaited<ReturnType<typeof loadAgenda>>;

/** The label of a filter value for headings: « Lieu : Point relais… », « Public : Jeunes ». */
export function filterQualifier(data: AgendaData, key: AgendaFilterKey, value: string): string | undefined {
  const label = data.filterValues[key].find((v) => v.value === value)?.label;
  if (label === undefined) return undefined;
  const name = key === 'lieu' ? 'Lieu' : key === 'public' ? 'Public' : 'Type';
  return `${name}\u00a0: ${label}`;
}
