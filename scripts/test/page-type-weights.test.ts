import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTypeWeights } from '../src/bench/page-types.ts';

const dir = mkdtempSync(join(tmpdir(), 'dk-page-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

const css = 'body{color:#14213d}'.repeat(20);
const chunk = 'export const x = 1;'.repeat(10);
const entry = `import{x}from"./chunk.js";console.log(x);`;
const menu = 'document.querySelector(".menu-button").hidden=false;';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><link rel="stylesheet" href="/_astro/base.css"><link rel="icon" href="/favicon.svg"></head><body>${body}<script type="module">${menu}</script></body></html>`;

write('_astro/base.css', css);
write('_astro/chunk.js', chunk);
write('_astro/search.js', entry);
write('index.html', page('<h1>Accueil</h1>'));
write('metiers/index.html', page('<h1>Métiers</h1>'));
write('metiers/cariste/index.html', page('<h1>Cariste</h1>'));
write('metiers/soudeur/index.html', page('<h1>Soudeur·se, un métier qui recrute</h1><script type="application/ld+json">{}</script>'));
write('recherche/index.html', page('<script type="module" src="/_astro/search.js"></script>'));
write('pagefind/index.html', '<p>not a page of the site</p>');
write('404.html', page('<h1>Page introuvable</h1>'));

describe('pageTypeWeights', () => {
  const rows = pageTypeWeights(dir);
  const byPattern = new Map(rows.map((row) => [row.pattern, row]));

  it('finds one page per page type, the largest of each, and the 404, but no Pagefind file', () => {
    expect(rows.map((row) => [row.pattern, row.path])).toEqual([
      ['/', '/'],
      ['/metiers/', '/metiers/'],
      ['/metiers/*', '/metiers/soudeur/'],
      ['/recherche/', '/recherche/'],
      ['404', '/404.html'],
    ]);
  });

  it('counts the linked stylesheet, the inline script once and the modules a script imports, gzipped', () => {
    const home = byPattern.get('/');
    expect(home?.css).toBe(gzipSync(css).length);
    expect(home?.js).toBe(gzipSync(menu).length);
    const search = byPattern.get('/recherche/');
    expect(search?.js).toBe(gzipSync(menu).length + gzipSync(entry).length + gzipSync(chunk).length);
    for (const row of rows) expect(row.total).toBe(row.html + row.css + row.js);
    // JSON-LD is data, weighed with the HTML, not JavaScript.
    expect(byPattern.get('/metiers/*')?.js).toBe(gzipSync(menu).length);
  });
});
