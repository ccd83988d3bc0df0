import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { feeds } from '../../../i18n/fr/feeds';
import { getEntries } from '../../../lib/entries';
import { buildCalendar } from '../../../lib/ics';
import { calendarHeaders } from '../../../lib/programme-entries';

/**
 * « Ajouter à mon agenda »: the .ics file of one event, past ones included (their page stays). Rendered at every
 * build, without a cacheKey: the output pruning (lib/prune-output.ts) keeps a non-HTML file only when this build
 * wrote it, so a skipped endpoint's file would be removed.
 */
export const getStaticPaths = (async () => {
  const [events, venues] = await Promise.all([getEntries('events', 'fr'), getEntries('venues', 'fr')]);
  return events.map((entry) => ({
    params: { slug: entry.data.slug },
    props: { entry, venue: venues.find((v) => v.data.documentId === entry.data.venue.documentId) },
  }));
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
