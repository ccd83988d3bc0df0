import { ProgrammeFeedEventSchema } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import { agendaPaths, type FeedEvent, feedUrl, formatWhen, readOptions, safeUrl, selectEvents } from '../widget/src/core';
import { sections } from '../src/i18n/routes';
import { widgetScript, widgetTheme } from '../src/lib/widget';
import { feedUrls, snippet, snippetAttributes } from '../src/lib/widget-snippet';

const event = (over: Partial<FeedEvent> & { id: string }): FeedEvent => ({
  title: `Événement ${over.id}`,
  type: 'info-session',
  typeLabel: 'Information collective',
  status: 'scheduled',
  statusLabel: 'Programmé',
  start: '2026-12-08T09:30:00+01:00',
  end: '2026-12-08T11:30:00+01:00',
  venue: { slug: 'point-relais-dunkerque-gare', name: 'Point relais Dunkerque', town: 'Dunkerque' },
  audiences: [{ slug: 'jeunes' }],
  url: `https://emplois.example/evenements/${over.id}/`,
  ...over,
});

const options = (attrs: Record<string, string>) => readOptions((name) => attrs[name] ?? null);

describe('the widget in English', () => {
  it('reads the English feed (same slices, under /api/v1/en/) and links the English programme until the feed says', () => {
    const origin = 'https://emplois.example';
    expect(feedUrl(origin, { lieu: 'job-labo', lang: 'en' })).toBe('https://emplois.example/api/v1/en/programme/lieu/job-labo.json');
    expect(feedUrl(origin, { public: 'jeunes', lang: 'en' })).toBe('https://emplois.example/api/v1/en/programme/public/jeunes.json');
    expect(feedUrl(origin, { lang: 'en' })).toBe('https://emplois.example/api/v1/en/programme.json');
    expect(feedUrl(origin, { lang: 'fr' })).toBe('https://emplois.example/api/v1/programme.json');
    expect(agendaPaths).toEqual({ fr: sections.agenda.fr, en: sections.agenda.en });
  });
});

describe('widget options from attributes', () => {
  it('defaults to 5 events, French and the list layout', () => {
    expect(options({})).toEqual({ lieu: undefined, public: undefined, type: undefined, limit: 5, lang: 'fr', layout: 'list' });
  });

  it('reads every attribute and caps the limit at 50', () => {
    expect(options({ lieu: 'Job-Labo', public: 'jeunes', type: 'job-dating', limit: '80', lang: 'en', layout: 'compact' })).toEqual({
      lieu: 'job-labo',
      public: 'jeunes',
      type: 'job-dating',
      limit: 50,
      lang: 'en',
      layout: 'compact',
    });
  });

  it('ignores filter values that are not slugs, and a limit that is not a positive number', () => {
    expect(options({ lieu: '../../secret', public: 'a b', limit: '-3', lang: 'de', layout: 'grid' })).toMatchObject({
      lieu: undefined,
      public: undefined,
      limit: 5,
      lang: 'fr',
      layout: 'list',
    });
  });
});

describe('feed URL of a widget', () => {
  const origin = 'https://emplois.example';
  it('is the place slice when a place is set, whatever the other filters', () => {
    expect(feedUrl(origin, { lieu: 'job-labo', public: 'jeunes', type: 'fair' })).toBe(
      'https://emplois.example/api/v1/programme/lieu/job-labo.json',
    );
  });
  it('is the audience slice, then the type slice, then the whole programme', () => {
    expect(feedUrl(origin, { public: 'jeunes', type: 'fair' })).toBe('https://emplois.example/api/v1/programme/public/jeunes.json');
    expect(feedUrl(origin, { type: 'fair' })).toBe('https://emplois.example/api/v1/programme/type/fair.json');
    expect(feedUrl(`${origin}/`, {})).toBe('https://emplois.example/api/v1/programme.json');
  });
});

describe('events a widget shows', () => {
  const now = Date.parse('2026-12-08T10:00:00+01:00');
  const events = [
    event({ id: 'later', start: '2026-12-20T14:00:00+01:00', end: null }),
    event({ id: 'ongoing' }),
    event({ id: 'past', start: '2026-12-01T14:00:00+01:00', end: '2026-12-01T16:00:00+01:00' }),
    event({ id: 'past-no-end', start: '2026-12-08T09:00:00+01:00', end: null }),
    event({ id: 'other-place', start: '2026-12-09T14:00:00+01:00', venue: { slug: 'job-labo', name: 'Job Labo', town: null } }),
    event({ id: 'fair', type: 'fair', start: '2026-12-10T14:00:00+01:00', audiences: [{ slug: 'cadres' }] }),
    event({ id: 'cancelled', status: 'cancelled', start: '2026-12-11T14:00:00+01:00', venue: null }),
  ];
  const ids = (attrs: Record<string, string>) => selectEvents(events, options(attrs), now).map((e) => e.id);

  it('keeps events still to come (an ongoing one included), by start, cancelled ones included', () => {
    expect(ids({ limit: '50' })).toEqual(['ongoing', 'other-place', 'fair', 'cancelled', 'later']);
  });
  it('applies every filter together, the one of the slice included', () => {
    expect(ids({ lieu: 'point-relais-dunkerque-gare', limit: '50' })).toEqual(['ongoing', 'fair', 'later']);
    expect(ids({ lieu: 'point-relais-dunkerque-gare', public: 'jeunes', limit: '50' })).toEqual(['ongoing', 'later']);
    expect(ids({ type: 'fair' })).toEqual(['fair']);
  });
  it('leaves out an event whose dates cannot be read', () => {
    const broken = [event({ id: 'no-start', start: 'soon', end: '2026-12-20T16:00:00+01:00' }), event({ id: 'no-end', end: 'later' })];
    expect(selectEvents(broken, options({}), now)).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(ids({ limit: '2' })).toEqual(['ongoing', 'other-place']);
  });
});

describe('dates of the widget, in Paris time', () => {
  it('reads a French range on one day', () => {
    expect(formatWhen({ start: '2026-03-03T14:00:00+01:00', end: '2026-03-03T16:30:00+01:00' }, 'fr', 'list')).toBe(
      'mardi 3 mars 2026, de 14 h 00 à 16 h 30',
    );
  });
  it('reads an English range, and a start alone when there is no end', () => {
    expect(formatWhen({ start: '2026-03-03T14:00:00+01:00', end: '2026-03-03T16:30:00+01:00' }, 'en', 'list')).toBe(
      'Tuesday 3 March 2026, 2:00 pm to 4:30 pm',
    );
    expect(formatWhen({ start: '2026-03-01T13:00:00Z', end: null }, 'fr', 'list')).toBe('dimanche 1er mars 2026, 14 h 00');
  });
  it('is short in the compact layout, in Paris whatever the offset given (summer time)', () => {
    expect(formatWhen({ start: '2026-07-01T07:30:00Z', end: null }, 'fr', 'compact')).toBe('mer. 1 juil., 9 h 30');
    expect(formatWhen({ start: '2026-07-01T07:30:00Z', end: null }, 'en', 'compact')).toBe('Wed 1 Jul, 9:30 am');
  });
});

describe('links of the widget', () => {
  it('keeps http(s) URLs and drops javascript:, data: and broken ones', () => {
    expect(safeUrl('https://emplois.example/evenements/a/')).toBe('https://emplois.example/evenements/a/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeUrl('/relative')).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
  });
});

describe('the widget script of the build', () => {
  it('bakes the brand colours and font, over the fallback', () => {
    const theme = widgetTheme({
      colors: [{ name: 'Violet', token: 'primary', value: '#5A2D82' }],
      fonts: [{ name: 'Système', role: 'Titres et texte courant', fallback: 'system-ui, sans-serif' }],
    });
    expect(theme.primary).toBe('#5A2D82');
    expect(theme.text).toBe('#1F2933');
    expect(theme.font).toBe('system-ui, sans-serif');
  });
  it('fills the placeholders, keeping only what a colour or a font stack needs', () => {
    const code = widgetScript('const b=__DK_BRAND__,s=__DK_SITE__;', { primary: '#123456;}</style><script>' }, 'https://emplois.example');
    expect(code).toBe('const b={"primary":"#123456stylescript"},s="https://emplois.example";');
  });
});

describe('snippets of the partner page', () => {
  const site = 'https://emplois.example';
  it('gives the component with its script, the chosen attributes and the fallback link', () => {
    expect(snippet({ mode: 'composant', lieu: 'job-labo', limit: '3', layout: 'compact', lang: 'en', colors: { primary: '#5A2D82' } }, site)).toBe(
      [
        '<script src="https://emplois.example/widget/v1/programme.js" defer></script>',
        '<dk-programme lieu="job-labo" limit="3" layout="compact" lang="en" style="--dk-color-primary:#5a2d82">',
        '  <a href="https://emplois.example/en/programme/">See the programme of 20,000 sustainable jobs</a>',
        '</dk-programme>',
      ].join('\n'),
    );
  });
  it('gives an iframe with an accessible title and the filters in its address', () => {
    const code = snippet({ mode: 'iframe', public: 'jeunes', colors: { background: '#ffffff' } }, site);
    expect(code).toContain('src="https://emplois.example/widget/v1/embed/?public=jeunes&amp;background=%23ffffff"');
    expect(code).toContain('title="Prochains rendez-vous — 20 000 emplois durables"');
    expect(code).toContain('<script src="https://emplois.example/widget/v1/resize.js" defer></script>');
  });
  it('drops values that are not slugs, default values and colours that are not #rrggbb', () => {
    expect(snippetAttributes({ mode: 'composant', lieu: '"><script>', limit: '5', layout: 'list', lang: 'fr' })).toEqual([]);
    expect(snippet({ mode: 'composant', colors: { primary: 'red;x:y' } }, site)).toContain('<dk-programme>');
  });
  it('gives the English feeds for an English choice: the English JSON slice (same identifier) and the English programme’s calendar', () => {
    expect(feedUrls({ mode: 'flux', lieu: 'job-labo', lang: 'en' }, site)).toEqual({
      json: 'https://emplois.example/api/v1/en/programme/lieu/job-labo.json',
      ics: 'https://emplois.example/agenda/lieu/job-labo.ics',
    });
    expect(feedUrls({ mode: 'flux', lang: 'en' }, site)).toEqual({
      json: 'https://emplois.example/api/v1/en/programme.json',
      ics: 'https://emplois.example/en/programme/programme.ics',
    });
  });
  it('gives the JSON slice and the calendar of a choice', () => {
    expect(feedUrls({ mode: 'flux', lieu: 'job-labo' }, site)).toEqual({
      json: 'https://emplois.example/api/v1/programme/lieu/job-labo.json',
      ics: 'https://emplois.example/agenda/lieu/job-labo.ics',
    });
    expect(feedUrls({ mode: 'flux', type: 'fair' }, site)).toEqual({
      json: 'https://emplois.example/api/v1/programme/type/fair.json',
      ics: 'https://emplois.example/agenda/programme.ics',
    });
  });
});

describe('the widget reads the published feed shape', () => {
  it('a feed event of the contract is a widget event', () => {
    const parsed = ProgrammeFeedEventSchema.parse({
      id: 'abc',
      title: 'Job dating',
      summary: null,
      type: 'job-dating',
      typeLabel: 'Job dating',
      status: 'full',
      statusLabel: 'Complet',
      start: '2026-12-08T09:30:00+01:00',
      end: null,
      venue: { slug: 'job-labo', name: 'Job Labo', town: null, address: null, url: 'https://emplois.example/lieux/job-labo/' },
      audiences: [{ slug: 'jeunes', name: 'Jeunes' }],
      registration: { mode: 'none', label: 'Entrée libre', url: null, capacity: null },
      url: 'https://emplois.example/evenements/job-dating/',
      image: null,
    });
    const widgetEvent: FeedEvent = parsed;
    expect(selectEvents([widgetEvent], options({}), Date.parse('2026-12-01T00:00:00Z'))).toHaveLength(1);
  });
});
