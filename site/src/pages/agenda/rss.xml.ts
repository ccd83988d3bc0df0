import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dictionary, langOf } from '../../i18n';
import { programmeEntries } from '../../lib/programme-entries';
import { eventItems } from '../../lib/rss';

/**
 * RSS feed of the upcoming events (/agenda/rss.xml), soonest first. Also /en/programme/rss.xml (its route file
 * re-exports GET; the language comes from the context's currentLocale): English words, links to /en/events/.
 */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const lang = langOf(currentLocale);
  const t = dictionary(lang);
  const { events } = await programmeEntries(lang);
  return rss({
    title: t.feeds.rssTitle(t.frame.programme.name),
    description: t.feeds.rssDescription(t.frame.programme.name),
    site: site ?? 'http://127.0.0.1:4321',
    items: eventItems(events, Date.now(), lang),
    customData: `<language>${t.feeds.rssLanguage}</language>`,
    trailingSlash: true,
  });
};
