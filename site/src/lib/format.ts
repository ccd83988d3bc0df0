const numberFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** « 20 000 », « 13,7 » — French grouping with a narrow no-break space. */
export function formatNumber(value: number): string {
  return numberFr.format(value);
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** « 1 résultat », « 3 résultats » */
export function countLabel(n: number, one: string, many: string): string {
  return `${formatNumber(n)}\u00a0${n > 1 ? many : one}`;
}

export function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** French alphabetical order, ignoring case and accents. */
export const byFrenchName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;

/** Paragraphs of a plain multi-line text typed by an editor (blank lines separate them). */
export function paragraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

/** Keeps « 14 h 00 » and « 3 mars » on one line. */
export function noBreakDate(text: string): string {
  return text.replace(/(\d{1,2}) h (\d{2})/g, '$1\u00a0h\u00a0$2').replace(/(\d{1,2}|1er) (\p{L}+) (\d{4})/gu, '$1\u00a0$2\u00a0$3');
}
