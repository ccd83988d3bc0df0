import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  facetOptions,
  hasSelection,
  pagefindFilterAttribute,
  pagefindFilters,
  parseSearchParams,
  resultSentence,
  searchFilters,
  searchParamsOf,
  typeOrder,
} from '../src/lib/search';

describe('searchFilters', () => {
  it('gives the French type, then sectors, towns and audiences, trimmed, without blanks or repeats', () => {
    expect(
      searchFilters({
        type: 'trainingPaths',
        sectors: [{ name: 'Chimie verte' }],
        towns: [{ name: ' Dunkerque ' }, 'dunkerque', undefined, null, '', 'Calais'],
        audiences: [{ name: 'Femmes : retour à l’emploi' }, { name: 'Jeunes' }, { name: 'Jeunes' }],
      }),
    ).toEqual([
      { key: 'type', value: 'Formation' },
      { key: 'filiere', value: 'Chimie verte' },
      { key: 'commune', value: 'Dunkerque' },
      { key: 'commune', value: 'Calais' },
      { key: 'public', value: 'Femmes : retour à l’emploi' },
      { key: 'public', value: 'Jeunes' },
    ]);
  });

  it('gives only the type when the entry has no sector, town or audience', () => {
    expect(searchFilters({ type: 'jobs', sectors: [undefined] })).toEqual([{ key: 'type', value: 'Métier' }]);
  });

  it('writes key:value, a colon inside the value kept (Pagefind splits on the first one)', () => {
    expect(pagefindFilterAttribute({ key: 'public', value: 'Femmes : retour à l’emploi' })).toBe('public:Femmes : retour à l’emploi');
  });
});

describe('search state and address', () => {
  it('reads the term and repeated facet values from the query string, and writes them back in the same order', () => {
    const params = new URLSearchParams('commune=Calais&q=%20soudeur%20&type=M%C3%A9tier&commune=Dunkerque&commune=Calais&autre=x');
    const state = parseSearchParams(params);
    expect(state).toEqual({
      term: 'soudeur',
      selected: { type: ['Métier'], filiere: [], commune: ['Calais', 'Dunkerque'], public: [] },
    });
    expect(searchParamsOf(state).toString()).toBe('q=soudeur&type=M%C3%A9tier&commune=Calais&commune=Dunkerque');
    expect(hasSelection(state.selected)).toBe(true);
    expect(hasSelection(emptySelection())).toBe(false);
    expect(searchParamsOf({ term: '', selected: emptySelection() }).toString()).toBe('');
  });

  it('asks Pagefind for any value of a facet and every facet, and can leave one facet out to count its values', () => {
    const selected = { ...emptySelection(), type: ['Métier', 'Formation'], commune: ['Calais'] };
    expect(pagefindFilters(selected)).toEqual({ type: { any: ['Métier', 'Formation'] }, commune: { any: ['Calais'] } });
    expect(pagefindFilters(selected, 'type')).toEqual({ commune: { any: ['Calais'] } });
    expect(pagefindFilters(emptySelection())).toEqual({});
  });
});

describe('facetOptions', () => {
  it('keeps the values with results and the chosen ones, in French order, content types in their own order', () => {
    expect(facetOptions(['Saint-Omer', 'Calais', 'Éperlecques', 'Dunkerque'], { Calais: 2, Dunkerque: 0, 'Saint-Omer': 1, Éperlecques: 3 }, ['Dunkerque'])).toEqual([
      { value: 'Calais', count: 2, checked: false },
      { value: 'Dunkerque', count: 0, checked: true },
      { value: 'Éperlecques', count: 3, checked: false },
      { value: 'Saint-Omer', count: 1, checked: false },
    ]);
    expect(facetOptions(['Événement', 'Métier', 'Entreprise'], { Événement: 1, Métier: 1, Entreprise: 1 }, [], typeOrder).map((o) => o.value)).toEqual([
      'Entreprise',
      'Métier',
      'Événement',
    ]);
  });

  it('gives nothing when no count is known and nothing is chosen', () => {
    expect(facetOptions(['Calais'], undefined, [])).toEqual([]);
  });
});

describe('resultSentence', () => {
  const state = (term: string, selected = emptySelection()) => ({ term, selected });

  it('counts in French with guillemets and no-break spaces, naming the filters', () => {
    expect(resultSentence(1, state('cariste'))).toBe('1\u00a0résultat pour «\u00a0cariste\u00a0».');
    expect(resultSentence(12, state('soudeur', { ...emptySelection(), type: ['Métier'] }))).toBe(
      '12\u00a0résultats pour «\u00a0soudeur\u00a0» avec le filtre Métier.',
    );
    expect(resultSentence(3, state('', { ...emptySelection(), type: ['Métier'], commune: ['Calais'] }))).toBe(
      '3\u00a0résultats avec les filtres Métier, Calais.',
    );
    expect(resultSentence(1200, state('emploi'))).toBe('1\u202f200\u00a0résultats pour «\u00a0emploi\u00a0».');
  });

  it('says when nothing matches, and suggests removing a filter when filters are on', () => {
    expect(resultSentence(0, state('zzz'))).toBe('Aucun résultat pour «\u00a0zzz\u00a0».');
    expect(resultSentence(0, state('zzz', { ...emptySelection(), public: ['Jeunes'] }))).toBe(
      'Aucun résultat pour «\u00a0zzz\u00a0» avec le filtre Jeunes. Essayez d’effacer un filtre.',
    );
  });
});
