import { type Audience, fileSlug } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionary, type Lang, langOfRoute } from '../../../i18n';
import { agendaFilterHref } from '../../../lib/agenda';
import { sliceEvents } from '../../../lib/feed';
import { buildCalendar } from '../../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../../lib/programme-entries';

/**
 * Subscribable calendar of one public: the upcoming events meant for it (one file per audience, even with none
 * yet). Also /en/programme/audience/<English slug>.ics (the route file re-exports both; language from the route).
 */
export const getStaticPaths = (async ({ routePattern }) => {
  const lang = langOfRoute(routePattern);
  return (await programmeEntries(lang)).audiences.map((audience) => ({ params: { slug: fileSlug(audience.slug) }, props: { audience, lang } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ audience: Audience; lang: Lang }> = async ({ props, site, url }) => {
  const { audience, lang } = props;
  const feeds = dictionary(lang).feeds;
  const entries = await programmeEntries(lang);
  const text = buildCalendar({
    name: feeds.audienceCalendarName(audience.name),
    description: feeds.audienceCalendarDescription(audience.name),
    pagePath: agendaFilterHref('public', audience.slug, lang),
    events: sliceEvents({ ...entries, now: buildInstant }, { public: audience.slug }),
    venues: entries.venues,
    site: site ?? url,
    lang,
  });
  return new Response(text, { headers: calendarHeaders });
};
