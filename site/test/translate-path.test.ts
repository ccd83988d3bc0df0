import { describe, expect, it } from 'vitest';
import type { SlugIndex, SluggedType } from '../src/i18n/routes';
import { translatePath } from '../src/i18n/translate';

type Slugs = { fr?: string; en?: string; translated?: boolean };
const index: SlugIndex = new Map<SluggedType, Map<string, Slugs>>([
  [
    'companies',
    new Map([
      ['c1', { fr: 'batterie-du-nord', en: 'northern-battery', translated: true }],
      ['c2', { fr: 'verrerie-opale', en: 'verrerie-opale' }],
      ['c3', { en: 'english-only', translated: true }],
    ]),
  ],
  ['sectors', new Map([['s1', { fr: 'acier', en: 'steel', translated: true }]])],
  ['audiences', new Map([['a1', { fr: 'jeunes', en: 'young-people', translated: true }]])],
  ['venues', new Map([['v1', { fr: 'gare', en: 'gare' }]])],
  ['towns', new Map([['t1', { fr: 'calais', en: 'calais' }]])],
  ['pages', new Map([['p1', { fr: 'accessibilite', en: 'accessibility', translated: true }]])],
]);

const en = (path: string) => translatePath(path, 'fr', 'en', index);
const fr = (path: string) => translatePath(path, 'en', 'fr', index);

describe('translatePath', () => {
  it('maps the home page and the section pages to their English folders and back', () => {
    expect(en('/')).toEqual({ href: '/en/', exact: true });
    expect(en('/entreprises/')).toEqual({ href: '/en/companies/', exact: true });
    expect(en('/agenda/')).toEqual({ href: '/en/programme/', exact: true });
    expect(fr('/en/places/')).toEqual({ href: '/lieux/', exact: true });
  });

  it('maps a detail page through its document: translated slug, or the French slug of a fallback page', () => {
    expect(en('/entreprises/batterie-du-nord/')).toEqual({ href: '/en/companies/northern-battery/', exact: true });
    expect(fr('/en/companies/northern-battery/')).toEqual({ href: '/entreprises/batterie-du-nord/', exact: true });
    expect(en('/entreprises/verrerie-opale/')).toEqual({ href: '/en/companies/verrerie-opale/', exact: true });
  });

  it('leads to the section when the entry has no page in the other language', () => {
    expect(fr('/en/companies/english-only/')).toEqual({ href: '/entreprises/', exact: false });
    expect(en('/entreprises/unknown/')).toEqual({ href: '/en/companies/', exact: false });
  });

  it('translates filter folders and the entry slugs they hold, and keeps enumeration values', () => {
    expect(en('/metiers/filiere/acier/')).toEqual({ href: '/en/jobs/sector/steel/', exact: true });
    expect(en('/agenda/public/jeunes/')).toEqual({ href: '/en/programme/audience/young-people/', exact: true });
    expect(en('/agenda/lieu/gare/')).toEqual({ href: '/en/programme/place/gare/', exact: true });
    expect(en('/lieux/commune/calais/')).toEqual({ href: '/en/places/town/calais/', exact: true });
    expect(en('/metiers/niveau/bac2/')).toEqual({ href: '/en/jobs/level/bac2/', exact: true });
    expect(fr('/en/support/theme/housing/')).toEqual({ href: '/accompagnement/theme/housing/', exact: true });
  });

  it('keeps a month of the programme and its print poster', () => {
    expect(en('/agenda/2026-03/')).toEqual({ href: '/en/programme/2026-03/', exact: true });
    expect(en('/agenda/2026-03/imprimer/')).toEqual({ href: '/en/programme/2026-03/print/', exact: true });
    expect(fr('/en/programme/2026-03/print/')).toEqual({ href: '/agenda/2026-03/imprimer/', exact: true });
  });

  it('maps CMS pages at the root, and anything unknown to the home page', () => {
    expect(en('/accessibilite/')).toEqual({ href: '/en/accessibility/', exact: true });
    expect(fr('/en/accessibility/')).toEqual({ href: '/accessibilite/', exact: true });
    expect(en('/ancienne-page/')).toEqual({ href: '/en/', exact: false });
    expect(en('/entreprises/a/b/c/')).toEqual({ href: '/en/companies/', exact: false });
  });

  it('round-trips every exact translation', () => {
    for (const path of ['/entreprises/batterie-du-nord/', '/metiers/filiere/acier/', '/agenda/2026-03/imprimer/', '/accessibilite/']) {
      const there = en(path);
      expect(fr(there.href)).toEqual({ href: path, exact: true });
    }
  });
});
