import { type Audience, fileSlug } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feeds } from '../../../i18n/fr/feeds';
import { sliceEvents } from '../../../lib/feed';
import { buildCalendar } from '../../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../../lib/programme-entries';

/** Subscribable calendar of one public: the upcoming events meant for it (one file per audience, even with none yet). */
export const getStaticPaths = (async () =>
  (await programmeEntries()).audiences.map((audience) => ({ params: { slug: fileSlug(audience.slug) }, props: { audience } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ audience: Audience }> = async ({ props, site, url }) => {
  const entries = await programmeEntries();
  const text = buildCalendar({
    name: feeds.audienceCalendarName(props.audience.name),
    description: feeds.audienceCalendarDescription(props.audience.name),
    pagePath: `/agenda/public/${props.audience.slug}/`,
    events: sliceEvents({ ...entries, now: buildInstant }, { public: props.audience.slug }),
    venues: entries.venues,
    site: site ?? url,
  });
  return new Response(text, { headers: calendarHeaders });
};
