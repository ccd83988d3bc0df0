import { describe, expect, it } from 'vitest';
import { FILE_SLUG_MAX, fileSlug } from '../src/file-names.js';

describe('fileSlug', () => {
  it('keeps real slugs as they are', () => {
    expect(fileSlug('point-relais-dunkerque-gare')).toBe('point-relais-dunkerque-gare');
    expect(fileSlug('a'.repeat(FILE_SLUG_MAX))).toBe('a'.repeat(FILE_SLUG_MAX));
  });

  it('shortens the longest slugs Strapi accepts to a name a file system can hold, stable and distinct', () => {
    const long = 'energie-durable-'.repeat(16).slice(0, 255);
    const other = `${long.slice(0, 254)}x`;
    expect(fileSlug(long)).toHaveLength(FILE_SLUG_MAX);
    expect(`${fileSlug(long)}.json`.length).toBeLessThan(255);
    expect(fileSlug(long)).toBe(fileSlug(long));
    expect(fileSlug(long)).not.toBe(fileSlug(other));
    expect(fileSlug(long)).toMatch(/^energie-durable-.*-[0-9a-f]{8}$/);
  });
});
