import type { APIRoute, GetStaticPaths } from 'astro';
import type { Event, Venue } from '@dk20000/shared';
import { dictionary, type Lang, langOfRoute } from '../../../i18n';
import { sectionHref } from '../../../i18n/routes';
import { buildCalendar } from '../../../lib/ics';
import { calendarHeaders, programmeEntries } from '../../../lib/programme-entries';

/**
 * « Ajouter à mon agenda »: the .ics file of one event, past ones included (their page stays). Rendered at every
 * build, without a cacheKey: the output pruning (lib/prune-output.ts) keeps a non-HTML file only when this build
 * wrote it, so a skipped endpoint's file would be removed. Also /en/events/<slug>/event.ics (its route file
 * re-exports both; the language comes from the route pattern).
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const lang = langOfRoute(routePattern);
  const { events, venues } = await programmeEntries(lang);
  return events.map((event) => ({
    params: { slug: event.slug },
    props: { event, venue: venues.find((v) => v.documentId === event.venue.documentId), lang },
  }));
}) satisfies GetStaticPaths;

interface Props {
  event: Event;
  venue: Venue | undefined;
  lang: Lang;
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const { event, venue, lang } = props;
  const text = buildCalendar({
    name: event.title,
    description: dictionary(lang).feeds.calendarDescription,
    pagePath: sectionHref(lang, 'events', event.slug),
    events: [event],
    venues: venue ? [venue] : [],
    site: site ?? url,
    lang,
  });
  return new Response(text, { headers: calendarHeaders });
};
