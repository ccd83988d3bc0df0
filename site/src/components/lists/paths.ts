import { cacheKey, parisDay } from '../../lib/cache-key';
import { filterById, jobFilters, trainingFilters } from '../../lib/catalogue';
import { layoutCacheKey } from '../../lib/entries';
import { getLocalizedEntries } from '../../lib/localized';
import type { Lang } from '../../i18n';

/**
 * Static paths of one job filter (/metiers/<filter>/<value>/, /en/jobs/<filter>/<value>/): one page per value, even
 * without any job (it says so). Each page shows the counts of every value and the cards of its jobs, so its key
 * covers every job and sector.
 */
export async function jobListPaths(filterId: string, lang: Lang = 'fr') {
  const [jobs, sectors, layout] = await Promise.all([
    getLocalizedEntries('jobs', lang),
    getLocalizedEntries('sectors', lang),
    layoutCacheKey(lang),
  ]);
  const filter = filterById(jobFilters(jobs.map((e) => e.data), sectors.map((e) => e.data), lang), filterId);
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, filterId, value.slug, jobs.map((e) => e.entry), sectors.map((e) => e.entry)),
  }));
}

/**
 * Static paths of one training filter (/formations/<filter>/<value>/, /en/trainings/<filter>/<value>/). The cards
 * show the next session on the day of the build (Paris time), so the day is part of the key.
 */
export async function trainingListPaths(filterId: string, lang: Lang = 'fr') {
  const [trainings, audiences, layout] = await Promise.all([
    getLocalizedEntries('trainingPaths', lang),
    getLocalizedEntries('audiences', lang),
    layoutCacheKey(lang),
  ]);
  const filter = filterById(trainingFilters(trainings.map((e) => e.data), audiences.map((e) => e.data), lang), filterId);
  const day = parisDay();
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(layout, day, filterId, value.slug, trainings.map((e) => e.entry), audiences.map((e) => e.entry)),
  }));
}
