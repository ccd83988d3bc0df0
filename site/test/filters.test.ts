import { enumLabel, enums, type Job, type TrainingPath } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import { filterById, jobFilters, listView, trainingFilters, withFrenchRefs } from '../src/lib/catalogue';
import { countByKey, enumFilterValues, filterOptions, filterSlug, refFilterValues, withKey } from '../src/lib/filters';

const job = (over: Partial<Job>): Job =>
  ({
    documentId: 'j',
    locale: 'fr',
    title: 'Métier',
    slug: 'metier',
    romeCode: 'H2102',
    summary: 'Résumé',
    skills: [],
    accessLevel: 'cap',
    trainings: [],
    companies: [],
    ...over,
  }) as Job;

const training = (over: Partial<TrainingPath>): TrainingPath =>
  ({
    documentId: 't',
    locale: 'fr',
    title: 'Formation',
    slug: 'formation',
    summary: 'Résumé',
    jobs: [],
    duration: '6 mois',
    format: 'initial',
    level: 'bac',
    fundingOptions: [],
    audiences: [],
    sessions: [],
    free: false,
    paid: false,
    ...over,
  }) as TrainingPath;

describe('filterSlug', () => {
  it('turns French labels into readable URL segments without accents, spaces or symbols', () => {
    expect(filterSlug('Sans diplôme')).toBe('sans-diplome');
    expect(filterSlug('CAP/BEP')).toBe('cap-bep');
    expect(filterSlug('Bac+2')).toBe('bac-plus-2');
    expect(filterSlug('Bac+5')).toBe('bac-plus-5');
    expect(filterSlug('Formation initiale')).toBe('formation-initiale');
    expect(filterSlug('Garde d’enfants')).toBe('garde-d-enfants');
    expect(filterSlug('  Étudiants & jeunes  ')).toBe('etudiants-jeunes');
  });

  it('gives a distinct slug to every level and every training format', () => {
    for (const [name, values] of [
      ['level', enums.level.options],
      ['trainingFormat', enums.trainingFormat.options],
    ] as const) {
      const slugs = values.map((v) => filterSlug(enumLabel(name, v as never, 'fr')));
      expect(new Set(slugs).size, name).toBe(values.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('filter values', () => {
  it('keeps the declared order of an enumeration with the French label of each value', () => {
    expect(enumFilterValues(enums.level.options, (v) => enumLabel('level', v, 'fr')).map((v) => [v.key, v.slug, v.label])).toEqual([
      ['none', 'sans-diplome', 'Sans diplôme'],
      ['cap', 'cap-bep', 'CAP/BEP'],
      ['bac', 'bac', 'Bac'],
      ['bac2', 'bac-plus-2', 'Bac+2'],
      ['bac3', 'bac-plus-3', 'Bac+3'],
      ['bac5', 'bac-plus-5', 'Bac+5'],
    ]);
  });

  it('lists each linked entry once, in French alphabetical order, skipping entries without a slug', () => {
    const values = refFilterValues(
      [
        { documentId: 's2', slug: 'sidérurgie', name: 'Sidérurgie' },
        { documentId: 's1', slug: 'batteries', name: 'Batteries' },
      ],
      [
        { documentId: 's1', slug: 'batteries', name: 'Batteries' },
        { documentId: 's3', slug: 'eolien', name: 'Éolien' },
        { documentId: 's4', name: 'Sans page' },
      ],
    );
    expect(values.map((v) => v.key)).toEqual(['s1', 's3', 's2']);
  });
});

describe('counting and matching', () => {
  const items = [{ k: ['a', 'b'] }, { k: ['a'] }, { k: [] }, { k: ['a', 'a'] }];
  const keysOf = (i: { k: string[] }) => i.k;

  it('counts an item once per key it has, and once only for a repeated key', () => {
    expect(Object.fromEntries(countByKey(items, keysOf))).toEqual({ a: 3, b: 1 });
  });

  it('keeps only the items with the key, in their order', () => {
    expect(withKey(items, keysOf, 'b')).toEqual([items[0]]);
    expect(withKey(items, keysOf, 'z')).toEqual([]);
  });

  it('builds one link per value with its count (zero included) and marks only the current one', () => {
    const options = filterOptions(
      [
        { key: 'a', slug: 'aa', label: 'A' },
        { key: 'z', slug: 'zz', label: 'Z' },
      ],
      items,
      keysOf,
      '/metiers/filiere/',
      'zz',
    );
    expect(options).toEqual([
      { key: 'a', slug: 'aa', label: 'A', href: '/metiers/filiere/aa/', count: 3, current: false },
      { key: 'z', slug: 'zz', label: 'Z', href: '/metiers/filiere/zz/', count: 0, current: true },
    ]);
  });
});

describe('list filters of jobs and trainings', () => {
  it('filters jobs by the documentId of their sector and by their access level', () => {
    const sector = { documentId: 'sec', slug: 'batteries', name: 'Batteries' };
    const jobs = [job({ documentId: 'j1', sector, accessLevel: 'bac2' }), job({ documentId: 'j2', accessLevel: 'none' })];
    const filters = jobFilters(jobs, [sector]);
    expect(filters.map((f) => f.base)).toEqual(['/metiers/filiere/', '/metiers/niveau/']);
    const bySector = filterById(filters, 'filiere');
    expect(withKey(jobs, bySector.keysOf, 'sec').map((j) => j.documentId)).toEqual(['j1']);
    const byLevel = filterById(filters, 'niveau');
    expect(filterOptions(byLevel.values, jobs, byLevel.keysOf, byLevel.base).filter((o) => o.count > 0).map((o) => o.href)).toEqual([
      '/metiers/niveau/sans-diplome/',
      '/metiers/niveau/bac-plus-2/',
    ]);
  });

  it('filters trainings by format, level and each of their audiences', () => {
    const young = { documentId: 'a1', slug: 'jeunes', name: 'Jeunes' };
    const seniors = { documentId: 'a2', slug: 'seniors', name: 'Seniors' };
    const trainings = [
      training({ documentId: 't1', format: 'work-study', audiences: [young, seniors] }),
      training({ documentId: 't2', format: 'initial', level: 'cap', audiences: [young] }),
    ];
    const filters = trainingFilters(trainings, [seniors, young]);
    expect(filters.map((f) => f.base)).toEqual(['/formations/format/', '/formations/niveau/', '/formations/public/']);
    const byFormat = filterById(filters, 'format');
    expect(byFormat.values.find((v) => v.key === 'work-study')?.slug).toBe('alternance');
    expect(withKey(trainings, byFormat.keysOf, 'work-study').map((t) => t.documentId)).toEqual(['t1']);
    const byAudience = filterById(filters, 'public');
    expect(byAudience.values.map((v) => v.slug)).toEqual(['jeunes', 'seniors']);
    expect(Object.fromEntries(countByKey(trainings, byAudience.keysOf))).toEqual({ a1: 2, a2: 1 });
  });

  it('refuses an unknown filter folder', () => {
    expect(() => filterById(jobFilters([], []), 'ville')).toThrow(RangeError);
  });
});

describe('listView', () => {
  const sector = { documentId: 'sec', slug: 'batteries', name: 'Batteries' };
  const empty = { documentId: 'vide', slug: 'eolien', name: 'Éolien' };
  const jobs = [job({ documentId: 'j1', sector, accessLevel: 'bac2' }), job({ documentId: 'j2', accessLevel: 'none' })];
  const filters = jobFilters(jobs, [sector, empty]);

  it('shows every entry on the full list, with no qualifier and no filter link marked current', () => {
    const view = listView(filters, jobs);
    expect(view.shown).toEqual(jobs);
    expect(view.qualifier).toBeUndefined();
    expect(view.groups.flatMap((g) => g.options).some((o) => o.current)).toBe(false);
  });

  it('shows only the entries of the value on a filter page, names it with a no-break space before the colon and marks it', () => {
    const view = listView(filters, jobs, { filterId: 'niveau', slug: 'bac-plus-2' });
    expect(view.shown.map((j) => j.documentId)).toEqual(['j1']);
    expect(view.qualifier).toBe('Niveau d’accès\u00a0: Bac+2');
    expect(view.groups.flatMap((g) => g.options).filter((o) => o.current).map((o) => o.href)).toEqual(['/metiers/niveau/bac-plus-2/']);
  });

  it('shows nothing on the page of a value no entry has, while its link still counts zero and every other count stays', () => {
    const view = listView(filters, jobs, { filterId: 'filiere', slug: 'eolien' });
    expect(view.shown).toEqual([]);
    expect(view.qualifier).toBe('Filière\u00a0: Éolien');
    const sectors = view.groups.find((g) => g.id === 'filiere')!.options;
    expect(sectors.map((o) => [o.slug, o.count, o.current])).toEqual([
      ['batteries', 1, false],
      ['eolien', 0, true],
    ]);
  });

  it('refuses a value the filter does not have', () => {
    expect(() => listView(filters, jobs, { filterId: 'filiere', slug: 'inconnue' })).toThrow(RangeError);
  });
});

describe('English catalogue filters', () => {
  it('English job filters live under /en/jobs/sector/ and /en/jobs/level/, with English labels and the French level slugs', () => {
    const jobs = [job({ documentId: 'a', accessLevel: 'none' }), job({ documentId: 'b', accessLevel: 'bac2' })];
    const [sector, level] = jobFilters(jobs, [{ documentId: 's', slug: 'steel', name: 'Steel' }], 'en');
    expect(sector!.base).toBe('/en/jobs/sector/');
    expect(sector!.title).toBe('By industry');
    expect(level!.base).toBe('/en/jobs/level/');
    expect(level!.values.slice(0, 2).map((v) => [v.slug, v.label])).toEqual([
      ['sans-diplome', 'No qualification'],
      ['cap-bep', 'Vocational certificate (CAP/BEP)'],
    ]);
    const view = listView(jobFilters(jobs, [], 'en'), jobs, { filterId: 'niveau', slug: 'sans-diplome' }, 'en');
    expect(view.qualifier).toBe('Entry level: No qualification');
    expect(view.shown.map((j) => j.documentId)).toEqual(['a']);
  });

  it('French job filters keep their French folders, labels and qualifier', () => {
    const jobs = [job({ documentId: 'a', accessLevel: 'none' })];
    const view = listView(jobFilters(jobs, []), jobs, { filterId: 'niveau', slug: 'sans-diplome' });
    expect(view.qualifier).toBe('Niveau d’accès\u00a0: Sans diplôme');
    expect(jobFilters(jobs, []).map((f) => f.base)).toEqual(['/metiers/filiere/', '/metiers/niveau/']);
  });

  it('English training filters live under /en/trainings/format/, level/ and audience/', () => {
    expect(trainingFilters([], [], 'en').map((f) => f.base)).toEqual([
      '/en/trainings/format/',
      '/en/trainings/level/',
      '/en/trainings/audience/',
    ]);
    expect(trainingFilters([], [], 'en')[0]!.values.map((v) => v.slug)).toEqual(
      trainingFilters([], [])[0]!.values.map((v) => v.slug),
    );
  });

  it('withFrenchRefs adds the French version’s relations missing from the English entry, once each, after its own', () => {
    const own = [{ documentId: 'x', slug: 'x-en', name: 'X' }];
    const french = [
      { documentId: 'y', slug: 'y-fr', name: 'Y' },
      { documentId: 'x', slug: 'x-fr', name: 'X fr' },
    ];
    expect(withFrenchRefs(own, french).map((r) => r.slug)).toEqual(['x-en', 'y-fr']);
    expect(withFrenchRefs(own, undefined)).toEqual(own);
  });
});
