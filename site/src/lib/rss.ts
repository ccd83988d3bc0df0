import type { RSSFeedItem } from '@astrojs/rss';
import { type Article, enumLabel, type Event, formatParisDateTimeRange, type Lang } from '@dk20000/shared';
import { dictionary } from '../i18n';
import { sectionHref } from '../i18n/routes';
import { noBreakDate } from './format';

/**
 * Items of the site's RSS feeds, as plain data for @astrojs/rss (which escapes every text): the news, newest first,
 * and the upcoming events, soonest first. Links are site paths; the library makes them absolute from `site`.
 */

/** How the items of one language's news feed link and name things (the French site's by default). */
export interface ArticleItemsOptions {
  /** The article's page on the feed's site (`/en/news/<slug>/`); an article without one is left out. */
  href?: (article: Article) => string | undefined;
  /** The name of a sector as the feed's site names it. */
  sectorName?: (sector: Article['sectors'][number]) => string;
  limit?: number;
}

/** The news articles, newest first, at most `limit`. */
export function articleItems(articles: readonly Article[], options: ArticleItemsOptions = {}): RSSFeedItem[] {
  const { href = (article: Article) => article.slug && sectionHref('fr', 'news', article.slug), sectorName = (s) => s.name, limit = 50 } = options;
  return [...articles]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((article) => {
      const link = href(article);
      return link ? [{ article, link }] : [];
    })
    .slice(0, limit)
    .map(({ article, link }) => ({
      title: article.title,
      link,
      description: article.summary,
      pubDate: new Date(`${article.date}T00:00:00Z`),
      categories: article.sectors.map(sectorName),
    }));
}

/**
 * The events not over at `now`, soonest first; each description starts with its date, place and status. `link`:
 * the event's page on the feed's site (the page of `lang` at the event's slug by default).
 */
export function eventItems(
  events: readonly Event[],
  now: number,
  lang: Lang = 'fr',
  link: (event: Event) => string = (event) => sectionHref(lang, 'events', event.slug),
): RSSFeedItem[] {
  const feeds = dictionary(lang).feeds;
  return events
    .filter((event) => Date.parse(event.endsAt) >= now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((event) => {
      const state = event.state === 'scheduled' ? '' : `${enumLabel('eventState', event.state, lang)} · `;
      const when = noBreakDate(formatParisDateTimeRange(event.startsAt, event.endsAt, lang));
      return {
        title: state ? feeds.rssStateTitle(enumLabel('eventState', event.state, lang), event.title) : event.title,
        link: link(event),
        description: `${state}${when} · ${event.venue.name}. ${event.summary}`,
        pubDate: new Date(event.updatedAt),
        categories: [enumLabel('eventType', event.type, lang)],
      };
    });
}
