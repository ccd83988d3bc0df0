import { cacheKey, parisDay } from '../../lib/cache-key';
import { filterById, jobFilters, trainingFilters } from '../../lib/catalogue';
import { getEntries, layoutCacheKey } from '../../lib/entries';
import { visitFilters } from '../../lib/visits';

/**
 * Static paths of one job filter (/metiers/<filter>/<value>/): one page per value, even without any job (it says so).
 * Each page shows the counts of every value and the cards of its jobs, so its key covers every job and sector.
 */
export async function jobListPaths(filterId: string) {
  const [jobs, sectors, layout] = await Promise.all([getEntries('jobs', 'fr'), getEntries('sectors', 'fr'), layoutCacheKey('fr')]);
  const filter = filterById(jobFilters(jobs.map((e) => e.data), sectors.map((e) => e.data)), filterId);
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, filterId, value.slug, jobs, sectors),
  }));
}

/**
 * Static paths of one training filter (/formations/<filter>/<value>/). The cards show the next session on the day
 * of the build (Paris time), so the day is part of the key.
 */
export async function trainingListPaths(filterId: string) {
  const [trainings, audiences, layout] = await Promise.all([
    getEntries('trainingPaths', 'fr'),
    getEntries('audiences', 'fr'),
    layoutCacheKey('fr'),
  ]);
  const filter = filterById(trainingFilters(trainings.map((e) => e.data), audiences.map((e) => e.data)), filterId);
  const day = parisDay();
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, day, filterId, value.slug, trainings, audiences),
  }));
}

/** Static paths of one visit filter (/visites/<filter>/<value>/). */
export async function visitListPaths(filterId: string) {
  const [visits, audiences, layout] = await Promise.all([getEntries('visits', 'fr'), getEntries('audiences', 'fr'), layoutCacheKey('fr')]);
  const filter = filterById(visitFilters(visits.map((e) => e.data), audiences.map((e) => e.data)), filterId);
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, filterId, value.slug, visits, audiences),
  }));
}
