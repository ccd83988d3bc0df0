import { fileSlug, type Venue } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionary, type Lang, langOfRoute } from '../../../i18n';
import { agendaFilterHref } from '../../../lib/agenda';
import { sliceEvents } from '../../../lib/feed';
import { buildCalendar } from '../../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../../lib/programme-entries';

/**
 * Subscribable calendar of one place: its upcoming events (one file per venue, even with none yet). Also
 * /en/programme/place/<slug>.ics (the route file re-exports both; the language comes from the route pattern).
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const lang = langOfRoute(routePattern);
  return (await programmeEntries(lang)).venues.map((venue) => ({ params: { slug: fileSlug(venue.slug) }, props: { venue, lang } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ venue: Venue; lang: Lang }> = async ({ props, site, url }) => {
  const { venue, lang } = props;
  const feeds = dictionary(lang).feeds;
  const entries = await programmeEntries(lang);
  const text = buildCalendar({
    name: feeds.venueCalendarName(venue.name),
    description: feeds.venueCalendarDescription(venue.name),
    pagePath: agendaFilterHref('lieu', venue.slug, lang),
    events: sliceEvents({ ...entries, now: buildInstant }, { lieu: venue.slug }),
    venues: entries.venues,
    site: site ?? url,
    lang,
  });
  return new Response(text, { headers: calendarHeaders });
};
