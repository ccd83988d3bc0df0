import {
  type Audience,
  AudienceSchema,
  type Event,
  EventSchema,
  ProgrammeFeedSchema,
  programmeFeedJsonSchema,
  type Town,
  TownSchema,
  type Venue,
  VenueSchema,
} from '@dk20000/shared';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildProgrammeFeed, feedSlices, safeHttpUrl, serializeFeed, toParisOffsetIso } from '../src/lib/feed';
import { buildCalendar, eventSequence, eventUid } from '../src/lib/ics';

const SITE = 'https://emplois.example.fr/';
const NOW = new Date('2026-03-01T08:00:00Z');

const town: Town = TownSchema.parse({ documentId: 'town-dk', updatedAt: '2026-01-01T00:00:00Z', name: 'Dunkerque', slug: 'dunkerque' });
const venue: Venue = VenueSchema.parse({
  documentId: 'venue-gare',
  updatedAt: '2026-01-01T00:00:00Z',
  name: 'Point relais Dunkerque Gare',
  slug: 'point-relais-dunkerque-gare',
  kind: 'relay-point',
  address: { street: '1 place de la Gare', postalCode: '59140', city: 'Dunkerque' },
  town: { documentId: 'town-dk', slug: 'dunkerque', name: 'Dunkerque' },
});
const other: Venue = VenueSchema.parse({
  documentId: 'venue-calais',
  updatedAt: '2026-01-01T00:00:00Z',
  name: 'Maison de l’emploi de Calais',
  slug: 'maison-emploi-calais',
  kind: 'partner-place',
  address: { city: 'Calais' },
});
const youth: Audience = AudienceSchema.parse({
  documentId: 'aud-jeunes',
  updatedAt: '2026-01-01T00:00:00Z',
  name: 'Jeunes',
  slug: 'jeunes',
  summary: 'Les 16-25 ans.',
});

function event(over: Record<string, unknown> = {}): Event {
  return EventSchema.parse({
    documentId: 'ev-1',
    updatedAt: '2026-02-10T09:30:00.000Z',
    title: 'Job dating de l’industrie',
    slug: 'job-dating-industrie',
    type: 'job-dating',
    summary: 'Rencontrez les recruteurs de la batterie.',
    startsAt: '2026-03-03T13:00:00.000Z',
    endsAt: '2026-03-03T15:30:00.000Z',
    venue: { documentId: 'venue-gare', slug: 'point-relais-dunkerque-gare', name: 'Point relais Dunkerque Gare' },
    audiences: [{ documentId: 'aud-jeunes', slug: 'jeunes', name: 'Jeunes' }],
    registration: 'link',
    registrationUrl: 'https://inscription.example.fr/job-dating',
    capacity: 40,
    ...over,
  });
}

/** A hostile event as it would reach the builders if a value slipped past the content contract. */
function hostile(): Event {
  return {
    ...event({
      documentId: 'ev-hostile',
      slug: 'evenement-hostile',
      title: '<script>alert(1)</script>',
      summary: '"><img src=x onerror=alert(1)>',
      startsAt: '2026-03-05T09:00:00.000Z',
      endsAt: '2026-03-05T10:00:00.000Z',
      cover: { url: 'https://cms.example.fr/uploads/a.jpg', alt: '"><img src=x onerror=alert(1)>', mime: 'image/jpeg', name: 'a.jpg' },
    }),
    registrationUrl: 'javascript:alert(1)',
  };
}

const input = (events: Event[]) => ({ events, venues: [venue, other], audiences: [youth], towns: [town], site: SITE, now: NOW });

describe('programme feed builder', () => {
  it('builds the v1 shape: Paris offsets, labels, venue with town and address, audiences, registration, absolute URLs', () => {
    const feed = buildProgrammeFeed(input([event()]));
    expect(ProgrammeFeedSchema.parse(feed)).toEqual(feed);
    expect(feed).toMatchObject({
      version: 1,
      generatedAt: '2026-03-01T08:00:00.000Z',
      title: 'Programme — 20\u00a0000 emplois durables',
      agendaUrl: 'https://emplois.example.fr/agenda/',
      filter: {},
    });
    expect(feed.events).toEqual([
      {
        id: 'ev-1',
        title: 'Job dating de l’industrie',
        summary: 'Rencontrez les recruteurs de la batterie.',
        type: 'job-dating',
        typeLabel: 'Job dating',
        status: 'scheduled',
        statusLabel: 'Programmé',
        start: '2026-03-03T14:00:00+01:00',
        end: '2026-03-03T16:30:00+01:00',
        venue: {
          slug: 'point-relais-dunkerque-gare',
          name: 'Point relais Dunkerque Gare',
          town: 'Dunkerque',
          address: '1 place de la Gare, 59140 Dunkerque',
          url: 'https://emplois.example.fr/lieux/point-relais-dunkerque-gare/',
        },
        audiences: [{ slug: 'jeunes', name: 'Jeunes' }],
        registration: { mode: 'link', label: 'Inscription en ligne', url: 'https://inscription.example.fr/job-dating', capacity: 40 },
        url: 'https://emplois.example.fr/evenements/job-dating-industrie/',
        image: null,
      },
    ]);
  });

  it('writes summer dates with +02:00 and keeps the Paris wall-clock time across the DST change', () => {
    expect(toParisOffsetIso('2026-07-14T08:00:00.000Z')).toBe('2026-07-14T10:00:00+02:00');
    expect(toParisOffsetIso('2026-03-29T00:30:00Z')).toBe('2026-03-29T01:30:00+01:00');
    expect(toParisOffsetIso('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('lists only upcoming events, sorted by start, and keeps cancelled, full and postponed ones with their status', () => {
    const events = [
      event({ documentId: 'late', slug: 'b', startsAt: '2026-04-01T08:00:00Z', endsAt: '2026-04-01T09:00:00Z', state: 'cancelled' }),
      event({ documentId: 'past', slug: 'c', startsAt: '2026-02-01T08:00:00Z', endsAt: '2026-02-01T09:00:00Z' }),
      event({ documentId: 'running', slug: 'd', startsAt: '2026-03-01T07:00:00Z', endsAt: '2026-03-01T09:00:00Z', state: 'full' }),
      event({ documentId: 'soon', slug: 'e', state: 'postponed' }),
    ];
    const feed = buildProgrammeFeed(input(events));
    expect(feed.events.map((e) => [e.id, e.status, e.statusLabel])).toEqual([
      ['running', 'full', 'Complet'],
      ['soon', 'postponed', 'Reporté'],
      ['late', 'cancelled', 'Annulé'],
    ]);
  });

  it('slices by place, public and type with the filter set, and publishes a slice for every place, public and type', () => {
    const events = [
      event(),
      event({ documentId: 'calais', slug: 'calais', type: 'info-session', audiences: [], venue: { documentId: 'venue-calais', slug: 'maison-emploi-calais', name: 'x' } }),
    ];
    const byVenue = buildProgrammeFeed(input(events), { lieu: 'maison-emploi-calais' });
    expect(byVenue.filter).toEqual({ lieu: 'maison-emploi-calais' });
    expect(byVenue.events.map((e) => e.id)).toEqual(['calais']);
    expect(byVenue.events[0]?.venue).toMatchObject({ town: 'Calais', address: 'Calais' });
    expect(buildProgrammeFeed(input(events), { public: 'jeunes' }).events.map((e) => e.id)).toEqual(['ev-1']);
    expect(buildProgrammeFeed(input(events), { type: 'info-session' }).events.map((e) => e.id)).toEqual(['calais']);
    expect(buildProgrammeFeed(input(events), { type: 'fair' }).events).toEqual([]);
    const slices = feedSlices(input(events));
    expect(slices.filter((s) => s.kind === 'lieu').map((s) => s.slug)).toEqual(['point-relais-dunkerque-gare', 'maison-emploi-calais']);
    expect(slices.filter((s) => s.kind === 'public').map((s) => s.slug)).toEqual(['jeunes']);
    expect(slices.filter((s) => s.kind === 'type')).toHaveLength(8);
  });

  it('keeps hostile titles and summaries as plain text, drops a javascript: registration link, and serialises with < > & escaped', () => {
    const feed = buildProgrammeFeed(input([hostile()]));
    const [item] = feed.events;
    expect(item?.title).toBe('<script>alert(1)</script>');
    expect(item?.summary).toBe('"><img src=x onerror=alert(1)>');
    expect(item?.registration.url).toBeNull();
    expect(item?.image?.alt).toBe('"><img src=x onerror=alert(1)>');
    const json = serializeFeed(feed);
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('javascript:');
    expect(JSON.parse(json)).toEqual(feed);
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(' https://ok.example.fr/a ')).toBe('https://ok.example.fr/a');
  });

  it('validates against its own generated JSON Schema with ajv, which rejects a feed with a non-URL event link or a bad status', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(programmeFeedJsonSchema('https://emplois.example.fr/api/v1/programme.schema.json'));
    const feed = JSON.parse(serializeFeed(buildProgrammeFeed(input([event(), hostile()]))));
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...feed, events: [{ ...feed.events[0], url: 'pas une adresse' }] })).toBe(false);
    expect(validate({ ...feed, events: [{ ...feed.events[0], status: 'maybe' }] })).toBe(false);
    expect(validate({ ...feed, events: [{ ...feed.events[0], start: '2026-03-03 14:00' }] })).toBe(false);
  });
});

describe('iCalendar builder', () => {
  /** Parses a calendar and registers its VTIMEZONEs, so that dates are read in the zone the file defines. */
  const parse = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    return calendar;
  };

  it('writes events in Europe/Paris with its VTIMEZONE, the UID from documentId and domain, SEQUENCE from updatedAt, LOCATION, URL and a plain DESCRIPTION', () => {
    const text = buildCalendar({ name: 'Programme', pagePath: '/agenda/', events: [event()], venues: [venue], site: SITE });
    const calendar = parse(text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe('ev-1@emplois.example.fr');
    expect(vevent.sequence).toBe(eventSequence(event()));
    expect(vevent.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris');
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(vevent.startDate.toString()).toBe('2026-03-03T14:00:00');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-03-03T13:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-03-03T15:30:00.000Z');
    expect(vevent.location).toBe('Point relais Dunkerque Gare, 1 place de la Gare, 59140 Dunkerque');
    expect(vevent.component.getFirstPropertyValue('url')).toBe('https://emplois.example.fr/evenements/job-dating-industrie/');
    expect(vevent.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.description).toContain('Rencontrez les recruteurs de la batterie.');
    expect(vevent.description.split('\n')).toEqual([
      'Rencontrez les recruteurs de la batterie.',
      '',
      'Inscription en ligne\u00a0: https://inscription.example.fr/job-dating',
      '40\u00a0places',
      'Tous les détails\u00a0: https://emplois.example.fr/evenements/job-dating-industrie/',
    ]);
    expect(vevent.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-10T09:30:00Z');
  });

  it('keeps a cancelled event with STATUS:CANCELLED and its status in the title; a later updatedAt gives a larger SEQUENCE and the same UID', () => {
    const before = event();
    const after = event({ state: 'cancelled', updatedAt: '2026-02-11T10:00:00.000Z' });
    expect(eventSequence(after)).toBeGreaterThan(eventSequence(before));
    expect(eventUid(after, SITE)).toBe(eventUid(before, SITE));
    const vevent = new ICAL.Event(parse(buildCalendar({ name: 'P', pagePath: '/agenda/', events: [after], venues: [venue], site: SITE })).getFirstSubcomponent('vevent')!);
    expect(vevent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.summary).toBe('Annulé\u00a0— Job dating de l’industrie');
    expect(vevent.description).toContain('Statut\u00a0: Annulé');
    expect(vevent.description).not.toContain('https://inscription.example.fr/');
  });

  it('keeps hostile text as text (escaped per RFC 5545) and drops a javascript: registration link', () => {
    const text = buildCalendar({ name: 'P', pagePath: '/agenda/', events: [hostile()], venues: [venue], site: SITE });
    expect(text).not.toContain('javascript:');
    const vevent = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('<script>alert(1)</script>');
    expect(vevent.description.split('\n')[0]).toBe('"><img src=x onerror=alert(1)>');
  });

  it('escapes commas, semicolons, backslashes and line breaks so that a title cannot inject a property', () => {
    const sneaky = event({ title: 'A;B,C\\D\r\nURL:https://evil.example/\nSTATUS:CANCELLED' });
    const text = buildCalendar({ name: 'P', pagePath: '/agenda/', events: [sneaky], venues: [venue], site: SITE });
    const vevent = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('A;B,C\\D\nURL:https://evil.example/\nSTATUS:CANCELLED');
    expect(vevent.component.getAllProperties('status')).toHaveLength(1);
    expect(vevent.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.component.getFirstPropertyValue('url')).toBe('https://emplois.example.fr/evenements/job-dating-industrie/');
  });
});

describe('calendar subscription links', () => {
  it('gives https and webcal: addresses of the programme, each place and each public, absolute from the site', async () => {
    const { calendarLinks, webcalUrl } = await import('../src/lib/calendar-links');
    const links = calendarLinks(SITE, [venue], [youth]);
    expect(links.programme).toEqual({
      name: 'Tout le programme',
      https: 'https://emplois.example.fr/agenda/programme.ics',
      webcal: 'webcal://emplois.example.fr/agenda/programme.ics',
    });
    expect(links.venues).toEqual([
      {
        name: 'Point relais Dunkerque Gare',
        https: 'https://emplois.example.fr/agenda/lieu/point-relais-dunkerque-gare.ics',
        webcal: 'webcal://emplois.example.fr/agenda/lieu/point-relais-dunkerque-gare.ics',
      },
    ]);
    expect(links.audiences.map((l) => l.webcal)).toEqual(['webcal://emplois.example.fr/agenda/public/jeunes.ics']);
    expect(webcalUrl('http://127.0.0.1:4470/agenda/programme.ics')).toBe('webcal://127.0.0.1:4470/agenda/programme.ics');
  });
});

describe('the English programme feed (/api/v1/en/…)', () => {
  // The English site's entries: the audience is translated (English slug and name), the venue and the events are not.
  const youthEn: Audience = { ...youth, name: 'Young people', slug: 'young-people' };
  const english = (events: Event[], translated: string[] = []) => ({
    lang: 'en' as const,
    events,
    venues: [venue, other],
    audiences: [youthEn],
    towns: [town],
    translated: new Set(translated),
  });

  it('keeps the French feed’s identifiers and filters, with English labels, names, links and languages', () => {
    const events = [event(), event({ documentId: 'ev-2', slug: 'visite', type: 'thematic-visit', state: 'full', audiences: [] })];
    const translatedEvent = { ...events[1]!, title: 'Port visit', slug: 'port-visit' };
    const feed = buildProgrammeFeed({ ...input(events), translation: english([events[0]!, translatedEvent], ['ev-2']) }, { public: 'jeunes' });
    expect(ProgrammeFeedSchema.parse(feed)).toEqual(feed);
    expect(feed).toMatchObject({
      lang: 'en',
      title: 'Programme — 20,000 sustainable jobs',
      agendaUrl: 'https://emplois.example.fr/en/programme/',
      filter: { public: 'jeunes' },
    });
    expect(feed.events).toHaveLength(1);
    expect(feed.events[0]).toMatchObject({
      id: 'ev-1',
      title: 'Job dating de l’industrie',
      statusLabel: 'Scheduled',
      venue: { slug: 'point-relais-dunkerque-gare', url: 'https://emplois.example.fr/en/places/point-relais-dunkerque-gare/' },
      audiences: [{ slug: 'jeunes', name: 'Young people' }],
      registration: { label: 'Online registration' },
      url: 'https://emplois.example.fr/en/events/job-dating-industrie/',
      lang: 'fr',
    });
    const all = buildProgrammeFeed({ ...input(events), translation: english([events[0]!, translatedEvent], ['ev-2']) });
    expect(all.events[1]).toMatchObject({ title: 'Port visit', typeLabel: 'Themed visit', statusLabel: 'Full', url: 'https://emplois.example.fr/en/events/port-visit/', lang: 'en' });
  });

  it('leaves the French feed without any lang field', () => {
    const feed = buildProgrammeFeed(input([event()]));
    expect('lang' in feed).toBe(false);
    expect('lang' in feed.events[0]!).toBe(false);
  });
});

describe('the English calendars', () => {
  it('link the English event pages and describe the event in English', () => {
    const text = buildCalendar({
      name: 'Programme',
      pagePath: '/en/programme/',
      events: [event({ state: 'cancelled' })],
      venues: [venue],
      site: SITE,
      lang: 'en',
    });
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).toBe('https://emplois.example.fr/en/events/job-dating-industrie/');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Cancelled\u00a0— Job dating de l’industrie');
    expect(String(vevent.getFirstPropertyValue('description'))).toContain('Status: Cancelled');
    expect(String(vevent.getFirstPropertyValue('description'))).toContain('All the details: https://emplois.example.fr/en/events/job-dating-industrie/');
    expect(text).toContain('PRODID:-//20 000 emplois durables//Programme//EN');
  });
});

describe('partner documentation', () => {
  it('the example feeds of docs/programme-feed.md (French, then English) parse with the zod schema and validate with ajv against the generated JSON Schema', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/programme-feed.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!.replaceAll('<site>', 'emplois.example.fr')));
    expect(blocks).toHaveLength(2);
    const [french, english] = blocks;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(programmeFeedJsonSchema());
    for (const example of blocks) {
      expect(ProgrammeFeedSchema.parse(example)).toEqual(example);
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    }
    // The French feed has no `lang`; the English one says its language and each event's.
    expect(french.lang).toBeUndefined();
    expect(french.events[0].lang).toBeUndefined();
    expect(english.lang).toBe('en');
    expect(english.events[0].lang).toBe('fr');
    // Every field of the schema is in an example, so that the documentation shows the whole shape.
    const eventKeys = Object.keys((programmeFeedJsonSchema() as { properties: { events: { items: { properties: object } } } }).properties.events.items.properties);
    expect([...new Set([...Object.keys(french.events[0]), ...Object.keys(english.events[0])])].sort()).toEqual(eventKeys.sort());
  });
});
