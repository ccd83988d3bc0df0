import type { APIRoute } from 'astro';
import { dictionary, langOf } from '../../i18n';
import { sectionHref } from '../../i18n/routes';
import { sliceEvents } from '../../lib/feed';
import { buildCalendar } from '../../lib/ics';
import { buildInstant, calendarHeaders, programmeEntries } from '../../lib/programme-entries';

/**
 * Subscribable calendar of the whole programme: every upcoming event. Also /en/programme/programme.ics (its route
 * file re-exports GET; the language comes from the context's currentLocale): English names, links to /en/ pages.
 */
export const GET: APIRoute = async ({ site, url, currentLocale }) => {
  const lang = langOf(currentLocale);
  const feeds = dictionary(lang).feeds;
  const entries = await programmeEntries(lang);
  const text = buildCalendar({
    name: feeds.calendarName,
    description: feeds.calendarDescription,
    pagePath: sectionHref(lang, 'agenda'),
    events: sliceEvents({ ...entries, now: buildInstant }, {}),
    venues: entries.venues,
    site: site ?? url,
    lang,
  });
  return new Response(text, { headers: calendarHeaders });
};
