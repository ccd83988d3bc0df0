import { langOfRoute, type Lang } from '../../i18n';
import { cacheKey } from '../../lib/cache-key';
import { filterById } from '../../lib/catalogue';
import { layoutCacheKey } from '../../lib/entries';
import { getLocalizedEntries } from '../../lib/localized';
import { storyFilters } from '../../lib/story-filters';

/** The entries a story list of `lang` reads: every story, job, sector and audience of that language's site. */
export async function storyListContent(lang: Lang) {
  const [stories, jobs, sectors, audiences] = await Promise.all([
    getLocalizedEntries('careerStories', lang),
    getLocalizedEntries('jobs', lang),
    getLocalizedEntries('sectors', lang),
    getLocalizedEntries('audiences', lang),
  ]);
  const data = <T extends { data: unknown }>(list: T[]) => list.map((e) => e.data as T['data']);
  const entries = <T extends { entry: unknown }>(list: T[]) => list.map((e) => e.entry as T['entry']);
  return {
    stories: data(stories),
    filters: storyFilters(data(stories), data(jobs), data(sectors), data(audiences), lang),
    /** What the page shows, for its cache key. */
    entries: [entries(stories), entries(jobs), entries(sectors), entries(audiences)],
  };
}

/**
 * Static paths of one story filter (/temoignages/<filter>/<value>/, /en/stories/<filter>/<value>/ in English, the
 * language read from the route): one page per value, even without any story (it says so). Each page shows every
 * value's count, so its key covers every story, job, sector and audience.
 */
export async function storyListPaths(filterId: string, routePattern: string) {
  const lang = langOfRoute(routePattern);
  const [content, layout] = await Promise.all([storyListContent(lang), layoutCacheKey(lang)]);
  return filterById(content.filters, filterId).values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, filterId, value.slug, ...content.entries),
  }));
}
