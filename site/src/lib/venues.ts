import { enumLabel, type Event, type Venue } from '@dk20000/shared';
import { describe, titleOf, type PageMeta } from '../components/detail/meta';
import { byFrenchName } from './format';
import { openState, parisClock, stateText, todayText } from './opening-hours';

/** Address of the list of the venues of a town (the no-JavaScript filter of /lieux/). */
export function townHref(townSlug: string): string {
  return `/lieux/commune/${townSlug}/`;
}

/** Venues in French alphabetical order. */
export function sortVenues(venues: readonly Venue[]): Venue[] {
  return [...venues].sort((a, b) => byFrenchName(a.name, b.name));
}

/** The towns that have at least one venue, alphabetical, with their number of venues. */
export function venueTowns(venues: readonly Venue[]): Array<{ slug: string; name: string; count: number }> {
  const towns = new Map<string, { slug: string; name: string; count: number }>();
  for (const venue of venues) {
    if (!venue.town?.slug) continue;
    const town = towns.get(venue.town.slug) ?? { slug: venue.town.slug, name: venue.town.name, count: 0 };
    town.count += 1;
    towns.set(town.slug, town);
  }
  return [...towns.values()].sort((a, b) => byFrenchName(a.name, b.name));
}

/** Events held at the venue that have not ended at `now`, soonest first. */
export function venueEvents(venue: Pick<Venue, 'documentId'>, events: readonly Event[], now: number): Event[] {
  return events
    .filter((e) => e.venue.documentId === venue.documentId && Date.parse(e.endsAt) >= now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/**
 * What the « today » part of a venue renders at `now`: the Paris day, today's hours and the open-now sentence. Part
 * of the cache key of every page that shows it, so a build re-renders the page once the state changed.
 */
export function venueTodayKey(venue: Venue, now: number): string {
  const state = openState(venue, now);
  const text = state ? stateText(state) : undefined;
  return [parisClock(now).date, todayText(venue, now), text?.label ?? '', text?.detail ?? ''].join('|');
}

export function venueMeta(venue: Venue): PageMeta {
  const kind = enumLabel('venueKind', venue.kind, 'fr');
  const where = venue.town ? ` à ${venue.town.name}` : venue.address.city ? ` à ${venue.address.city}` : '';
  return {
    title: titleOf(venue.name, 'Lieu'),
    description: describe(venue.summary, `${venue.name}\u00a0: ${kind.toLocaleLowerCase('fr-FR')}${where}, horaires, services et accès.`),
  };
}
