import { locales, type Lang } from '../i18n/lang';

const numbers = {
  fr: new Intl.NumberFormat(locales.fr.intl, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(locales.en.intl, { maximumFractionDigits: 2 }),
};

/** « 20 000 », « 13,7 » — French grouping with a narrow no-break space; « 20,000 », « 13.7 » in English. */
export function formatNumber(value: number, lang: Lang = 'fr'): string {
  return numbers[lang].format(value);
}

export function capitalize(text: string, lang: Lang = 'fr'): string {
  return text.charAt(0).toLocaleUpperCase(locales[lang].intl) + text.slice(1);
}

/** « 1 résultat », « 3 résultats »; « 0 résultat » in French, « 0 results » in English (1 alone is singular there). */
export function countLabel(n: number, one: string, many: string, lang: Lang = 'fr'): string {
  const plural = lang === 'fr' ? n > 1 : n !== 1;
  return `${formatNumber(n, lang)}\u00a0${plural ? many : one}`;
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

const collators = { fr: byFrenchName, en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare };

/** Alphabetical order of a language, ignoring case and accents. */
export function byName(lang: Lang): (a: string, b: string) => number {
  return collators[lang];
}

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
