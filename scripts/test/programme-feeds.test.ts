/**
 * The programme feeds of a real build (demo seed on a throw-away CMS): the JSON feed and its slices validate with
 * ajv against the JSON Schema the build publishes; an independent iCalendar parser (ical.js) reads every .ics file;
 * UIDs are stable across builds and SEQUENCE grows when an event's change is published in the admin; hostile text
 * stays text in the feed, the calendars and the event page; the static server opens them to any origin.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { chromium } from '@playwright/test';
import ICAL from 'ical.js';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { buildSite, serveStatic } from '../src/lib/site.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const STRAPI_PORT = 1470;
const SITE_PORT = 4470;
const SITE_URL = `http://127.0.0.1:${SITE_PORT}`;
/** A partner's own site, on another origin, that embeds the widget. */
const PARTNER_PORT = 4472;
const HOSTILE_TITLE = '<script>alert(1)</script> "><img src=x onerror=alert(1)>';
const HOSTILE_SUMMARY = 'Avant "><img src=x onerror=alert(1)> après <b>gras</b> & fin.';
const EVENT_UID = 'api::event.event';

const root = mkdtempSync(join(tmpdir(), 'dk-programme-feeds-'));
const outDir = join(root, 'site');
let strapi: RunningStrapi;
let admin: AdminClient;
let site: Awaited<ReturnType<typeof serveStatic>>;

interface FeedEvent {
  id: string;
  title: string;
  summary: string | null;
  status: string;
  url: string;
  venue: { slug: string; url: string } | null;
  audiences: { slug: string }[];
  type: string;
  registration: { url: string | null };
  start: string;
}
interface Feed {
  filter: Record<string, string>;
  events: FeedEvent[];
}
interface CalendarEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  start: string;
  tzid: string | undefined;
  location: string;
  url: string;
  description: string;
}

/** Every file of the build whose name ends with `ext`, as paths relative to the build. */
function filesEnding(dir: string, ext: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesEnding(path, ext, base);
    return name.endsWith(ext) ? [relative(base, path)] : [];
  });
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(outDir, path), 'utf8')) as T;

/** A calendar file read by ical.js, with its VTIMEZONEs registered so that dates are read in the zone it defines. */
function readCalendar(path: string): { zones: string[]; events: CalendarEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(outDir, path), 'utf8')));
  const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    return String(zone.getFirstPropertyValue('tzid'));
  });
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
      location: event.location,
      url: String(component.getFirstPropertyValue('url')),
      description: event.description,
    };
  });
  return { zones, events };
}

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The text of a node and its descendants (a script's or template's content too). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : [];
  return [...children, ...content].map(textOf).join('');
}

/** Every element of an HTML document, and its whole text, as an HTML5 parser builds them. */
function parseDocument(html: string): { elements: Element[]; text: string } {
  const document = parse(html);
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(document);
  return { elements, text: textOf(document) };
}

async function build() {
  await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true });
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${strapi.url}${path}`, { headers: { Authorization: `Bearer ${strapi.token}` } });
  expect(res.ok).toBe(true);
  return ((await res.json()) as { data: T }).data;
}

/** UID and SEQUENCE of every event of every .ics file of the current build, by file. */
function calendarState(): Map<string, Map<string, number>> {
  return new Map(filesEnding(outDir, '.ics').map((file) => [file, new Map(readCalendar(file).events.map((e) => [e.uid, e.sequence]))]));
}

/** Every event found in both builds' same file has the same SEQUENCE (except `changed`), and there are many such events. */
function expectSameSequences(a: Map<string, Map<string, number>>, b: Map<string, Map<string, number>>, changed?: string): void {
  let compared = 0;
  for (const [file, events] of b) {
    for (const [uid, sequence] of events) {
      const previous = a.get(file)?.get(uid);
      if (uid === changed || previous === undefined) continue;
      expect(sequence, `${file} ${uid}`).toBe(previous);
      compared += 1;
    }
  }
  expect(compared).toBeGreaterThan(20);
}

let firstBuild: Map<string, Map<string, number>>;
let hostileId: string;
let rejectedSlug: string;

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  strapi = await startStrapi({ dataDir: join(root, 'cms'), port: STRAPI_PORT, seedDemo: true });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
  const [venue] = await api<{ documentId: string }[]>('/api/venues?sort=name&pagination[pageSize]=1');
  const hostile = await admin.create(
    EVENT_UID,
    {
      title: HOSTILE_TITLE,
      slug: 'evenement-hostile',
      type: 'info-session',
      summary: HOSTILE_SUMMARY,
      accessibility: '<script>alert("accès")</script>',
      startsAt: '2030-05-14T08:00:00.000Z',
      endsAt: '2030-05-14T10:00:00.000Z',
      venue: { connect: [{ documentId: venue!.documentId }] },
      registration: 'link',
      registrationUrl: 'https://inscription.example.org/hostile',
      state: 'scheduled',
    },
    { publish: true },
  );
  hostileId = hostile.documentId;
  // Strapi stores any string as a registration link; the site's contract (http(s) only) must keep it off the site.
  rejectedSlug = 'inscription-javascript';
  await admin.create(
    EVENT_UID,
    {
      title: 'Rencontre au lien d’inscription piégé',
      slug: rejectedSlug,
      type: 'info-session',
      summary: 'Son lien d’inscription est du JavaScript.',
      startsAt: '2030-05-15T08:00:00.000Z',
      endsAt: '2030-05-15T10:00:00.000Z',
      venue: { connect: [{ documentId: venue!.documentId }] },
      registration: 'link',
      registrationUrl: 'javascript:alert(1)',
      state: 'scheduled',
    },
    { publish: true },
  );
  await build();
  firstBuild = calendarState();
  site = await serveStatic(outDir, SITE_PORT);
}, 600_000);

afterAll(async () => {
  await site?.close();
  await strapi?.stop();
  rmSync(root, { recursive: true, force: true });
}, 120_000);

describe('programme feeds of a real build', () => {
  it('the feed and every slice validate with ajv against the built /api/v1/programme.schema.json; slices hold exactly the feed’s events of their place, public or type', () => {
    const schema = readJson<Record<string, unknown>>('api/v1/programme.schema.json');
    expect(schema.$id).toBe(`${SITE_URL}/api/v1/programme.schema.json`);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const files = filesEnding(join(outDir, 'api', 'v1'), '.json').filter((file) => file !== 'programme.schema.json');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const feed = readJson(join('api/v1', file));
      expect(validate(feed), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const whole = readJson<Feed>('api/v1/programme.json');
    expect(whole.filter).toEqual({});
    expect(whole.events.length).toBeGreaterThan(5);
    expect(whole.events.map((e) => e.start)).toEqual(whole.events.map((e) => e.start).sort((a, b) => Date.parse(a) - Date.parse(b)));
    const slice = (kind: string, value: string) => readJson<Feed>(`api/v1/programme/${kind}/${value}.json`);
    const sample = whole.events.find((e) => e.venue && e.audiences.length > 0)!;
    const checks: [string, string, (e: FeedEvent) => boolean][] = [
      ['lieu', sample.venue!.slug, (e) => e.venue?.slug === sample.venue!.slug],
      ['public', sample.audiences[0]!.slug, (e) => e.audiences.some((a) => a.slug === sample.audiences[0]!.slug)],
      ['type', sample.type, (e) => e.type === sample.type],
    ];
    for (const [kind, value, test] of checks) {
      const feed = slice(kind, value);
      expect(feed.filter).toEqual({ [kind]: value });
      expect(feed.events.map((e) => e.id)).toEqual(whole.events.filter(test).map((e) => e.id));
    }
  });

  it('every event, venue and agenda URL of the feed is an absolute URL of the site that is served', async () => {
    const whole = readJson<Feed & { agendaUrl: string }>('api/v1/programme.json');
    const urls = new Set([...whole.events.flatMap((e) => [e.url, ...(e.venue ? [e.venue.url] : [])])]);
    for (const url of urls) {
      expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
      expect((await fetch(url)).status, url).toBe(200);
    }
  });

  it('ical.js reads every .ics file of both languages: Europe/Paris VTIMEZONE, every DTSTART in Europe/Paris, unique UIDs from the documentId, an event page URL of the calendar’s language and a location; one event per event file', async () => {
    const files = filesEnding(outDir, '.ics');
    const whole = readJson<Feed>('api/v1/programme.json');
    expect(files).toContain('agenda/programme.ics');
    expect(files.filter((f) => f.startsWith('agenda/lieu/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('agenda/public/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('evenements/')).length).toBeGreaterThanOrEqual(whole.events.length);
    expect(files).toContain('en/programme/programme.ics');
    expect(files.filter((f) => f.startsWith('en/events/')).length).toBeGreaterThanOrEqual(whole.events.length);
    for (const file of files) {
      const eventPages = file.startsWith('en/') ? 'en/events' : 'evenements';
      const { zones, events } = readCalendar(file);
      if (events.length > 0) expect(zones, file).toEqual(['Europe/Paris']);
      expect(new Set(events.map((e) => e.uid)).size, file).toBe(events.length);
      for (const event of events) {
        expect(event.tzid, file).toBe('Europe/Paris');
        expect(event.uid, file).toMatch(/^[a-z0-9]+@127\.0\.0\.1$/);
        expect(event.url, file).toMatch(new RegExp(`^${SITE_URL}/${eventPages}/[a-z0-9-]+/$`));
        expect(event.location, file).not.toBe('');
      }
      if (file.startsWith('evenements/') || file.startsWith('en/events/')) expect(events, file).toHaveLength(1);
    }
    // The whole programme's calendar holds the feed's events, at the same instants.
    const programme = readCalendar('agenda/programme.ics').events;
    expect(programme.map((e) => e.uid)).toEqual(whole.events.map((e) => `${e.id}@127.0.0.1`));
    expect(programme.map((e) => e.start)).toEqual(whole.events.map((e) => new Date(e.start).toISOString()));
  });

  it('a hostile title and summary stay text in the feed, the calendars and the event page; an event whose registration link is javascript: is on none of them', async () => {
    const whole = readJson<Feed>('api/v1/programme.json');
    const event = whole.events.find((e) => e.id === hostileId)!;
    expect(event.title).toBe(HOSTILE_TITLE);
    expect(event.summary).toBe(HOSTILE_SUMMARY);
    expect(readFileSync(join(outDir, 'api/v1/programme.json'), 'utf8')).not.toMatch(/[<>]/);
    const calendar = readCalendar('evenements/evenement-hostile/evenement.ics').events[0]!;
    expect(calendar.summary).toBe(HOSTILE_TITLE);
    expect(calendar.description.split('\n')[0]).toBe(HOSTILE_SUMMARY);

    // The event page, parsed as a browser does (parse5): the title is the h1's text, no element or attribute came
    // from the hostile text, and the only scripts are JSON-LD (with < escaped) or the site's own.
    const page = parseDocument(await (await fetch(`${SITE_URL}/evenements/evenement-hostile/`)).text());
    expect(page.elements.filter((el) => el.tagName === 'h1').map(textOf)).toEqual([HOSTILE_TITLE]);
    expect(page.text).toContain(HOSTILE_SUMMARY);
    expect(page.elements.filter((el) => el.tagName === 'img' && attr(el, 'src') === 'x')).toEqual([]);
    expect(page.elements.filter((el) => el.tagName === 'b')).toEqual([]);
    expect(page.elements.flatMap((el) => el.attrs.filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`))).toEqual([]);
    expect(page.elements.flatMap((el) => el.attrs.filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.value))).toEqual([]);
    for (const script of page.elements.filter((el) => el.tagName === 'script')) {
      const code = textOf(script);
      if (attr(script, 'type') === 'application/ld+json') {
        expect(code).not.toContain('<');
        expect(() => JSON.parse(code)).not.toThrow();
      } else {
        expect(code).not.toContain('alert(');
      }
    }

    expect(whole.events.some((e) => e.url.includes(rejectedSlug))).toBe(false);
    expect((await fetch(`${SITE_URL}/evenements/${rejectedSlug}/`)).status).toBe(404);
    for (const file of [...filesEnding(outDir, '.ics'), ...filesEnding(join(outDir, 'api'), '.json').map((f) => `api/${f}`)]) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('javascript:');
    }
  });

  it('the static server sends the feeds with CORS and application/json, the calendars with CORS and text/calendar, the event pages without CORS', async () => {
    const origin = { headers: { Origin: 'https://partenaire.example.org' } };
    const feed = await fetch(`${SITE_URL}/api/v1/programme.json`, origin);
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    expect(feed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const ics = await fetch(`${SITE_URL}/evenements/evenement-hostile/evenement.ics`, origin);
    expect(ics.headers.get('access-control-allow-origin')).toBe('*');
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const page = await fetch(`${SITE_URL}/evenements/evenement-hostile/`, origin);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a rebuild with nothing changed keeps every UID and SEQUENCE; cancelling an event in the admin keeps its UID, raises its SEQUENCE, marks it STATUS:CANCELLED and cancelled in the feed, and leaves the other events’ SEQUENCE alone', async () => {
    await build();
    const second = calendarState();
    expect([...second.keys()].sort()).toEqual([...firstBuild.keys()].sort());
    // (An event that ends between the two builds may leave a subscription calendar: compare the events in both.)
    expectSameSequences(firstBuild, second);

    const whole = readJson<Feed>('api/v1/programme.json');
    const target = whole.events.find((e) => e.status === 'scheduled' && e.id !== hostileId)!;
    const uid = `${target.id}@127.0.0.1`;
    const slug = new URL(target.url).pathname.split('/')[2]!;
    const eventFile = `evenements/${slug}/evenement.ics`;
    const before = second.get(eventFile)!.get(uid)!;
    expect(second.get('agenda/programme.ics')!.get(uid)).toBe(before);

    await admin.update(EVENT_UID, target.id, { state: 'cancelled' }, { publish: true });
    await build();

    const feed = readJson<Feed>('api/v1/programme.json');
    expect(feed.events.find((e) => e.id === target.id)).toMatchObject({ status: 'cancelled', statusLabel: 'Annulé' });
    const third = calendarState();
    for (const file of [eventFile, 'agenda/programme.ics', ...(target.venue ? [`agenda/lieu/${target.venue.slug}.ics`] : [])]) {
      const events = readCalendar(file).events;
      const cancelled = events.find((e) => e.uid === uid);
      expect(cancelled, file).toBeDefined();
      expect(cancelled!.status, file).toBe('CANCELLED');
      expect(cancelled!.sequence, file).toBeGreaterThan(before);
      expect(cancelled!.summary, file).toBe(`Annulé\u00a0— ${target.title}`);
    }
    expectSameSequences(second, third, uid);
  });

  it('an event created and published in the admin is, after the rebuild, in the feed, in its place’s slice and in a partner page’s widget on another origin', async () => {
    const [venue] = await api<{ documentId: string; slug: string }[]>('/api/venues?sort=name&pagination[pageSize]=1');
    const startsAt = new Date(Date.now() + 24 * 3600_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const title = 'Job dating des métiers de la batterie, publié à l’instant';
    const created = await admin.create(
      EVENT_UID,
      {
        title,
        slug: 'job-dating-publie-a-l-instant',
        type: 'job-dating',
        summary: 'Un rendez-vous publié pendant le test.',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
        venue: { connect: [{ documentId: venue!.documentId }] },
        registration: 'on-site',
        state: 'scheduled',
      },
      { publish: true },
    );
    await build();
    // The static server lists its files when it starts: serve the rebuilt folder afresh.
    await site.close();
    site = await serveStatic(outDir, SITE_PORT);

    expect(readJson<Feed>('api/v1/programme.json').events.map((e) => e.id)).toContain(created.documentId);
    expect(readJson<Feed>(`api/v1/programme/lieu/${venue!.slug}.json`).events.map((e) => e.id)).toContain(created.documentId);

    const partnerDir = join(root, 'partner');
    if (!existsSync(partnerDir)) mkdirSync(partnerDir);
    writeFileSync(
      join(partnerDir, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title>
<script src="${SITE_URL}/widget/v1/programme.js" defer></script></head>
<body><dk-programme lieu="${venue!.slug}" limit="50"><a href="${SITE_URL}/agenda/">Voir le programme</a></dk-programme></body></html>`,
    );
    const partner = await serveStatic(partnerDir, PARTNER_PORT);
    const browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(partner.url);
      const link = page.locator('dk-programme').getByRole('link', { name: new RegExp(title) });
      await link.waitFor({ timeout: 20_000 });
      expect(new URL((await link.getAttribute('href'))!).pathname).toBe('/evenements/job-dating-publie-a-l-instant/');
    } finally {
      await browser.close();
      await partner.close();
    }
  }, 300_000);
});
