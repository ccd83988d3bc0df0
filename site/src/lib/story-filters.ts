import type { CareerStory, Job } from '@dk20000/shared';
import type { ListFilter } from './catalogue';
import { refFilterValues } from './filters';
import { dictionary, type Lang } from '../i18n';
import { subHref } from '../i18n/routes';

type Linkable = { documentId: string; slug?: string | undefined; name: string };

/**
 * Filters of /temoignages/: by sector (/temoignages/filiere/<sector slug>/, the sector of the story's job) and by
 * audience (/temoignages/public/<audience slug>/); in English /en/stories/sector/<slug>/ and
 * /en/stories/audience/<slug>/, `sectors` and `audiences` being those of the English site (their English slugs).
 */
export function storyFilters(
  stories: readonly CareerStory[],
  jobs: ReadonlyArray<Pick<Job, 'documentId' | 'sector'>>,
  sectors: readonly Linkable[],
  audiences: readonly Linkable[],
  lang: Lang = 'fr',
): ListFilter<CareerStory>[] {
  const t = dictionary(lang).stories;
  const sectorOfJob = new Map(jobs.flatMap((j) => (j.sector ? [[j.documentId, j.sector] as const] : [])));
  const sectorOf = (story: CareerStory) => (story.job ? sectorOfJob.get(story.job.documentId) : undefined);
  return [
    {
      id: 'filiere',
      title: t.bySector,
      name: t.sector,
      base: subHref(lang, 'stories', 'filiere'),
      values: refFilterValues(sectors, stories.flatMap((s) => sectorOf(s) ?? []), lang),
      keysOf: (story) => {
        const sector = sectorOf(story);
        return sector ? [sector.documentId] : [];
      },
    },
    {
      id: 'public',
      title: t.byAudience,
      name: t.audience,
      base: subHref(lang, 'stories', 'public'),
      values: refFilterValues(audiences, stories.flatMap((s) => s.audiences), lang),
      keysOf: (story) => story.audiences.map((a) => a.documentId),
    },
  ];
}

/** Featured stories first, then by first name (in the alphabetical order of `lang`). */
export function storyOrder(lang: Lang = 'fr'): (a: CareerStory, b: CareerStory) => number {
  return (a, b) => Number(b.featured) - Number(a.featured) || a.firstName.localeCompare(b.firstName, lang, { sensitivity: 'base' });
}
