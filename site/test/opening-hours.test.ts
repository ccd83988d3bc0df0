import { describe, expect, it } from 'vitest';
import {
  closureDates,
  frenchTime,
  openState,
  parisClock,
  slotsText,
  stateText,
  timeText,
  todayText,
  upcomingClosures,
  type OpeningSchedule,
} from '../src/lib/opening-hours';

const NBSP = '\u00a0';
const plain = (text: string) => text.replaceAll(NBSP, ' ');

/** The weekly hours of the demo relay point of Saint-Pol-sur-Mer, with a Christmas closure. */
const schedule: OpeningSchedule = {
  openingHours: [
    { day: 'monday', opens: '13:30', closes: '17:30' },
    { day: 'tuesday', opens: '09:00', closes: '12:00' },
    { day: 'tuesday', opens: '13:30:00.000', closes: '17:00:00.000' },
    { day: 'wednesday', opens: '09:30', closes: '19:00', note: 'Ouverture prolongée' },
    { day: 'thursday', opens: '09:30', closes: '17:30' },
    { day: 'friday', opens: '09:30', closes: '17:30' },
    { day: 'saturday', opens: '09:30', closes: '12:30' },
  ],
  closures: [{ startDate: '2026-12-24', endDate: '2027-01-01', reason: 'congés de fin d’année' }],
};

const at = (iso: string) => Date.parse(iso);
const text = (iso: string, s: OpeningSchedule = schedule, lang: 'fr' | 'en' = 'fr') => {
  const state = openState(s, at(iso));
  if (!state) throw new Error('no state');
  const t = stateText(state, lang);
  return `${t.label} · ${plain(t.detail)}`;
};
const english = (iso: string, s: OpeningSchedule = schedule) => text(iso, s, 'en');

describe('parisClock', () => {
  it('reads the Paris wall clock: UTC+1 in winter, UTC+2 in summer', () => {
    expect(parisClock(at('2026-12-01T08:15:00Z'))).toEqual({ date: '2026-12-01', weekday: 'tuesday', minutes: 9 * 60 + 15 });
    expect(parisClock(at('2026-07-14T08:15:00Z'))).toEqual({ date: '2026-07-14', weekday: 'tuesday', minutes: 10 * 60 + 15 });
  });

  it('gives the Paris day, not the UTC day, just before midnight UTC', () => {
    expect(parisClock(at('2026-12-01T23:30:00Z')).date).toBe('2026-12-02');
  });
});

describe('openState for a fixed clock', () => {
  it('is open inside the hours and says when it closes (Tuesday 10:00 in Paris)', () => {
    expect(text('2026-12-01T09:00:00+01:00')).toBe('Ouvert maintenant · ferme à 12 h 00');
  });

  it('is open in the second slot of a split day and gives that slot’s closing time', () => {
    expect(text('2026-12-01T15:00:00+01:00')).toBe('Ouvert maintenant · ferme à 17 h 00');
  });

  it('is closed at the closing minute itself', () => {
    expect(text('2026-12-01T17:00:00+01:00')).toBe('Fermé · ouvre demain à 9 h 30');
  });

  it('is closed over lunch and reopens the same afternoon', () => {
    expect(text('2026-12-01T12:30:00+01:00')).toBe('Fermé · ouvre aujourd’hui à 13 h 30');
  });

  it('is closed before opening and says it opens today', () => {
    expect(text('2026-12-01T08:00:00+01:00')).toBe('Fermé · ouvre aujourd’hui à 9 h 00');
  });

  it('is closed on Saturday afternoon and names the weekday it opens again (Monday)', () => {
    expect(text('2026-12-05T15:00:00+01:00')).toBe('Fermé · ouvre lundi à 13 h 30');
  });

  it('is closed on Sunday and opens tomorrow, Monday', () => {
    expect(text('2026-12-06T11:00:00+01:00')).toBe('Fermé · ouvre demain à 13 h 30');
  });

  it('uses no-break spaces inside « 9 h 00 »', () => {
    expect(frenchTime('09:00')).toBe(`9${NBSP}h${NBSP}00`);
    const state = openState(schedule, at('2026-12-01T08:00:00+01:00'));
    expect(state && stateText(state).detail).toBe(`ouvre aujourd’hui à 9${NBSP}h${NBSP}00`);
  });

  it('has no state for a venue without weekly hours', () => {
    expect(openState({ openingHours: [], closures: [] }, at('2026-12-01T10:00:00+01:00'))).toBeUndefined();
  });
});

describe('openState on a closure day', () => {
  it('is closed during opening hours of a closure day, gives the reason and the first opening after it', () => {
    // Monday 28 December 2026, 15:00: normally open, but inside the Christmas closure until Friday 1 January.
    expect(text('2026-12-28T15:00:00+01:00')).toBe(
      'Fermé exceptionnellement (congés de fin d’année) · ouvre samedi à 9 h 30',
    );
  });

  it('on the eve of a closure, the next opening skips the closed days', () => {
    // Wednesday 23 December, 20:00: Thursday 24 is closed, the next opening is Saturday 2 January.
    expect(text('2026-12-23T20:00:00+01:00')).toBe('Fermé · ouvre le samedi 2 janvier à 9 h 30');
  });

  it('shows the day as closed in « today » and lists the closure until it ends', () => {
    expect(plain(todayText(schedule, at('2026-12-28T15:00:00+01:00')))).toBe('Aujourd’hui, lundi : fermé');
    expect(upcomingClosures(schedule, at('2027-01-01T18:00:00+01:00'))).toHaveLength(1);
    expect(upcomingClosures(schedule, at('2027-01-02T00:30:00+01:00'))).toHaveLength(0);
    expect(plain(closureDates(schedule.closures[0]!))).toBe('du jeudi 24 décembre 2026 au vendredi 1er janvier 2027');
  });

  it('says no reopening is announced when every day is closed for more than a year', () => {
    const closedForever: OpeningSchedule = { ...schedule, closures: [{ startDate: '2026-01-01', endDate: '2030-12-31', reason: 'travaux' }] };
    expect(text('2026-12-01T10:00:00+01:00', closedForever)).toBe('Fermé exceptionnellement (travaux) · pas de réouverture annoncée');
  });
});

describe('openState across the daylight-saving change in Europe/Paris', () => {
  // The same UTC instant, 07:45Z, is 08:45 before the change (UTC+1) and 09:45 after it (UTC+2).
  it('late March: 07:45 UTC is 8 h 45 on Friday 27 March, before the 9 h 30 opening, and 9 h 45 on Tuesday 31 March, inside the hours', () => {
    expect(text('2026-03-27T07:45:00Z')).toBe('Fermé · ouvre aujourd’hui à 9 h 30');
    expect(text('2026-03-30T07:45:00Z')).toBe('Fermé · ouvre aujourd’hui à 13 h 30');
    expect(text('2026-03-31T07:45:00Z')).toBe('Ouvert maintenant · ferme à 12 h 00');
  });

  it('on the night of the spring change (Sunday 29 March), Monday is « demain »', () => {
    expect(text('2026-03-29T01:30:00Z')).toBe('Fermé · ouvre demain à 13 h 30');
  });

  it('late October: 15:45 UTC is after closing on Thursday 22 October (17:45) and inside the hours on Thursday 29 (16:45)', () => {
    expect(text('2026-10-22T15:45:00Z')).toBe('Fermé · ouvre demain à 9 h 30');
    expect(text('2026-10-29T15:45:00Z')).toBe('Ouvert maintenant · ferme à 17 h 30');
  });

  it('on the day of the autumn change (Sunday 25 October), the Paris day and weekday are right around midnight', () => {
    expect(parisClock(at('2026-10-24T22:30:00Z'))).toMatchObject({ date: '2026-10-25', weekday: 'sunday', minutes: 30 });
    expect(parisClock(at('2026-10-25T23:30:00Z'))).toMatchObject({ date: '2026-10-26', weekday: 'monday', minutes: 30 });
  });
});

describe('the same states in English (the English pages and their island)', () => {
  it('says « Open now · closes at … » with a 12-hour clock, noon as 12:00 pm', () => {
    expect(english('2026-12-01T09:00:00+01:00')).toBe('Open now · closes at 12:00 pm');
    expect(english('2026-12-01T15:00:00+01:00')).toBe('Open now · closes at 5:00 pm');
    expect(plain(timeText('18:30', 'en'))).toBe('6:30 pm');
    expect(plain(timeText('00:15', 'en'))).toBe('12:15 am');
    expect(timeText('09:00', 'en')).toBe(`9:00${NBSP}am`);
  });

  it('says when a closed venue opens: today, tomorrow, on a weekday, on a date', () => {
    expect(english('2026-12-01T12:30:00+01:00')).toBe('Closed · opens today at 1:30 pm');
    expect(english('2026-12-01T17:00:00+01:00')).toBe('Closed · opens tomorrow at 9:30 am');
    expect(english('2026-12-05T15:00:00+01:00')).toBe('Closed · opens on Monday at 1:30 pm');
    expect(english('2026-12-23T20:00:00+01:00')).toBe('Closed · opens on Saturday 2 January at 9:30 am');
  });

  it('gives the closure’s reason (the CMS’s text) and the reopening, or says none is announced', () => {
    expect(english('2026-12-28T15:00:00+01:00')).toBe('Closed today (congés de fin d’année) · opens on Saturday at 9:30 am');
    const closedForever: OpeningSchedule = { ...schedule, closures: [{ startDate: '2026-01-01', endDate: '2030-12-31', reason: 'travaux' }] };
    expect(english('2026-12-01T10:00:00+01:00', closedForever)).toBe('Closed today (travaux) · no reopening date announced yet');
  });

  it('writes today’s hours, a day’s slots and the closure dates in English', () => {
    expect(plain(todayText(schedule, at('2026-12-01T10:00:00+01:00'), 'en'))).toBe('Today, Tuesday: 9:00 am – 12:00 pm and 1:30 pm – 5:00 pm');
    expect(plain(todayText(schedule, at('2026-12-06T10:00:00+01:00'), 'en'))).toBe('Today, Sunday: closed');
    expect(slotsText([], 'en')).toBe('closed');
    expect(plain(closureDates(schedule.closures[0]!, 'en'))).toBe('from Thursday 24 December 2026 to Friday 1 January 2027');
    expect(plain(closureDates({ startDate: '2027-01-04', endDate: '2027-01-04', reason: 'formation' }, 'en'))).toBe('Monday 4 January 2027');
  });

  it('keeps French the default, for the French pages and the callers that pass no language', () => {
    expect(text('2026-12-01T09:00:00+01:00')).toBe('Ouvert maintenant · ferme à 12 h 00');
    expect(plain(closureDates({ startDate: '2027-01-04', endDate: '2027-01-04', reason: 'formation' }))).toBe('le lundi 4 janvier 2027');
  });
});
