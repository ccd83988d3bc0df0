import { describe, expect, it } from 'vitest';
import {
  formatParisDate,
  formatParisDateTime,
  formatParisDateTimeRange,
  formatParisTime,
  formatTimeOfDay,
  toParisDateKey,
  toParisMonthKey,
} from '../src/index.js';

describe('Paris date formatting', () => {
  it('formats a winter instant in French and English (UTC+1)', () => {
    expect(formatParisDateTime('2026-03-03T13:00:00.000Z', 'fr')).toBe('mardi 3 mars 2026, 14 h 00');
    expect(formatParisDateTime('2026-03-03T13:00:00.000Z', 'en')).toBe('Tuesday 3 March 2026, 2:00 pm');
  });

  it('follows daylight saving time: 12:00Z is 14 h 00 in Paris on 31 March 2026', () => {
    expect(formatParisDateTime('2026-03-31T12:00:00Z', 'fr')).toBe('mardi 31 mars 2026, 14 h 00');
    expect(formatParisDateTime('2026-03-28T12:00:00Z', 'fr')).toBe('samedi 28 mars 2026, 13 h 00');
    expect(formatParisTime('2026-10-25T00:30:00Z', 'fr')).toBe('2 h 30');
    expect(formatParisTime('2026-10-25T01:30:00Z', 'fr')).toBe('2 h 30');
  });

  it('accepts explicit offsets', () => {
    expect(formatParisDateTime('2026-03-03T14:00:00+01:00', 'fr')).toBe('mardi 3 mars 2026, 14 h 00');
    expect(formatParisDateTime('2026-06-10T09:15:00-04:00', 'en')).toBe('Wednesday 10 June 2026, 3:15 pm');
  });

  it('writes the first day of the month « 1er » in French and drops the leading zero of hours', () => {
    expect(formatParisDateTime('2026-03-01T08:30:00Z', 'fr')).toBe('dimanche 1er mars 2026, 9 h 30');
    expect(formatParisDateTime('2026-03-01T08:30:00Z', 'en')).toBe('Sunday 1 March 2026, 9:30 am');
  });

  it('moves to the next Paris day after 23:00 UTC and handles midnight and noon', () => {
    expect(formatParisDateTime('2026-03-31T22:30:00Z', 'fr')).toBe('mercredi 1er avril 2026, 0 h 30');
    expect(formatParisDateTime('2026-03-31T22:05:00Z', 'en')).toBe('Wednesday 1 April 2026, 12:05 am');
    expect(formatParisTime('2026-07-14T10:00:00Z', 'en')).toBe('12:00 pm');
  });

  it('reads a calendar date as that very day, whatever the time zone', () => {
    expect(formatParisDate('2026-03-03', 'fr')).toBe('mardi 3 mars 2026');
    expect(formatParisDate('2026-01-01', 'en')).toBe('Thursday 1 January 2026');
    expect(toParisDateKey('2026-01-01')).toBe('2026-01-01');
  });

  it('formats a range on a summer day, in the morning, and one ending at midnight in Paris', () => {
    expect(formatParisDateTimeRange('2026-07-01T07:30:00Z', '2026-07-01T10:00:00Z', 'fr')).toBe(
      'mercredi 1er juillet 2026, de 9 h 30 à 12 h 00',
    );
    // 22:00Z in summer is midnight the next day in Paris: two days, not « de 18 h 00 à 0 h 00 ».
    expect(formatParisDateTimeRange('2026-07-01T16:00:00Z', '2026-07-01T22:00:00Z', 'fr')).toBe(
      'du mercredi 1er juillet 2026 à 18 h 00 au jeudi 2 juillet 2026 à 0 h 00',
    );
  });

  it('formats a range on one day or across days', () => {
    expect(formatParisDateTimeRange('2026-03-03T13:00:00Z', '2026-03-03T15:30:00Z', 'fr')).toBe(
      'mardi 3 mars 2026, de 14 h 00 à 16 h 30',
    );
    expect(formatParisDateTimeRange('2026-03-03T13:00:00Z', '2026-03-03T15:30:00Z', 'en')).toBe(
      'Tuesday 3 March 2026, 2:00 pm to 4:30 pm',
    );
    expect(formatParisDateTimeRange('2026-03-03T13:00:00Z', '2026-03-04T11:00:00Z', 'fr')).toBe(
      'du mardi 3 mars 2026 à 14 h 00 au mercredi 4 mars 2026 à 12 h 00',
    );
    expect(formatParisDateTimeRange('2026-03-03T13:00:00Z', '2026-03-04T11:00:00Z', 'en')).toBe(
      'from Tuesday 3 March 2026, 2:00 pm to Wednesday 4 March 2026, 12:00 pm',
    );
  });

  it('formats opening-hours times', () => {
    expect(formatTimeOfDay('09:30', 'fr')).toBe('9 h 30');
    expect(formatTimeOfDay('17:00:00.000', 'fr')).toBe('17 h 00');
    expect(formatTimeOfDay('17:00', 'en')).toBe('5:00 pm');
    expect(() => formatTimeOfDay('9h', 'fr')).toThrow(RangeError);
  });

  it('gives Paris day and month keys', () => {
    expect(toParisDateKey('2026-03-31T22:30:00Z')).toBe('2026-04-01');
    expect(toParisMonthKey('2026-03-31T22:30:00Z')).toBe('2026-04');
    expect(toParisMonthKey('2026-03-31T21:30:00Z')).toBe('2026-03');
  });

  it('throws on an invalid date', () => {
    expect(() => formatParisDate('demain', 'fr')).toThrow(RangeError);
  });
});
