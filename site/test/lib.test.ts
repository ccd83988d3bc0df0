import { describe, expect, it } from 'vitest';
import { cacheKey, parisDay } from '../src/lib/cache-key';
import { MAX_DESCRIPTION, metaDescription, MIN_DESCRIPTION, truncateOnWord } from '../src/lib/description';
import { entryId, parseEntryId } from '../src/lib/entry-id';
import { defaultDescription } from '../src/lib/site';
import { versionMediaUrls } from '../src/loaders/media';
import { collectRefs } from '../src/loaders/refs';

describe('metaDescription', () => {
  it('completes a one-character summary with the programme description instead of refusing it', () => {
    const description = metaDescription('X');
    expect(description.startsWith('X. ')).toBe(true);
    expect(description.length).toBeGreaterThanOrEqual(MIN_DESCRIPTION);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('is never empty: no text, blank text or undefined give the programme description', () => {
    for (const text of [undefined, '', '   \n  ', null]) {
      expect(metaDescription(text)).toBe(truncateOnWord(defaultDescription, MAX_DESCRIPTION));
    }
  });

  it('cuts a long text on a word boundary with an ellipsis, never mid-word', () => {
    const words = 'recrutement '.repeat(40).trim();
    const description = metaDescription(words);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(description.endsWith('recrutement…')).toBe(true);
  });

  it('keeps a text of a good length as it is, whitespace collapsed', () => {
    const text = 'Ampérya fabrique des cellules de batteries à Dunkerque et recrute des opérateurs.';
    expect(metaDescription(`  ${text.replace(/ /g, '\n ')}  `)).toBe(text);
  });

  it('joins the texts in order until the description is long enough', () => {
    expect(metaDescription('Court.', 'Une deuxième phrase qui donne assez de contexte au lecteur.', 'Jamais lue.')).toBe(
      'Court. Une deuxième phrase qui donne assez de contexte au lecteur.',
    );
  });
});

describe('cacheKey', () => {
  const entry = (id: string, digest: string) => ({ id, digest });

  it('is stable for the same entries and values', () => {
    expect(cacheKey(entry('fr:a', '1'), 'layout', [entry('fr:b', '2')])).toBe(cacheKey(entry('fr:a', '1'), 'layout', [entry('fr:b', '2')]));
  });

  it('changes when an entry’s digest, a listed entry, the list order or a value changes', () => {
    const base = cacheKey(entry('fr:a', '1'), [entry('fr:b', '2'), entry('fr:c', '3')], 2026);
    expect(cacheKey(entry('fr:a', '9'), [entry('fr:b', '2'), entry('fr:c', '3')], 2026)).not.toBe(base);
    expect(cacheKey(entry('fr:a', '1'), [entry('fr:b', '2')], 2026)).not.toBe(base);
    expect(cacheKey(entry('fr:a', '1'), [entry('fr:c', '3'), entry('fr:b', '2')], 2026)).not.toBe(base);
    expect(cacheKey(entry('fr:a', '1'), [entry('fr:b', '2'), entry('fr:c', '3')], 2027)).not.toBe(base);
  });

  it('does not confuse nesting with concatenation', () => {
    expect(cacheKey(['a', 'b'], 'c')).not.toBe(cacheKey('a', ['b', 'c']));
    expect(cacheKey('1')).not.toBe(cacheKey(1));
  });

  it('gives the Paris day, which starts at 23:00 UTC in winter', () => {
    expect(parisDay(Date.parse('2026-12-01T22:59:00Z'))).toBe('2026-12-01');
    expect(parisDay(Date.parse('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
  });
});

describe('entry ids', () => {
  it('keys each locale of a document apart and reads the key back', () => {
    expect(entryId('fr', 'abc')).toBe('fr:abc');
    expect(entryId('en', 'abc')).not.toBe(entryId('fr', 'abc'));
    expect(parseEntryId('en:abc')).toEqual({ locale: 'en', documentId: 'abc' });
    expect(parseEntryId('abc')).toBeUndefined();
    expect(parseEntryId('de:abc')).toBeUndefined();
    expect(parseEntryId('fr:')).toBeUndefined();
  });
});

describe('references of a raw entry', () => {
  const raw = {
    id: 1,
    documentId: 'self',
    name: 'Ampérya',
    town: { id: 3, documentId: 'town1', name: 'Gravelines', slug: 'gravelines' },
    sectors: [{ documentId: 'sector1', name: 'Batteries' }, { documentId: 'sector2', name: 'Chimie' }],
    logo: { id: 7, documentId: 'file1', url: '/uploads/logo.png', mime: 'image/png', updatedAt: '2026-01-01T00:00:00.000Z' },
    address: { id: 9, city: 'Gravelines' },
    description: [{ type: 'image', image: { id: 8, documentId: 'file2', url: '/uploads/b.png', mime: 'image/png' }, children: [] }],
  };

  it('finds relations and media anywhere in the entry (components and rich-text images included), not the entry itself', () => {
    expect(collectRefs(raw)).toEqual(['doc:sector1', 'doc:sector2', 'doc:town1', 'media:file1', 'media:file2']);
  });

  it('versions media URLs by their last update, so that a replaced file is a new image', () => {
    const versioned = versionMediaUrls(raw);
    expect(versioned.logo.url).toMatch(/^\/uploads\/logo\.png\?v=[0-9a-f]{10}$/);
    const replaced = versionMediaUrls({ ...raw, logo: { ...raw.logo, updatedAt: '2026-02-01T00:00:00.000Z' } });
    expect(replaced.logo.url).not.toBe(versioned.logo.url);
    expect(raw.logo.url).toBe('/uploads/logo.png');
    expect(versioned.town).toEqual(raw.town);
  });
});
