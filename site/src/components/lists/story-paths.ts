import { cacheKey } from '../../lib/cache-key';
import { filterById } from '../../lib/catalogue';
import { getEntries, layoutCacheKey } from '../../lib/entries';
import { storyFilters } from '../../lib/story-filters';

/**
 * Static paths of one story filter (/temoignages/<filter>/<value>/): one page per value, even without any story (it
 * says so). Each page shows every value's count, so its key covers every story, job, sector and audience.
 */
export async function storyListPaths(filterId: string) {
  const [stories, jobs, sectors, audiences, layout] = await Promise.all([
    getEntries('careerStories', 'fr'),
    getEntries('jobs', 'fr'),
    getEntries('sectors', 'fr'),
    getEntries('audiences', 'fr'),
    layoutCacheKey('fr'),
  ]);
  const filters = storyFilters(
    stories.map((e) => e.data),
    jobs.map((e) => e.data),
    sectors.map((e) => e.data),
    audiences.map((e) => e.data),
  );
  return filterById(filters, filterId).values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, filterId, value.slug, stories, jobs, sectors, audiences),
  }));
}
