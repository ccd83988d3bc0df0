/**
 * Opening hours of a venue, read in Paris time: whether it is open at an instant, when it closes or next opens, and
 * the French sentences readers see (« Ouvert maintenant · ferme à 17 h 00 », « Fermé · ouvre mardi à 9 h 00 »).
 * Pure and dependency-free (only Intl): the page uses it at build time and the open-now island in the browser.
 */

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

const FRENCH_WEEKDAYS: Record<Weekday, string> = {
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
};

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

const NBSP = '\u00a0';

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

/** « 9 h 00 », « 18 h 30 », with no-break spaces. */
export function frenchTime(time: string): string {
  const minutes = minutesOf(time);
  return `${Math.floor(minutes / 60)}${NBSP}h${NBSP}${String(minutes % 60).padStart(2, '0')}`;
}

/** « lundi 4 janvier », « vendredi 1er mai ». */
export function frenchDay(date: string): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${FRENCH_WEEKDAYS[weekdayOf(date)]} ${day === 1 ? '1er' : day}${NBSP}${FRENCH_MONTHS[month - 1]}`;
}

export function frenchWeekday(day: Weekday): string {
  return FRENCH_WEEKDAYS[day];
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
function whenText(next: { date: string; opens: string; daysAhead: number }): string {
  const at = `à ${frenchTime(next.opens)}`;
  if (next.daysAhead === 0) return `aujourd’hui ${at}`;
  if (next.daysAhead === 1) return `demain ${at}`;
  if (next.daysAhead < 7) return `${FRENCH_WEEKDAYS[weekdayOf(next.date)]} ${at}`;
  return `le ${frenchDay(next.date)} ${at}`;
}

export function stateText(state: OpenState): StateText {
  if (state.open) return { open: true, label: 'Ouvert maintenant', detail: `ferme à ${frenchTime(state.closes)}` };
  const label = state.closure ? `Fermé exceptionnellement (${state.closure.reason})` : 'Fermé';
  return { open: false, label, detail: state.next ? `ouvre ${whenText(state.next)}` : 'pas de réouverture annoncée' };
}

/** « 9 h 00 – 12 h 30 et 13 h 30 – 17 h 30 », or « fermé ». */
export function slotsText(slots: readonly WeeklySlot[]): string {
  if (slots.length === 0) return 'fermé';
  return slots.map((s) => `${frenchTime(s.opens)} – ${frenchTime(s.closes)}`).join(' et ');
}

/** « Aujourd’hui, mardi : 9 h 00 – 18 h 30 », « Aujourd’hui, dimanche : fermé ». */
export function todayText(schedule: OpeningSchedule, now: number): string {
  const clock = parisClock(now);
  return `Aujourd’hui, ${FRENCH_WEEKDAYS[clock.weekday]}${NBSP}: ${slotsText(slotsOn(schedule, clock.date))}`;
}

/** Closures that have not ended on the Paris day of `now`, soonest first. */
export function upcomingClosures(schedule: OpeningSchedule, now: number): ClosurePeriod[] {
  const today = parisClock(now).date;
  return schedule.closures.filter((c) => c.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** « le vendredi 24 décembre 2026 », « du jeudi 24 décembre 2026 au vendredi 1er janvier 2027 ». */
export function closureDates(closure: ClosurePeriod): string {
  const year = (d: string) => `${NBSP}${d.slice(0, 4)}`;
  if (closure.startDate === closure.endDate) return `le ${frenchDay(closure.startDate)}${year(closure.startDate)}`;
  return `du ${frenchDay(closure.startDate)}${year(closure.startDate)} au ${frenchDay(closure.endDate)}${year(closure.endDate)}`;
}

/** The schedule as the island reads it back from the page (`data-opening-hours`). */
export function scheduleJson(schedule: OpeningSchedule): string {
  return JSON.stringify({
    openingHours: schedule.openingHours.map(({ day, opens, closes }) => ({ day, opens, closes })),
    closures: schedule.closures.map(({ startDate, endDate, reason }) => ({ startDate, endDate, reason })),
  });
}
