import { describe, expect, it } from 'vitest';
import { durationText, genderedTitles, salaryRange } from '../src/components/detail/meta';

describe('catalogue texts in each language', () => {
  it('salary ranges read « de 1 900 € à 2 400 € brut par mois » in French and « €1,900 to €2,400 gross a month » in English', () => {
    expect(salaryRange(1900, 2400)).toBe('de 1\u202f900\u00a0€ à 2\u202f400\u00a0€ brut par mois');
    expect(salaryRange(1900, 2400, 'en')).toBe('€1,900 to €2,400 gross a month');
    expect(salaryRange(1900, undefined, 'en')).toBe('from €1,900 gross a month');
    expect(salaryRange(undefined, 2400, 'en')).toBe('up to €2,400 gross a month');
    expect(salaryRange(undefined, undefined, 'en')).toBeUndefined();
  });

  it('durations add the hours in the language of the editor’s text', () => {
    expect(durationText('6 mois', 420)).toBe('6 mois (420\u00a0heures)');
    expect(durationText('6 months', 1, 'en')).toBe('6 months (1\u00a0hour)');
    expect(durationText('6 months', undefined, 'en')).toBe('6 months');
  });

  it('gendered job titles: both French forms even when equal; none in English when the two fields are the same', () => {
    expect(genderedTitles({ titleFeminine: 'Cariste', titleMasculine: 'Cariste' })).toEqual([
      'Au féminin\u00a0: Cariste',
      'Au masculin\u00a0: Cariste',
    ]);
    expect(genderedTitles({ titleFeminine: 'Welder', titleMasculine: 'Welder' }, 'en')).toEqual([]);
    expect(genderedTitles({ titleFeminine: 'Actress', titleMasculine: 'Actor' }, 'en')).toEqual([
      'Feminine form: Actress',
      'Masculine form: Actor',
    ]);
  });
});
