import type { openingHours as fr } from '../fr/opening-hours';
import type { Widen } from '../types';

/** Interface text of opening hours (lib/opening-hours.ts): the venue pages, the cards and the open-now island. */
export const openingHours: Widen<typeof fr> = {
  weekdays: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  /** « 9:00 am », « 6:30 pm », « 12:00 pm » at noon. */
  time: (hour: number, minute: string) => `${hour % 12 === 0 ? 12 : hour % 12}:${minute}\u00a0${hour < 12 ? 'am' : 'pm'}`,
  /** « Monday 4 January » */
  day: (weekday: string, day: number, month: string) => `${weekday} ${day}\u00a0${month}`,
  slot: (opens: string, closes: string) => `${opens} – ${closes}`,
  slotSeparator: ' and ',
  closedDay: 'closed',
  openNow: 'Open now',
  closesAt: (time: string) => `closes at ${time}`,
  closed: 'Closed',
  closedException: (reason: string) => `Closed today (${reason})`,
  opens: (when: string) => `opens ${when}`,
  noReopening: 'no reopening date announced yet',
  todayAt: (time: string) => `today at ${time}`,
  tomorrowAt: (time: string) => `tomorrow at ${time}`,
  weekdayAt: (weekday: string, time: string) => `on ${weekday} at ${time}`,
  dateAt: (date: string, time: string) => `on ${date} at ${time}`,
  today: (weekday: string, slots: string) => `Today, ${weekday}: ${slots}`,
  closureDay: (date: string, year: string) => `${date}\u00a0${year}`,
  closureRange: (from: string, to: string) => `from ${from} to ${to}`,
  dateWithYear: (date: string, year: string) => `${date}\u00a0${year}`,
};
