/** Calendar helpers in Europe/Paris, independent of the server time zone. */

export const TIME_ZONE = 'Europe/Paris';

export type CalendarDay = { year: number; month: number; day: number };

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parisParts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** Offset of Paris local time from UTC at that instant, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const p = parisParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** UTC ISO string of a Paris wall-clock time (month is 1-based). */
export function parisToUtcIso(day: CalendarDay, hour: number, minute = 0): string {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  let guess = wall - parisOffsetMinutes(new Date(wall)) * 60000;
  guess = wall - parisOffsetMinutes(new Date(guess)) * 60000;
  return new Date(guess).toISOString();
}

/** Today's date in Paris. */
export function parisToday(now: Date): CalendarDay {
  const p = parisParts(now);
  return { year: p.year, month: p.month, day: p.day };
}

/** Adds days to a calendar day (calendar arithmetic, no time zone involved). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** First day of the month `offset` months after the given day's month. */
export function addMonths(day: CalendarDay, offset: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1 + offset, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every date of a month falling on the given weekday (0 = Sunday). */
export function weekdaysOfMonth(year: number, month: number, dow: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let d = 1; d <= daysInMonth(year, month); d += 1) {
    const day = { year, month, day: d };
    if (weekday(day) === dow) out.push(day);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`. */
export function isoDate(day: CalendarDay): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** `YYYY-MM`. */
export function isoMonth(day: CalendarDay): string {
  return `${day.year}-${pad(day.month)}`;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const FRENCH_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** « décembre 2026 ». */
export function frenchMonth(day: CalendarDay): string {
  return `${FRENCH_MONTHS[day.month - 1]} ${day.year}`;
}


/** « mardi 3 mars ». */
export function frenchDay(day: CalendarDay): string {
  return `${FRENCH_DAYS[weekday(day)]} ${day.day === 1 ? '1er' : day.day} ${FRENCH_MONTHS[day.month - 1]}`;
}

/** « de » or « d’ » before a French month name. */
export function frenchOf(day: CalendarDay): string {
  const name = FRENCH_MONTHS[day.month - 1];
  return /^[aeiouyéè]/.test(name) ? `d’${name}` : `de ${name}`;
}

/** Easter Sunday (Gregorian computus). */
function easter(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** French public holidays of a year, as `YYYY-MM-DD`. */
export function frenchHolidays(year: number): Set<string> {
  const e = easter(year);
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
  return new Set([...fixed, isoDate(addDays(e, 1)), isoDate(addDays(e, 39)), isoDate(addDays(e, 50))]);
}
