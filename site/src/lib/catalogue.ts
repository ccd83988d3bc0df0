import { enumLabel, enums, type Job, type Ref, type TrainingPath } from '@dk20000/shared';
import { dictionary, type Lang } from '../i18n';
import { subHref } from '../i18n/routes';
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

/**
 * Filters of /metiers/: by sector (/metiers/filiere/<sector slug>/) and by access level (/metiers/niveau/<level>/);
 * in English /en/jobs/sector/<English sector slug>/ and /en/jobs/level/<the French level slug>/. `sectors` are the
 * sectors of that language (getLocalizedEntries): their slugs are those of its pages.
 */
export function jobFilters(jobs: readonly Job[], sectors: readonly Linkable[], lang: Lang = 'fr'): ListFilter<Job>[] {
  const t = dictionary(lang).catalogue.jobs.filters;
  return [
    {
      id: 'filiere',
      title: t.sector.title,
      name: t.sector.name,
      base: subHref(lang, 'jobs', 'filiere'),
      values: refFilterValues(sectors, jobs.flatMap((j) => (j.sector ? [j.sector] : [])), lang),
      keysOf: (job) => (job.sector ? [job.sector.documentId] : []),
    },
    {
      id: 'niveau',
      title: t.level.title,
      name: t.level.name,
      base: subHref(lang, 'jobs', 'niveau'),
      values: levelValues(lang),
      keysOf: (job) => [job.accessLevel],
    },
  ];
}

const levelValues = (lang: Lang) =>
  enumFilterValues(
    enums.level.options,
    (v) => enumLabel('level', v, lang),
    (v) => enumLabel('level', v, 'fr'),
  );

/**
 * Filters of /formations/: by format (/formations/format/<format>/), level reached (/formations/niveau/<level>/) and
 * audience (/formations/public/<audience slug>/).
 */
export function trainingFilters(
  trainings: readonly TrainingPath[],
  audiences: readonly Linkable[],
  lang: Lang = 'fr',
): ListFilter<TrainingPath>[] {
  const t = dictionary(lang).catalogue.trainings.filters;
  return [
    {
      id: 'format',
      title: t.format.title,
      name: t.format.name,
      base: subHref(lang, 'trainings', 'format'),
      values: enumFilterValues(
        enums.trainingFormat.options,
        (v) => enumLabel('trainingFormat', v, lang),
        (v) => enumLabel('trainingFormat', v, 'fr'),
      ),
      keysOf: (training) => [training.format],
    },
    {
      id: 'niveau',
      title: t.level.title,
      name: t.level.name,
      base: subHref(lang, 'trainings', 'niveau'),
      values: levelValues(lang),
      keysOf: (training) => [training.level],
    },
    {
      id: 'public',
      title: t.audience.title,
      name: t.audience.name,
      base: subHref(lang, 'trainings', 'public'),
      values: refFilterValues(audiences, trainings.flatMap((training) => training.audiences), lang),
      keysOf: (training) => refKeys(training.audiences),
    },
  ];
}

/**
 * The related entries of an English entry completed with those of its French version: Strapi links the versions
 * of one language, so an English job loses its trainings while they have no English version. The French refs come
 * after the English ones, once each; their pages are the French fallbacks and their names are marked `lang="fr"`.
 */
export function withFrenchRefs(own: readonly Ref[], french: readonly Ref[] | undefined): Ref[] {
  const ids = new Set(own.map((ref) => ref.documentId));
  return [...own, ...(french ?? []).filter((ref) => !ids.has(ref.documentId))];
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
 * `current.filterId` (none when no item has it: the page says so). Counts are over every item. `lang`: the page's,
 * for the qualifier (« Filière : Acier », « Industry: Steel »).
 */
export function listView<T>(
  filters: readonly ListFilter<T>[],
  items: readonly T[],
  current?: { filterId: string; slug: string },
  lang: Lang = 'fr',
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
  return { shown: withKey(items, filter.keysOf, value.key), qualifier: dictionary(lang).lists.qualifier(filter.name, value.label), groups };
}
