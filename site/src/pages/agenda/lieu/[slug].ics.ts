import { fileSlug, type Venue } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feeds } from '../../../i18n/fr/feeds';
import { sliceEvents } from '../../../lib/feed';
import { buildCalendar } from '../../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../../lib/programme-entries';

/** Subscribable calendar of one place: its upcoming events (one file per venue, even with none yet). */
export const getStaticPaths = (async () =>
  (await programmeEntries()).venues.map((venue) => ({ params: { slug: fileSlug(venue.slug) }, props: { venue } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ venue: Venue }> = async ({ props, site, url }) => {
  const entries = await programmeEntries();
  const text = buildCalendar({
    name: feeds.venueCalendarName(props.venue.name),
    description: feeds.venueCalendarDescription(props.venue.name),
    pagePath: `/agenda/lieu/${props.venue.slug}/`,
    events: sliceEvents({ ...entries, now: buildInstant }, { lieu: props.venue.slug }),
    venues: entries.venues,
    site: site ?? url,
  });
  return new Response(text, { headers: calendarHeaders });
};
