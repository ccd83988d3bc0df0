import { describe, expect, it } from 'vitest';
import {
  adjacentMonths,
  agendaFilterHref,
  agendaFilterOptions,
  agendaMonthHref,
  agendaPrintHref,
  agendaFilter,
  atVenue,
  eventMonthKey,
  eventsInMonth,
  forAudience,
  groupByMonth,
  isUpcoming,
  monthKeyAt,
  monthLabel,
  monthsWithEvents,
  monthTitle,
  ofType,
  past,
  shiftMonth,
  sortByStart,
  upcoming,
} from '../src/lib/agenda';

interface TestEvent {
  id: string;
  startsAt: string;
  endsAt?: string;
  type: string;
  venue?: { slug?: string };
  audiences?: { slug?: string }[];
}

const ev = (id: string, startsAt: string, endsAt?: string, over: Partial<TestEvent> = {}): TestEvent => ({
  id,
  startsAt,
  ...(endsAt !== undefined && { endsAt }),
  type: 'info-session',
  ...over,
});

describe('isUpcoming', () => {
  const event = ev('a', '2026-03-03T14:00:00+01:00', '2026-03-03T16:30:00+01:00');

  it('is true before the start and while the event is running', () => {
    expect(isUpcoming(event, new Date('2026-03-03T12:00:00Z'))).toBe(true);
    expect(isUpcoming(event, new Date('2026-03-03T14:00:00Z'))).toBe(true);
  });

  it('is true at the very instant of the end and false one millisecond after', () => {
    expect(isUpcoming(event, Date.parse('2026-03-03T15:30:00Z'))).toBe(true);
    expect(isUpcoming(event, Date.parse('2026-03-03T15:30:00.001Z'))).toBe(false);
  });

  it('uses the start when the event has no end', () => {
    const noEnd = ev('b', '2026-03-03T14:00:00+01:00');
    expect(isUpcoming(noEnd, '2026-03-03T13:00:00Z')).toBe(true);
    expect(isUpcoming(noEnd, '2026-03-03T13:00:01Z')).toBe(false);
    expect(isUpcoming({ startsAt: '2026-03-03T14:00:00+01:00', endsAt: null }, '2026-03-03T12:59:59Z')).toBe(true);
  });

  it('throws on an invalid instant rather than guessing', () => {
    expect(() => isUpcoming(event, 'not a date')).toThrow(RangeError);
  });
});

describe('upcoming, past and sortByStart', () => {
  const late = ev('late', '2026-04-10T09:00:00+02:00', '2026-04-10T12:00:00+02:00');
  const early = ev('early', '2026-03-05T09:00:00+01:00', '2026-03-05T10:00:00+01:00');
  const gone = ev('gone', '2026-02-01T09:00:00+01:00', '2026-02-01T10:00:00+01:00');
  const running = ev('running', '2026-03-01T09:00:00+01:00', '2026-03-02T18:00:00+01:00');
  const now = '2026-03-02T10:00:00+01:00';

  it('keeps the events not ended yet, sorted by start', () => {
    expect(upcoming([late, gone, early, running], now).map((e) => e.id)).toEqual(['running', 'early', 'late']);
  });

  it('lists past events most recent first', () => {
    expect(past([late, gone, early, running], now).map((e) => e.id)).toEqual(['gone']);
  });

  it('compares instants, not strings with different offsets', () => {
    // 08:30 UTC is before 09:00+00:00 although "2026-03-05T09:30:00+01:00" sorts after it as text.
    const a = ev('a', '2026-03-05T09:30:00+01:00');
    const b = ev('b', '2026-03-05T09:00:00+00:00');
    expect(sortByStart([b, a]).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('breaks ties on the start by the end, then keeps the given order, without mutating the input', () => {
    const long = ev('long', '2026-03-05T09:00:00+01:00', '2026-03-05T12:00:00+01:00');
    const short = ev('short', '2026-03-05T09:00:00+01:00', '2026-03-05T10:00:00+01:00');
    const same = ev('same', '2026-03-05T09:00:00+01:00', '2026-03-05T10:00:00+01:00');
    const input = [long, short, same];
    expect(sortByStart(input).map((e) => e.id)).toEqual(['short', 'same', 'long']);
    expect(input.map((e) => e.id)).toEqual(['long', 'short', 'same']);
  });

  it('does not filter on state: cancelled events stay upcoming', () => {
    const cancelled = { ...early, state: 'cancelled' };
    expect(upcoming([cancelled], now)).toEqual([cancelled]);
  });
});

describe('months', () => {
  it('takes the month of the start in Paris, not in UTC', () => {
    // 31 March 23:30 UTC is already 1 April in Paris (summer time).
    expect(eventMonthKey(ev('a', '2026-03-31T23:30:00Z'))).toBe('2026-04');
    // 31 December 23:30 UTC is 1 January 00:30 in Paris.
    expect(eventMonthKey(ev('b', '2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(eventMonthKey(ev('c', '2026-03-01T00:30:00+01:00'))).toBe('2026-03');
    expect(monthKeyAt(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-12');
  });

  it('groups events by month in calendar order, sorted inside each month', () => {
    const events = [
      ev('apr', '2026-04-02T10:00:00+02:00'),
      ev('mar2', '2026-03-20T10:00:00+01:00'),
      ev('mar1', '2026-03-03T10:00:00+01:00'),
      ev('jan27', '2027-01-05T10:00:00+01:00'),
    ];
    const groups = groupByMonth(events);
    expect([...groups.keys()]).toEqual(['2026-03', '2026-04', '2027-01']);
    expect(groups.get('2026-03')?.map((e) => e.id)).toEqual(['mar1', 'mar2']);
    expect(monthsWithEvents(events)).toEqual(['2026-03', '2026-04', '2027-01']);
    expect(eventsInMonth(events, '2026-03').map((e) => e.id)).toEqual(['mar1', 'mar2']);
    expect(eventsInMonth(events, '2026-05')).toEqual([]);
    expect(monthsWithEvents([])).toEqual([]);
  });

  it('shifts months across years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', 0)).toBe('2026-03');
    expect(shiftMonth('2026-03', -15)).toBe('2024-12');
    expect(() => shiftMonth('2026-13', 1)).toThrow(RangeError);
  });

  it('finds the previous and next months that have events, skipping empty months', () => {
    const months = ['2026-01', '2026-03', '2026-07'];
    expect(adjacentMonths(months, '2026-03')).toEqual({ previous: '2026-01', next: '2026-07' });
    expect(adjacentMonths(months, '2026-01')).toEqual({ next: '2026-03' });
    expect(adjacentMonths(months, '2026-07')).toEqual({ previous: '2026-03' });
    // A month without events (the current month, say) still gets its neighbours.
    expect(adjacentMonths(months, '2026-05')).toEqual({ previous: '2026-03', next: '2026-07' });
    expect(adjacentMonths([], '2026-05')).toEqual({});
  });
});

describe('filter predicates', () => {
  const a = ev('a', '2026-03-03T10:00:00+01:00', undefined, {
    type: 'job-dating',
    venue: { slug: 'point-relais-dunkerque' },
    audiences: [{ slug: 'jeunes' }, { slug: 'femmes' }],
  });
  const b = ev('b', '2026-03-04T10:00:00+01:00', undefined, { type: 'mobile-stop', venue: { slug: 'factory-mobile-calais' } });
  const c = ev('c', '2026-03-05T10:00:00+01:00', undefined, { type: 'job-dating', audiences: [] });
  const all = [a, b, c];
  const ids = (events: TestEvent[]) => events.map((e) => e.id);

  it('filters by venue slug, audience slug and type', () => {
    expect(ids(all.filter(atVenue('point-relais-dunkerque')))).toEqual(['a']);
    expect(ids(all.filter(forAudience('femmes')))).toEqual(['a']);
    expect(ids(all.filter(forAudience('seniors')))).toEqual([]);
    expect(ids(all.filter(ofType('job-dating')))).toEqual(['a', 'c']);
  });

  it('never matches an event without venue or audiences, nor an empty slug against a missing one', () => {
    expect(ids(all.filter(atVenue('')))).toEqual([]);
    expect(ids([c].filter(forAudience('jeunes')))).toEqual([]);
  });

  it('maps the URL keys lieu, public and type to the predicates', () => {
    expect(ids(all.filter(agendaFilter('lieu', 'factory-mobile-calais')))).toEqual(['b']);
    expect(ids(all.filter(agendaFilter('public', 'jeunes')))).toEqual(['a']);
    expect(ids(all.filter(agendaFilter('type', 'mobile-stop')))).toEqual(['b']);
  });
});

describe('month labels and addresses', () => {
  it('names months in French', () => {
    expect(monthLabel('2026-12')).toBe('décembre 2026');
    expect(monthTitle('2027-02')).toBe('Février 2027');
    expect(monthTitle('2026-08')).toBe('Août 2026');
    expect(() => monthLabel('2026-00')).toThrow(RangeError);
  });

  it('builds the agenda addresses', () => {
    expect(agendaMonthHref('2026-12')).toBe('/agenda/2026-12/');
    expect(agendaPrintHref('2026-12')).toBe('/agenda/2026-12/imprimer/');
    expect(agendaFilterHref('lieu', 'point-relais-dunkerque-gare')).toBe('/agenda/lieu/point-relais-dunkerque-gare/');
    expect(agendaFilterHref('type', 'job-dating')).toBe('/agenda/type/job-dating/');
  });

  it('names months in English and builds the English programme addresses (/en/programme/…)', () => {
    expect(monthLabel('2026-12', 'en')).toBe('December 2026');
    expect(monthTitle('2027-02', 'en')).toBe('February 2027');
    expect(agendaMonthHref('2026-12', 'en')).toBe('/en/programme/2026-12/');
    expect(agendaPrintHref('2026-12', 'en')).toBe('/en/programme/2026-12/print/');
    expect(agendaFilterHref('lieu', 'job-labo', 'en')).toBe('/en/programme/place/job-labo/');
    expect(agendaFilterHref('public', 'young-people', 'en')).toBe('/en/programme/audience/young-people/');
    expect(agendaFilterHref('type', 'job-dating', 'en')).toBe('/en/programme/type/job-dating/');
  });
});

describe('agendaFilterOptions', () => {
  const events = [
    ev('a', '2026-03-03T10:00:00+01:00', undefined, { type: 'job-dating', venue: { slug: 'gare' }, audiences: [{ slug: 'jeunes' }] }),
    ev('b', '2026-03-04T10:00:00+01:00', undefined, { type: 'job-dating', venue: { slug: 'gare' }, audiences: [] }),
  ];
  const values = {
    lieu: [
      { value: 'gare', label: 'Gare' },
      { value: 'port', label: 'Port' },
    ],
    public: [{ value: 'jeunes', label: 'Jeunes' }],
    type: [
      { value: 'job-dating', label: 'Job dating' },
      { value: 'fair', label: 'Salon' },
    ],
  };

  it('counts each value, links its page and leaves out values without events', () => {
    const options = agendaFilterOptions(events, values);
    expect(options.lieu).toEqual([{ slug: 'gare', key: 'gare', label: 'Gare', href: '/agenda/lieu/gare/', count: 2, current: false }]);
    expect(options.public.map((o) => [o.slug, o.count])).toEqual([['jeunes', 1]]);
    expect(options.type.map((o) => o.slug)).toEqual(['job-dating']);
  });

  it('keeps and marks the current value even when it has no event', () => {
    const options = agendaFilterOptions(events, values, { key: 'lieu', value: 'port' });
    expect(options.lieu.map((o) => [o.slug, o.count, o.current])).toEqual([
      ['gare', 2, false],
      ['port', 0, true],
    ]);
    expect(options.type.every((o) => !o.current)).toBe(true);
  });
});
