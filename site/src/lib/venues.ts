import { enumLabel, type Event, type Venue } from '@dk20000/shared';
import { type PageMeta, titleOf } from '../components/detail/meta';
import { dictionary, type Lang } from '../i18n';
import { subHref } from '../i18n/routes';
import { metaDescriptionIn } from './description';
import { byName } from './format';
import { openState, parisClock, stateText, todayText } from './opening-hours';

/**
 * Address of the list of the venues of a town (the no-JavaScript filter of /lieux/): `/lieux/commune/<slug>/`,
 * `/en/places/town/<slug>/` (the town's slug in that language: hrefs(lang).slug('towns', town)).
 */
export function townHref(townSlug: string, lang: Lang = 'fr'): string {
  return subHref(lang, 'venues', 'commune', townSlug);
}

/** Venues in alphabetical order (French names, French order: the names are French in both languages). */
export function sortVenues(venues: readonly Venue[]): Venue[] {
  return [...venues].sort((a, b) => byName('fr')(a.name, b.name));
}

/**
 * The towns that have at least one venue, alphabetical, with their number of venues. `slugOf` gives a town's slug
 * on the page's site (the town's own slug by default).
 */
export function venueTowns(
  venues: readonly Venue[],
  slugOf: (town: NonNullable<Venue['town']>) => string | undefined = (town) => town.slug,
): Array<{ documentId: string; slug: string; name: string; count: number }> {
  const towns = new Map<string, { documentId: string; slug: string; name: string; count: number }>();
  for (const venue of venues) {
    const slug = venue.town ? slugOf(venue.town) : undefined;
    if (!venue.town || !slug) continue;
    const town = towns.get(slug) ?? { documentId: venue.town.documentId, slug, name: venue.town.name, count: 0 };
    town.count += 1;
    towns.set(town.slug, town);
  }
  return [...towns.values()].sort((a, b) => byName('fr')(a.name, b.name));
}

/** Events held at the venue that have not ended at `now`, soonest first. */
export function venueEvents(venue: Pick<Venue, 'documentId'>, events: readonly Event[], now: number): Event[] {
  return events
    .filter((e) => e.venue.documentId === venue.documentId && Date.parse(e.endsAt) >= now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/**
 * What the « today » part of a venue renders at `now` in a language: the Paris day, today's hours and the open-now
 * sentence. Part of the cache key of every page that shows it, so a build re-renders the page once the state changed.
 */
export function venueTodayKey(venue: Venue, now: number, lang: Lang = 'fr'): string {
  const state = openState(venue, now);
  const text = state ? stateText(state, lang) : undefined;
  return [parisClock(now).date, todayText(venue, now, lang), text?.label ?? '', text?.detail ?? ''].join('|');
}

/**
 * Title and meta description of a venue page. On an English page showing the French venue (`contentLang` `fr`),
 * the description is the English sentence alone, not the French summary.
 */
export function venueMeta(venue: Venue, lang: Lang = 'fr', contentLang: Lang = lang): PageMeta {
  const t = dictionary(lang).venues.detail;
  const kind = enumLabel('venueKind', venue.kind, lang);
  const sentence = t.description(venue.name, kind, venue.town?.name ?? (venue.address.city || undefined));
  return {
    title: titleOf(venue.name, t.fallbackTitle),
    description: contentLang === lang ? metaDescriptionIn(lang, venue.summary, sentence) : metaDescriptionIn(lang, sentence),
  };
}
