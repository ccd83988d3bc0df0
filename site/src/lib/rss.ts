import type { RSSFeedItem } from '@astrojs/rss';
import { type Article, enumLabel, type Event, formatParisDateTimeRange, type Lang } from '@dk20000/shared';
import { detailHref } from '../components/detail/links';
import { noBreakDate } from './format';

/**
 * Items of the site's RSS feeds, as plain data for @astrojs/rss (which escapes every text): the news, newest first,
 * and the upcoming events, soonest first. Links are site paths; the library makes them absolute from `site`.
 */

/** The news articles, newest first, at most `limit`. */
export function articleItems(articles: readonly Article[], limit = 50): RSSFeedItem[] {
  return [...articles]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .map((article) => ({
      title: article.title,
      link: detailHref('articles', article.slug),
      description: article.summary,
      pubDate: new Date(`${article.date}T00:00:00Z`),
      categories: article.sectors.map((s) => s.name),
    }));
}

/** The events not over at `now`, soonest first; each description starts with its date, place and status. */
export function eventItems(events: readonly Event[], now: number, lang: Lang = 'fr'): RSSFeedItem[] {
  return events
    .filter((event) => Date.parse(event.endsAt) >= now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((event) => {
      const state = event.state === 'scheduled' ? '' : `${enumLabel('eventState', event.state, lang)} · `;
      const when = noBreakDate(formatParisDateTimeRange(event.startsAt, event.endsAt, lang));
      return {
        title: state ? `${enumLabel('eventState', event.state, lang)}${lang === 'fr' ? '\u00a0:' : ':'} ${event.title}` : event.title,
        link: detailHref('events', event.slug),
        description: `${state}${when} · ${event.venue.name}. ${event.summary}`,
        pubDate: new Date(event.updatedAt),
        categories: [enumLabel('eventType', event.type, lang)],
      };
    });
}
