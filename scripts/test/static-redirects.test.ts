/**
 * The local static server answers 301 for the old addresses listed in the `_redirects` file of the release it serves
 * (the site build writes it from the slug history), and reads it again when the release changes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirects, redirectFor, serveStatic } from '../src/lib/site.ts';

const PORT = 4500;
const root = mkdtempSync(join(tmpdir(), 'dk-static-redirects-'));
const releaseA = join(root, 'a');
const releaseB = join(root, 'b');
let served = releaseA;
let site: Awaited<ReturnType<typeof serveStatic>>;

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

beforeAll(async () => {
  write(releaseA, {
    'index.html': '<!doctype html><title>Accueil</title>',
    'entreprises/nouveau-nom/index.html': '<!doctype html><title>Entreprise</title>',
    'entreprises/ancien-nom/index.html': '<!doctype html><meta http-equiv="refresh" content="0; url=/entreprises/nouveau-nom/">',
    '404.html': '<!doctype html><title>Page introuvable</title>',
    _redirects: '# generated\n/entreprises/ancien-nom/ /entreprises/nouveau-nom/ 301\n/metiers/soudeur/ /metiers/soudeuse/ 301\n/essai/ /ailleurs/ 302\n',
  });
  write(releaseB, { 'index.html': '<!doctype html><title>Accueil</title>', '404.html': '<!doctype html><title>Page introuvable</title>' });
  site = await serveStatic(() => served, PORT);
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual' });

describe('static server: 301 for the old addresses of the served release', () => {
  it('answers 301 with the new address in Location for an old address, with or without its trailing slash, keeping the query string', async () => {
    const res = await get('/entreprises/ancien-nom/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/entreprises/nouveau-nom/');
    expect(await res.text()).toContain('Cette page a changé d’adresse');
    const bare = await get('/entreprises/ancien-nom');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/entreprises/nouveau-nom/');
    const query = await get('/metiers/soudeur/?utm_source=affiche');
    expect(query.status).toBe(301);
    expect(query.headers.get('location')).toBe('/metiers/soudeuse/?utm_source=affiche');
  });

  it('serves other pages as before and ignores lines that are not 301', async () => {
    expect((await get('/entreprises/nouveau-nom/')).status).toBe(200);
    expect((await get('/')).status).toBe(200);
    expect((await get('/essai/')).status).toBe(404);
  });

  it('follows the release being served: a release without those redirects answers 404 for the old address', async () => {
    served = releaseB;
    try {
      expect((await get('/entreprises/ancien-nom/')).status).toBe(404);
      expect((await get('/')).status).toBe(200);
    } finally {
      served = releaseA;
    }
    expect((await get('/entreprises/ancien-nom/')).status).toBe(301);
  });
});

describe('parseRedirects and redirectFor', () => {
  it('reads 301 lines only and matches a path given without its trailing slash', () => {
    const map = parseRedirects('# c\n\n/a/ /b/ 301\n/c/ /d/\n/e/ /f/ 302\nx /y/ 301\n');
    expect([...map]).toEqual([
      ['/a/', '/b/'],
      ['/c/', '/d/'],
    ]);
    expect(redirectFor(map, '/a')).toBe('/b/');
    expect(redirectFor(map, '/a/')).toBe('/b/');
    expect(redirectFor(map, '/b/')).toBeUndefined();
  });
});
