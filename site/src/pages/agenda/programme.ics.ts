import type { APIRoute } from 'astro';
import { feeds } from '../../i18n/fr/feeds';
import { sliceEvents } from '../../lib/feed';
import { buildCalendar } from '../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../lib/programme-entries';

/** Subscribable calendar of the whole programme: every upcoming event. */
export const GET: APIRoute = async ({ site, url }) => {
  const entries = await programmeEntries();
  const text = buildCalendar({
    name: feeds.calendarName,
    description: feeds.calendarDescription,
    pagePath: '/agenda/',
    events: sliceEvents({ ...entries, now: buildInstant }, {}),
    venues: entries.venues,
    site: site ?? url,
  });
  return new Response(text, { headers: calendarHeaders });
};
