import { describe, expect, it } from 'vitest';
import { lostSlugs } from '../src/bootstrap/slug-history';

describe('lostSlugs: what the slug history records after an action on a document', () => {
  it('records the previous slug of each published locale whose slug changed or that was unpublished', () => {
    const before = new Map([
      ['fr', 'acier-vert'],
      ['en', 'green-steel'],
    ]);
    expect(lostSlugs(before, new Map([['fr', 'acier-decarbone'], ['en', 'green-steel']]))).toEqual([{ locale: 'fr', slug: 'acier-vert' }]);
    expect(lostSlugs(before, new Map())).toEqual([
      { locale: 'fr', slug: 'acier-vert' },
      { locale: 'en', slug: 'green-steel' },
    ]);
  });

  it('records nothing for a first publication or a republication under the same slug', () => {
    expect(lostSlugs(new Map(), new Map([['fr', 'nouvelle']]))).toEqual([]);
    expect(lostSlugs(new Map([['fr', 'meme']]), new Map([['fr', 'meme']]))).toEqual([]);
  });
});
