import type { CareerStory, Job } from '@dk20000/shared';
import type { ListFilter } from './catalogue';
import { refFilterValues } from './filters';
import { stories as t } from '../i18n/fr/stories';

type Linkable = { documentId: string; slug?: string | undefined; name: string };

/**
 * Filters of /temoignages/: by sector (/temoignages/filiere/<sector slug>/, the sector of the story's job) and by
 * audience (/temoignages/public/<audience slug>/).
 */
export function storyFilters(
  stories: readonly CareerStory[],
  jobs: ReadonlyArray<Pick<Job, 'documentId' | 'sector'>>,
  sectors: readonly Linkable[],
  audiences: readonly Linkable[],
): ListFilter<CareerStory>[] {
  const sectorOfJob = new Map(jobs.flatMap((j) => (j.sector ? [[j.documentId, j.sector] as const] : [])));
  const sectorOf = (story: CareerStory) => (story.job ? sectorOfJob.get(story.job.documentId) : undefined);
  return [
    {
      id: 'filiere',
      title: t.bySector,
      name: t.sector,
      base: '/temoignages/filiere/',
      values: refFilterValues(sectors, stories.flatMap((s) => sectorOf(s) ?? [])),
      keysOf: (story) => {
        const sector = sectorOf(story);
        return sector ? [sector.documentId] : [];
      },
    },
    {
      id: 'public',
      title: t.byAudience,
      name: t.audience,
      base: '/temoignages/public/',
      values: refFilterValues(audiences, stories.flatMap((s) => s.audiences)),
      keysOf: (story) => story.audiences.map((a) => a.documentId),
    },
  ];
}

/** Featured stories first, then by first name. */
export function storyOrder(a: CareerStory, b: CareerStory): number {
  return Number(b.featured) - Number(a.featured) || a.firstName.localeCompare(b.firstName, 'fr', { sensitivity: 'base' });
}
