/**
 * The local static server opens the partner interface (programme feeds, calendars, widget) to any origin with the
 * right content types, and nothing else; the shipped host config (site/public/_headers) names the same paths.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, siteDir } from '../src/lib/site.ts';

const PORT = 4472;
const root = mkdtempSync(join(tmpdir(), 'dk-static-cors-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Accueil</title>',
  'lieux/port-center/index.html': '<!doctype html><title>Lieu</title>',
  'agenda/index.html': '<!doctype html><title>Agenda</title>',
  'agenda/lieu/port-center/index.html': '<!doctype html><title>Agenda du lieu</title>',
  'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex/>',
  'data.json': '{}',
  'api/v1/programme.json': '{"version":1}',
  'api/v1/programme.schema.json': '{}',
  'api/v1/programme/lieu/port-center.json': '{"version":1}',
  'agenda/programme.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'agenda/lieu/port-center.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'evenements/job-dating/evenement.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'evenements/job-dating/index.html': '<!doctype html><title>Évènement</title>',
  'widget/v1/programme.js': 'customElements.define("dk-programme", class extends HTMLElement {});',
  'widget/v1/embed/index.html': '<!doctype html><title>Programme</title>',
  'widget/index.html': '<!doctype html><title>Widget</title>',
  '404.html': '<!doctype html><title>Page introuvable</title>',
};
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  site = await serveStatic(root, PORT);
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${site.url}${path}`, { headers: { Origin: 'https://partenaire.example.org' } });

describe('static server: CORS on the partner interface only', () => {
  it('sends Access-Control-Allow-Origin: * and application/json; charset=utf-8 for the feed, its schema and its slices', async () => {
    for (const path of ['/api/v1/programme.json', '/api/v1/programme.schema.json', '/api/v1/programme/lieu/port-center.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
    }
  });

  it('sends Access-Control-Allow-Origin: * and text/calendar; charset=utf-8 for every .ics file, and CORS for /widget/v1/** (script and iframe page, with a query string)', async () => {
    for (const path of ['/agenda/programme.ics', '/agenda/lieu/port-center.ics', '/evenements/job-dating/evenement.ics']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('content-type'), path).toBe('text/calendar; charset=utf-8');
    }
    const script = await get('/widget/v1/programme.js');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const embed = await get('/widget/v1/embed/?lieu=port-center&public=jeunes');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS header for pages, other JSON, the widget partner page, the agenda pages or a missing page', async () => {
    for (const path of ['/', '/lieux/port-center/', '/agenda/', '/agenda/lieu/port-center/', '/evenements/job-dating/', '/widget/', '/data.json', '/sitemap-index.xml', '/nulle-part/']) {
      const res = await get(path);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const missing = await get('/nulle-part/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('site/public/_headers gives the same three rules, and no rule for the whole site', () => {
    const rules = readFileSync(join(siteDir, 'public', '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/api/v1/*', '/widget/v1/*', '/*.ics']);
  });
});
