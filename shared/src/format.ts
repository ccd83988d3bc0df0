import type { Lang } from './schemas/labels.js';

/** Time zone of every date shown to readers. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)/;

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** A calendar date (`2026-03-03`) is read as is; an instant is read in Paris time. */
function toInstant(iso: string): { date: Date; timeZone: string } {
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid ISO date: "${iso}"`);
  return { date, timeZone: dateOnly ? 'UTC' : PARIS_TIME_ZONE };
}

function parts(iso: string, lang: Lang, options: Intl.DateTimeFormatOptions): Parts {
  const { date, timeZone } = toInstant(iso);
  const out: Parts = {};
  for (const part of formatter(lang, timeZone, options).formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** « mardi 3 mars 2026 », « dimanche 1er mars 2026 » / « Tuesday 3 March 2026 ». Accepts a date or a date-time. */
export function formatParisDate(iso: string, lang: Lang): string {
  const p = parts(iso, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const day = lang === 'fr' && p.day === '1' ? '1er' : p.day;
  return `${p.weekday} ${day} ${p.month} ${p.year}`;
}

function timeFromHourMinute(hour: number, minute: string, lang: Lang): string {
  if (lang === 'fr') return `${hour} h ${minute}`;
  const period = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}:${minute} ${period}`;
}

/** « 14 h 00 » / « 2:00 pm », in Paris time. */
export function formatParisTime(iso: string, lang: Lang): string {
  const p = parts(iso, lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return timeFromHourMinute(Number(p.hour), p.minute ?? '00', lang);
}

/** « mardi 3 mars 2026, 14 h 00 » / « Tuesday 3 March 2026, 2:00 pm », in Paris time. */
export function formatParisDateTime(iso: string, lang: Lang): string {
  return `${formatParisDate(iso, lang)}, ${formatParisTime(iso, lang)}`;
}

/**
 * Start and end of an event: « mardi 3 mars 2026, de 14 h 00 à 16 h 00 » on one day,
 * « du mardi 3 mars 2026 à 14 h 00 au mercredi 4 mars 2026 à 12 h 00 » otherwise.
 */
export function formatParisDateTimeRange(startIso: string, endIso: string, lang: Lang): string {
  if (toParisDateKey(startIso) === toParisDateKey(endIso)) {
    const day = formatParisDate(startIso, lang);
    const from = formatParisTime(startIso, lang);
    const to = formatParisTime(endIso, lang);
    return lang === 'fr' ? `${day}, de ${from} à ${to}` : `${day}, ${from} to ${to}`;
  }
  if (lang === 'fr') {
    const at = (iso: string) => `${formatParisDate(iso, lang)} à ${formatParisTime(iso, lang)}`;
    return `du ${at(startIso)} au ${at(endIso)}`;
  }
  return `from ${formatParisDateTime(startIso, lang)} to ${formatParisDateTime(endIso, lang)}`;
}

/** A time of day as stored in opening hours (`09:30` or `09:30:00.000`): « 9 h 30 » / « 9:30 am ». */
export function formatTimeOfDay(time: string, lang: Lang): string {
  const match = TIME_OF_DAY.exec(time);
  if (match === null) throw new RangeError(`Invalid time of day: "${time}"`);
  return timeFromHourMinute(Number(match[1]), match[2] ?? '00', lang);
}

/** Calendar day in Paris, `YYYY-MM-DD`, to group or compare instants by day. */
export function toParisDateKey(iso: string): string {
  const p = parts(iso, 'en', { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** Month in Paris, `YYYY-MM`, the key of a programme. */
export function toParisMonthKey(iso: string): string {
  return toParisDateKey(iso).slice(0, 7);
}
