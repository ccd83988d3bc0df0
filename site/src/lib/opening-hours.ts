/**
 * Opening hours of a venue, read in Paris time: whether it is open at an instant, when it closes or next opens, and
 * the sentences readers see in each language (« Ouvert maintenant · ferme à 17 h 00 », « Open now · closes at
 * 5:00 pm », « Fermé · ouvre mardi à 9 h 00 »). Pure and dependency-free (only Intl and the two opening-hours
 * dictionary modules): the page uses it at build time and the open-now island in the browser.
 */
import type { Lang } from '../i18n/lang';
import { openingHours as en } from '../i18n/en/opening-hours';
import { openingHours as fr } from '../i18n/fr/opening-hours';
import type { Widen } from '../i18n/types';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** One weekly opening slot; times are `HH:mm` (Strapi may add seconds: `09:00:00.000`). */
export interface WeeklySlot {
  day: Weekday;
  opens: string;
  closes: string;
  note?: string | undefined;
}

/** An exceptional closure, from `startDate` to `endDate` included (`YYYY-MM-DD`, Paris calendar days). */
export interface ClosurePeriod {
  startDate: string;
  endDate: string;
  reason: string;
}

export interface OpeningSchedule {
  openingHours: readonly WeeklySlot[];
  closures: readonly ClosurePeriod[];
}

/** Monday first, as French calendars show the week. */
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The text of each language (i18n/<lang>/opening-hours.ts): only these two small modules reach the island. */
const texts: Record<Lang, Widen<typeof fr>> = { fr, en };

const parisFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Paris wall clock at an instant: calendar day, weekday and minutes since midnight. */
export interface ParisClock {
  date: string;
  weekday: Weekday;
  minutes: number;
}

export function parisClock(now: number): ParisClock {
  const parts: Record<string, string> = {};
  for (const part of parisFormatter.formatToParts(now)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Weekday of a calendar day (`YYYY-MM-DD`), independent of any time zone. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

/** The calendar day `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `09:30` or `09:30:00.000` → 570. */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (match === null) throw new RangeError(`Invalid time of day: "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** « 9 h 00 », « 18 h 30 » (no-break spaces) / « 9:00 am », « 6:30 pm ». */
export function timeText(time: string, lang: Lang = 'fr'): string {
  const minutes = minutesOf(time);
  return texts[lang].time(Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
}

/** « lundi 4 janvier », « vendredi 1er mai » / « Monday 4 January ». */
export function dayText(date: string, lang: Lang = 'fr'): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const t = texts[lang];
  return t.day(t.weekdays[weekdayOf(date)], day, t.months[month - 1] ?? '');
}

/** « lundi » / « Monday ». */
export function weekdayName(day: Weekday, lang: Lang = 'fr'): string {
  return texts[lang].weekdays[day];
}

/** « 9 h 00 » (French; see timeText). */
export function frenchTime(time: string): string {
  return timeText(time, 'fr');
}

/** « lundi 4 janvier » (French; see dayText). */
export function frenchDay(date: string): string {
  return dayText(date, 'fr');
}

/** « lundi » (French; see weekdayName). */
export function frenchWeekday(day: Weekday): string {
  return weekdayName(day, 'fr');
}

/** The closure covering a calendar day, if any. */
export function closureOn(schedule: OpeningSchedule, date: string): ClosurePeriod | undefined {
  return schedule.closures.find((c) => c.startDate <= date && date <= c.endDate);
}

/** The slots of a weekday, earliest first. */
export function slotsOf(schedule: OpeningSchedule, day: Weekday): WeeklySlot[] {
  return schedule.openingHours.filter((s) => s.day === day).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
}

/** The slots the venue really opens on a calendar day: none on a closure day. */
export function slotsOn(schedule: OpeningSchedule, date: string): WeeklySlot[] {
  return closureOn(schedule, date) ? [] : slotsOf(schedule, weekdayOf(date));
}

export type OpenState =
  | { open: true; closes: string; note?: string | undefined }
  | {
      open: false;
      /** The closure of today, when the venue is exceptionally closed. */
      closure?: ClosurePeriod | undefined;
      /** The next opening within a year, when there is one. */
      next?: { date: string; opens: string; daysAhead: number } | undefined;
    };

/** How far ahead the next opening is looked for (a long closure may hide several weeks). */
const LOOKAHEAD_DAYS = 400;

/**
 * Whether the venue is open at `now`, read in Paris time; undefined when it has no weekly hours at all (a stop of
 * the Factory Mobile, a place visited on booking).
 */
export function openState(schedule: OpeningSchedule, now: number): OpenState | undefined {
  if (schedule.openingHours.length === 0) return undefined;
  const clock = parisClock(now);
  const today = slotsOn(schedule, clock.date);
  const current = today.find((s) => minutesOf(s.opens) <= clock.minutes && clock.minutes < minutesOf(s.closes));
  if (current) return { open: true, closes: current.closes, note: current.note };
  const closure = closureOn(schedule, clock.date);
  const later = today.find((s) => minutesOf(s.opens) > clock.minutes);
  if (later) return { open: false, closure, next: { date: clock.date, opens: later.opens, daysAhead: 0 } };
  for (let ahead = 1; ahead <= LOOKAHEAD_DAYS; ahead++) {
    const date = addDays(clock.date, ahead);
    const first = slotsOn(schedule, date)[0];
    if (first) return { open: false, closure, next: { date, opens: first.opens, daysAhead: ahead } };
  }
  return { open: false, closure };
}

/** The two parts of the state readers see: « Ouvert maintenant » and « ferme à 17 h 00 ». */
export interface StateText {
  open: boolean;
  label: string;
  detail: string;
}

/** « aujourd’hui à 13 h 30 », « demain à 9 h 00 », « mardi à 9 h 00 », « le lundi 4 janvier à 9 h 00 ». */
function whenText(next: { date: string; opens: string; daysAhead: number }, lang: Lang): string {
  const t = texts[lang];
  const at = timeText(next.opens, lang);
  if (next.daysAhead === 0) return t.todayAt(at);
  if (next.daysAhead === 1) return t.tomorrowAt(at);
  if (next.daysAhead < 7) return t.weekdayAt(t.weekdays[weekdayOf(next.date)], at);
  return t.dateAt(dayText(next.date, lang), at);
}

export function stateText(state: OpenState, lang: Lang = 'fr'): StateText {
  const t = texts[lang];
  if (state.open) return { open: true, label: t.openNow, detail: t.closesAt(timeText(state.closes, lang)) };
  const label = state.closure ? t.closedException(state.closure.reason) : t.closed;
  return { open: false, label, detail: state.next ? t.opens(whenText(state.next, lang)) : t.noReopening };
}

/** « 9 h 00 – 12 h 30 et 13 h 30 – 17 h 30 », or « fermé » / « 9:00 am – 12:30 pm and 1:30 pm – 5:30 pm », « closed ». */
export function slotsText(slots: readonly WeeklySlot[], lang: Lang = 'fr'): string {
  const t = texts[lang];
  if (slots.length === 0) return t.closedDay;
  return slots.map((s) => t.slot(timeText(s.opens, lang), timeText(s.closes, lang))).join(t.slotSeparator);
}

/** « Aujourd’hui, mardi : 9 h 00 – 18 h 30 », « Aujourd’hui, dimanche : fermé » / « Today, Tuesday: … ». */
export function todayText(schedule: OpeningSchedule, now: number, lang: Lang = 'fr'): string {
  const clock = parisClock(now);
  const t = texts[lang];
  return t.today(t.weekdays[clock.weekday], slotsText(slotsOn(schedule, clock.date), lang));
}

/** Closures that have not ended on the Paris day of `now`, soonest first. */
export function upcomingClosures(schedule: OpeningSchedule, now: number): ClosurePeriod[] {
  const today = parisClock(now).date;
  return schedule.closures.filter((c) => c.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/**
 * « le vendredi 24 décembre 2026 », « du jeudi 24 décembre 2026 au vendredi 1er janvier 2027 » / « Thursday
 * 24 December 2026 », « from Thursday 24 December 2026 to Friday 1 January 2027 ».
 */
export function closureDates(closure: ClosurePeriod, lang: Lang = 'fr'): string {
  const t = texts[lang];
  const year = (d: string) => d.slice(0, 4);
  if (closure.startDate === closure.endDate) return t.closureDay(dayText(closure.startDate, lang), year(closure.startDate));
  const full = (d: string) => t.dateWithYear(dayText(d, lang), year(d));
  return t.closureRange(full(closure.startDate), full(closure.endDate));
}

/** The schedule as the island reads it back from the page (`data-opening-hours`). */
export function scheduleJson(schedule: OpeningSchedule): string {
  return JSON.stringify({
    openingHours: schedule.openingHours.map(({ day, opens, closes }) => ({ day, opens, closes })),
    closures: schedule.closures.map(({ startDate, endDate, reason }) => ({ startDate, endDate, reason })),
  });
}
