import { enumLabel, enums, type Job, type Ref, type TrainingPath } from '@dk20000/shared';
import { enumFilterValues, type FilterOption, type FilterValue, filterOptions, refFilterValues, withKey } from './filters';

/** One filter of a list page: its folder (`/metiers/filiere/`), its title and how to read an entry's values. */
export interface ListFilter<T> {
  /** URL folder of the filter, under the list (`filiere`). */
  id: string;
  /** Heading of the filter's links (« Par filière »). */
  title: string;
  /** Name of one value's kind, for the heading of a filtered list (« Filière »). */
  name: string;
  /** `/metiers/filiere/` */
  base: string;
  values: FilterValue[];
  keysOf: (item: T) => readonly string[];
}

type Linkable = { documentId: string; slug?: string | undefined; name: string };

const refKeys = (refs: readonly Ref[]) => refs.map((r) => r.documentId);

/** Filters of /metiers/: by sector (/metiers/filiere/<sector slug>/) and by access level (/metiers/niveau/<level>/). */
export function jobFilters(jobs: readonly Job[], sectors: readonly Linkable[]): ListFilter<Job>[] {
  return [
    {
      id: 'filiere',
      title: 'Par filière',
      name: 'Filière',
      base: '/metiers/filiere/',
      values: refFilterValues(sectors, jobs.flatMap((j) => (j.sector ? [j.sector] : []))),
      keysOf: (job) => (job.sector ? [job.sector.documentId] : []),
    },
    {
      id: 'niveau',
      title: 'Par niveau d’accès',
      name: 'Niveau d’accès',
      base: '/metiers/niveau/',
      values: enumFilterValues(enums.level.options, (v) => enumLabel('level', v, 'fr')),
      keysOf: (job) => [job.accessLevel],
    },
  ];
}

/**
 * Filters of /formations/: by format (/formations/format/<format>/), level reached (/formations/niveau/<level>/) and
 * audience (/formations/public/<audience slug>/).
 */
export function trainingFilters(trainings: readonly TrainingPath[], audiences: readonly Linkable[]): ListFilter<TrainingPath>[] {
  return [
    {
      id: 'format',
      title: 'Par format',
      name: 'Format',
      base: '/formations/format/',
      values: enumFilterValues(enums.trainingFormat.options, (v) => enumLabel('trainingFormat', v, 'fr')),
      keysOf: (training) => [training.format],
    },
    {
      id: 'niveau',
      title: 'Par niveau visé',
      name: 'Niveau visé',
      base: '/formations/niveau/',
      values: enumFilterValues(enums.level.options, (v) => enumLabel('level', v, 'fr')),
      keysOf: (training) => [training.level],
    },
    {
      id: 'public',
      title: 'Par public',
      name: 'Public',
      base: '/formations/public/',
      values: refFilterValues(audiences, trainings.flatMap((t) => t.audiences)),
      keysOf: (training) => refKeys(training.audiences),
    },
  ];
}

/** The filter `id` of a list, which must exist (a page's own folder). */
export function filterById<T>(filters: readonly ListFilter<T>[], id: string): ListFilter<T> {
  const filter = filters.find((f) => f.id === id);
  if (!filter) throw new RangeError(`Unknown list filter "${id}"`);
  return filter;
}

/** What a list page shows: the entries of its filter value (all on the full list), its qualifier and the filter links. */
export interface ListView<T> {
  shown: T[];
  /** « Filière : Batteries » on a filter page; undefined on the full list. */
  qualifier: string | undefined;
  groups: Array<{ id: string; title: string; options: FilterOption[] }>;
}

/**
 * The view of a list page: every item on the full list, or those with the value `current.slug` of the filter
 * `current.filterId` (none when no item has it: the page says so). Counts are over every item.
 */
export function listView<T>(
  filters: readonly ListFilter<T>[],
  items: readonly T[],
  current?: { filterId: string; slug: string },
): ListView<T> {
  const groups = filters.map((filter) => ({
    id: filter.id,
    title: filter.title,
    options: filterOptions(filter.values, items, filter.keysOf, filter.base, filter.id === current?.filterId ? current.slug : undefined),
  }));
  if (!current) return { shown: [...items], qualifier: undefined, groups };
  const filter = filterById(filters, current.filterId);
  const value = filter.values.find((v) => v.slug === current.slug);
  if (!value) throw new RangeError(`Unknown value "${current.slug}" of list filter "${current.filterId}"`);
  return { shown: withKey(items, filter.keysOf, value.key), qualifier: `${filter.name}\u00a0: ${value.label}`, groups };
}
