import { describe, expect, it } from 'vitest';
import { contrastRatio, contrastVerdict, displayRatio, formatRatio, parseHex, relativeLuminance } from '../src/lib/contrast';

describe('relative luminance', () => {
  it('is 0 for black, 1 for white and about 0.2159 for mid grey #808080', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('weights green most and blue least (0.7152, 0.2126, 0.0722)', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('reads #RGB shorthand and lowercase like #RRGGBB, and refuses what is not a hex colour', () => {
    expect(parseHex('#777')).toEqual([119, 119, 119]);
    expect(parseHex('#0b3d6b')).toEqual(parseHex('#0B3D6B'));
    expect(() => parseHex('blue')).toThrow(RangeError);
    expect(() => parseHex('#12345')).toThrow(RangeError);
  });
});

describe('contrast ratio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#fff', '#000')).toBe(21);
    expect(contrastRatio('#0E7C7B', '#0E7C7B')).toBe(1);
  });

  it('gives the known pairs: #777 on white 4.48, #767676 on white 4.54, the brand’s navy 11.1 and yellow 2.0 on white', () => {
    expect(formatRatio(contrastRatio('#777', '#fff'))).toBe('4,48:1');
    expect(formatRatio(contrastRatio('#767676', '#FFFFFF'))).toBe('4,54:1');
    expect(contrastRatio('#0B3D6B', '#FFFFFF')).toBeCloseTo(11.1, 1);
    expect(contrastRatio('#F2A900', '#FFFFFF')).toBeCloseTo(2.0, 1);
    expect(contrastRatio('#F2A900', '#0B3D6B')).toBeCloseTo(5.5, 1);
  });
});

describe('displayed ratio', () => {
  it('rounds to two decimals but never up across a threshold the ratio misses', () => {
    expect(displayRatio(4.478)).toBe(4.48);
    expect(displayRatio(4.4999)).toBe(4.49);
    expect(displayRatio(2.996)).toBe(2.99);
    expect(displayRatio(6.999)).toBe(6.99);
    expect(displayRatio(7.004)).toBe(7);
    expect(formatRatio(21)).toBe('21,00:1');
  });
});

describe('verdicts', () => {
  it('names the level for body and large text at each threshold, in French', () => {
    expect(contrastVerdict(7)).toMatchObject({ normalText: 'AAA', largeText: 'AAA' });
    expect(contrastVerdict(7).words).toBe('AAA\u00a0: convient à tous les textes');
    expect(contrastVerdict(6.99)).toMatchObject({ normalText: 'AA', largeText: 'AAA' });
    expect(contrastVerdict(4.5)).toMatchObject({ normalText: 'AA', largeText: 'AAA' });
    expect(contrastVerdict(4.5).words).toBe('AA\u00a0: convient à tous les textes (AAA pour les grands textes)');
    expect(contrastVerdict(4.49)).toMatchObject({ normalText: 'fail', largeText: 'AA' });
    expect(contrastVerdict(4.49).words).toBe('AA pour les grands textes seulement, insuffisant pour le texte courant');
    expect(contrastVerdict(3)).toMatchObject({ normalText: 'fail', largeText: 'AA' });
    expect(contrastVerdict(2.99)).toMatchObject({ normalText: 'fail', largeText: 'fail' });
    expect(contrastVerdict(2.99).words).toBe('Insuffisant pour du texte, réservé aux éléments décoratifs');
  });

  it('fails #777 on white for body text (4.478 is under 4.5) although it shows 4,48', () => {
    expect(contrastVerdict(contrastRatio('#777777', '#ffffff')).normalText).toBe('fail');
  });
});
