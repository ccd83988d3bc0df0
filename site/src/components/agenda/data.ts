import { enumLabel, enums, type Event, type Ref } from '@dk20000/shared';
import { dictionary, type Lang } from '../../i18n';
import { cacheKey } from '../../lib/cache-key';
import { layoutCacheKey } from '../../lib/entries';
import { byName } from '../../lib/format';
import { getLocalizedEntries, hrefs } from '../../lib/localized';
import {
  type AgendaFilterKey,
  type AgendaFilterValue,
  monthKeyAt,
  monthsWithEvents,
  sortByStart,
  upcoming,
} from '../../lib/agenda';

/**
 * Everything the agenda pages of one language read, once per build instant: the events sorted by start, the
 * upcoming ones, the months with events, the filter values and the cache key parts shared by every agenda page.
 * On the English site every entry is its English version or, for want of one, its French one (`to.foreign` says
 * which names are French); the events' venue and audiences carry the slug and name of the entry shown there, so
 * that the filters, their addresses and the items' data attributes all use the English pages' slugs.
 */
export async function loadAgenda(lang: Lang = 'fr', now: number = Date.now()) {
  const [eventEntries, venueEntries, audienceEntries, programmeEntries, layout, to] = await Promise.all([
    getLocalizedEntries('events', lang),
    getLocalizedEntries('venues', lang),
    getLocalizedEntries('audiences', lang),
    getLocalizedEntries('programmes', lang),
    layoutCacheKey(lang),
    hrefs(lang),
  ]);
  const venueById = new Map(venueEntries.map((v) => [v.data.documentId, v.data]));
  const audienceById = new Map(audienceEntries.map((a) => [a.data.documentId, a.data]));
  const local = (ref: Ref, found: { slug: string; name: string } | undefined): Ref => (found ? { ...ref, slug: found.slug, name: found.name } : ref);
  const events: Event[] = sortByStart(
    eventEntries.map(({ data }) =>
      lang === 'fr'
        ? data
        : {
            ...data,
            venue: local(data.venue, venueById.get(data.venue.documentId)),
            audiences: data.audiences.map((ref) => local(ref, audienceById.get(ref.documentId))),
          },
    ),
  );
  const soon = upcoming(events, now);
  const order = byName(lang);
  const venues = venueEntries.map((v) => v.data).sort((a, b) => order(a.name, b.name));
  const audiences = audienceEntries.map((a) => a.data).sort((a, b) => order(a.name, b.name));
  const filterValues: Record<AgendaFilterKey, AgendaFilterValue[]> = {
    lieu: venues.map((v) => ({ value: v.slug, label: v.name })),
    public: audiences.filter((a) => a.slug).map((a) => ({ value: a.slug, label: a.name })),
    type: enums.eventType.options.map((type) => ({ value: type, label: enumLabel('eventType', type, lang) })),
  };
  const currentMonth = monthKeyAt(now);
  const months = monthsWithEvents(events);
  const programmeLang = new Map(programmeEntries.map((p) => [p.data.documentId, p.contentLang]));
  // Every agenda page lists or counts the upcoming events and links the months: its key covers all the content
  // it reads and which events are still upcoming (an event ending moves it out of the lists).
  const key = cacheKey(
    layout,
    currentMonth,
    eventEntries.map((e) => e.entry),
    venueEntries.map((e) => e.entry),
    audienceEntries.map((e) => e.entry),
    programmeEntries.map((e) => e.entry),
    soon.map((e) => e.documentId),
  );
  return {
    lang,
    now,
    events,
    upcoming: soon,
    venues,
    audiences,
    programmes: programmeEntries.map((p) => p.data),
    /** `fr` on the English site for a programme (month intro) not translated yet. */
    programmeLang: (programme: { documentId: string }): Lang | undefined => {
      const contentLang = programmeLang.get(programme.documentId);
      return contentLang && contentLang !== lang ? contentLang : undefined;
    },
    to,
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
  const t = dictionary(data.lang).agenda;
  return t.qualifier(t.qualifierNames[key], label);
}
