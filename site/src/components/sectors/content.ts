import type { Lang } from '../../i18n';
import { getLocalizedEntries } from '../../lib/localized';

/** Everything the sector pages of `lang` read: the sectors and the entries they link, as that language's site shows them. */
export async function sectorPageContent(lang: Lang) {
  const [sectors, companies, jobs, trainings, stories, articles] = await Promise.all([
    getLocalizedEntries('sectors', lang),
    getLocalizedEntries('companies', lang),
    getLocalizedEntries('jobs', lang),
    getLocalizedEntries('trainingPaths', lang),
    getLocalizedEntries('careerStories', lang),
    getLocalizedEntries('articles', lang),
  ]);
  return { sectors, companies, jobs, trainings, stories, articles };
}
