import type { Lang } from '../../i18n';
import { cacheKey } from '../../lib/cache-key';
import { filterById } from '../../lib/catalogue';
import { layoutCacheKey } from '../../lib/entries';
import { getLocalizedEntries } from '../../lib/localized';
import { visitFilters } from '../../lib/visits';

/** The visits and audiences a list of visits shows in a language, visits in alphabetical order of their titles. */
export async function visitListData(lang: Lang) {
  const [visits, audiences] = await Promise.all([getLocalizedEntries('visits', lang), getLocalizedEntries('audiences', lang)]);
  return { visits, audiences };
}

/**
 * Static paths of one visit filter (/visites/<filter>/<value>/, /en/visits/<filter>/<value>/): one page per value,
 * even without any visit (it says so). Each page shows the counts of every value and the cards of its visits, so
 * its key covers every visit and audience of the language.
 */
export async function visitListPaths(filterId: string, lang: Lang) {
  const [{ visits, audiences }, layout] = await Promise.all([visitListData(lang), layoutCacheKey(lang)]);
  const filter = filterById(
    visitFilters(
      visits.map((e) => e.data),
      audiences.map((e) => e.data),
      lang,
    ),
    filterId,
  );
  return filter.values.map((value) => ({
    params: { value: value.slug },
    cacheKey: cacheKey(
      layout,
      filterId,
      value.slug,
      visits.map((e) => e.entry),
      audiences.map((e) => e.entry),
    ),
  }));
}
