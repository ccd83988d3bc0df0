/**
 * WCAG 2.1 contrast of two colours (success criteria 1.4.3 and 1.4.6), for the colour tokens of /charte-graphique/.
 * Pure functions: relative luminance, ratio, the ratio as shown and the verdicts in French words.
 */

/** `#RRGGBB` or `#RGB` → [r, g, b] in 0…255; throws on anything else. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new RangeError(`Not a hexadecimal colour: "${hex}"`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of a colour (0 for black, 1 for white), as WCAG 2.1 defines it. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 (same luminance) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [light, dark] = la >= lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

/** The thresholds of WCAG 2.1: AA large text 3, AA text and AAA large text 4.5, AAA text 7. */
export const THRESHOLDS = [3, 4.5, 7] as const;

/**
 * The ratio rounded to two decimals for display, never rounded up across a threshold it does not reach (4,499 shows
 * « 4,49 », not « 4,50 », since it fails AA).
 */
export function displayRatio(ratio: number): number {
  const rounded = Math.round(ratio * 100) / 100;
  for (const threshold of THRESHOLDS) {
    if (ratio < threshold && rounded >= threshold) return Math.floor(ratio * 100) / 100;
  }
  return rounded;
}

const ratioFr = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** « 4,48:1 » */
export function formatRatio(ratio: number): string {
  return `${ratioFr.format(displayRatio(ratio))}:1`;
}

/** What a ratio allows: the WCAG level reached for body text and for large text (24 px, or 18,66 px bold). */
export interface ContrastVerdict {
  ratio: number;
  normalText: 'AAA' | 'AA' | 'fail';
  largeText: 'AAA' | 'AA' | 'fail';
  /** In French words: « AAA : tout texte », « AA pour les grands textes seulement »… */
  words: string;
}

export function contrastVerdict(ratio: number): ContrastVerdict {
  const normalText = ratio >= 7 ? 'AAA' : ratio >= 4.5 ? 'AA' : 'fail';
  const largeText = ratio >= 4.5 ? 'AAA' : ratio >= 3 ? 'AA' : 'fail';
  const words =
    normalText === 'AAA'
      ? 'AAA\u00a0: convient à tous les textes'
      : normalText === 'AA'
        ? 'AA\u00a0: convient à tous les textes (AAA pour les grands textes)'
        : largeText === 'AA'
          ? 'AA pour les grands textes seulement, insuffisant pour le texte courant'
          : 'Insuffisant pour du texte, réservé aux éléments décoratifs';
  return { ratio, normalText, largeText, words };
}
