import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { feeds } from '../../../i18n/fr/feeds';
import { cacheKey } from '../../../lib/cache-key';
import { getEntries } from '../../../lib/entries';
import { buildCalendar } from '../../../lib/ics';
import { calendarHeaders } from '../../../lib/programme-entries';

/** « Ajouter à mon agenda »: the .ics file of one event, past ones included (their page stays). */
export const getStaticPaths = (async () => {
  const [events, venues] = await Promise.all([getEntries('events', 'fr'), getEntries('venues', 'fr')]);
  return events.map((entry) => {
    const venue = venues.find((v) => v.data.documentId === entry.data.venue.documentId);
    return {
      params: { slug: entry.data.slug },
      props: { entry, venue },
      cacheKey: cacheKey('ics', import.meta.env.SITE, entry, venue),
    };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'events'>;
  venue: CollectionEntry<'venues'> | undefined;
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const event = props.entry.data;
  const text = buildCalendar({
    name: event.title,
    description: feeds.calendarDescription,
    pagePath: `/evenements/${event.slug}/`,
    events: [event],
    venues: props.venue ? [props.venue.data] : [],
    site: site ?? url,
  });
  return new Response(text, { headers: calendarHeaders });
};
