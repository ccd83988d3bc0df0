import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dictionary, langOf } from '../../i18n';
import { sectionHref } from '../../i18n/routes';
import { getLocalizedEntries, hrefs } from '../../lib/localized';
import { refNamer } from '../../lib/ref-names';
import { articleItems } from '../../lib/rss';

/**
 * RSS feed of the news, newest first: /actualites/rss.xml, and /en/news/rss.xml through its English route file (the
 * language is Astro's current locale: /en/… is English). The English feed lists every article of the English site,
 * those not translated yet in French, each linking to its English page.
 */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const lang = langOf(currentLocale);
  const { articles: t, frame } = dictionary(lang);
  const [articles, to, sectorName] = await Promise.all([getLocalizedEntries('articles', lang), hrefs(lang), refNamer('sectors', lang)]);
  return rss({
    title: t.rss.title(frame.programme.name),
    description: t.rss.description(frame.programme.name),
    // The channel's link: the news page of the feed's language (item links are absolute paths, resolved from it).
    site: new URL(sectionHref(lang, 'news'), site ?? 'http://127.0.0.1:4321').href,
    items: articleItems(
      articles.map((e) => e.data),
      { href: (article) => to.entry('articles', article), sectorName: (sector) => sectorName(sector).name },
    ),
    customData: `<language>${t.rss.language}</language>`,
    trailingSlash: true,
  });
};
