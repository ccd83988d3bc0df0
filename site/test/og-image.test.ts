import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Brand } from '@dk20000/shared';
import { contrastRatio } from '../src/lib/contrast';
import {
  DEFAULT_OG_COLORS,
  OG_HEIGHT,
  OG_WIDTH,
  escapeXml,
  layoutTitle,
  ogImageDigest,
  ogImagePath,
  ogImageSpec,
  ogImageSvg,
  ogPalette,
  plainLine,
  textWidth,
  wrapTitle,
} from '../src/lib/og-image';
import { buildImages } from '../src/lib/og-integration';
import { fontsAvailable, prepareLogo, renderOgImage } from '../src/lib/og-render';

const base = { programme: '20 000 emplois durables', tagline: 'Bassin d’emploi de Dunkerque' };
const color = (token: string, value: string) => ({ name: token, token, value });
const brand = (colors: Brand['colors'], logos: Brand['logos'] = []) => ({ colors, logos });
const logo = { url: 'https://cms.example.org/uploads/logo.png?v=1', alt: 'Logo', mime: 'image/png', name: 'logo.png' };

describe('wrapTitle', () => {
  it('keeps a short title on one line, untouched', () => {
    expect(wrapTitle('Agenda', 10, 3)).toEqual({ lines: ['Agenda'], shortened: false });
  });

  it('breaks at ordinary spaces, every line within the width', () => {
    const { lines, shortened } = wrapTitle('Opérateur ou opératrice de production en gigafactory de batteries', 12, 5);
    expect(shortened).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Opérateur ou opératrice de production en gigafactory de batteries');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });

  it('never breaks at a non-breaking space: « : » and the guillemets stay with their word', () => {
    const title = 'Découvrir l’industrie\u00a0: «\u00a0Portes ouvertes\u00a0» à Dunkerque\u00a0!';
    for (const width of [9, 12, 16]) {
      const { lines } = wrapTitle(title, width, 10);
      for (const line of lines) {
        expect(line.startsWith(':'), `${width}: ${lines.join(' | ')}`).toBe(false);
        expect(line.startsWith('!')).toBe(false);
        expect(line.startsWith('»')).toBe(false);
        expect(line.endsWith('«')).toBe(false);
      }
      expect(lines.join(' ')).toBe(title);
    }
  });

  it('shortens a long title on its last line with an ellipsis, after a whole word, within the width', () => {
    const title = 'Un titre vraiment très long qui ne tiendra jamais sur deux lignes de cette largeur même en tassant les mots';
    const { lines, shortened } = wrapTitle(title, 10, 2);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
    // What is kept is the start of the title, word for word.
    expect(title.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('leaves no dangling colon or opening guillemet before the ellipsis, and closes a quotation left open', () => {
    const { lines } = wrapTitle('Les métiers\u00a0: «\u00a0soudeur, chaudronnière, électricien de maintenance industrielle et bien d’autres\u00a0»', 9, 2);
    const last = lines.at(-1)!;
    expect(last).not.toMatch(/[:«]\s*…/u);
    expect(last.endsWith('…\u00a0»')).toBe(true);
  });

  it('cuts a word wider than a line (a long URL) instead of overflowing', () => {
    const { lines } = wrapTitle('https://exemple.org/une/adresse/extrêmement/longue/sans/aucune/espace', 8, 10);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(8);
    expect(lines.join('')).toBe('https://exemple.org/une/adresse/extrêmement/longue/sans/aucune/espace');
  });

  it('treats runs of whitespace and line breaks as one space and drops characters XML cannot hold', () => {
    expect(wrapTitle('  Deux\n\tmots\u0007 ', 20, 2).lines).toEqual(['Deux mots']);
    expect(plainLine('a\u0000b\uFFFEc\uD800d')).toBe('abcd');
  });
});

describe('layoutTitle', () => {
  it('uses the largest size for a short title and a smaller one for a long title, five lines at most', () => {
    expect(layoutTitle('Agenda', true).size).toBe(72);
    const long = layoutTitle('Technicien ou technicienne de maintenance des installations de production d’électrolyseurs et de gigafactories', true);
    expect(long.size).toBeLessThan(72);
    const endless = layoutTitle('mot '.repeat(200), true);
    expect(endless.lines.length).toBeLessThanOrEqual(5);
    expect(endless.shortened).toBe(true);
  });
});

describe('ogPalette', () => {
  it('takes the brand’s primary, accent, text and background tokens', () => {
    const palette = ogPalette(brand([color('primary', '#0B3D6B'), color('accent', '#F2A900'), color('text', '#1F2933'), color('background', '#FFFFFF')]).colors);
    expect(palette).toMatchObject({ background: '#0b3d6b', accent: '#f2a900', title: '#ffffff', programme: '#f2a900' });
  });

  it('falls back to the site’s palette (global.css) for missing tokens, and those values are global.css’s', () => {
    expect(ogPalette([])).toMatchObject({ background: DEFAULT_OG_COLORS.primary, title: '#ffffff' });
    const css = readFileSync(new URL('../src/styles/global.css', import.meta.url), 'utf8');
    const cssColor = (name: string) => new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    expect(DEFAULT_OG_COLORS.primary).toBe(cssColor('primary'));
    expect(DEFAULT_OG_COLORS.text).toBe(cssColor('ink'));
    expect(DEFAULT_OG_COLORS.accent).toBe(cssColor('highlight'));
  });

  it('writes dark text on a light primary colour, and the programme’s name in the title colour when the accent does not read', () => {
    const palette = ogPalette([color('primary', '#F5F7FA'), color('accent', '#F2A900'), color('text', '#1F2933')]);
    expect(palette.title).toBe('#1f2933');
    expect(palette.programme).toBe('#1f2933');
    expect(contrastRatio(palette.title, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(palette.panelLine).toBe('#1f2933');
  });
});

describe('digest and file name', () => {
  const spec = ogImageSpec({ ...base, title: 'Agenda', brand: brand([color('primary', '#0B3D6B')], [logo]) });

  it('is /og/<16 hex digits>.png, the same for the same inputs whatever the key order', () => {
    expect(ogImagePath(spec)).toMatch(/^\/og\/[0-9a-f]{16}\.png$/);
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as typeof spec;
    expect(ogImageDigest(reordered)).toBe(ogImageDigest(spec));
  });

  it('changes with the title, a colour, the logo’s version and the language', () => {
    const digests = [
      spec,
      ogImageSpec({ ...base, title: 'Agenda ', brand: brand([color('primary', '#0B3D6B')], [logo]) }),
      ogImageSpec({ ...base, title: 'Agenda.', brand: brand([color('primary', '#0B3D6B')], [logo]) }),
      ogImageSpec({ ...base, title: 'Agenda', brand: brand([color('primary', '#0B3D6C')], [logo]) }),
      ogImageSpec({ ...base, title: 'Agenda', brand: brand([color('primary', '#0B3D6B')], [{ ...logo, url: `${logo.url}2` }]) }),
      ogImageSpec({ ...base, title: 'Agenda', brand: brand([color('primary', '#0B3D6B')], []) }),
      ogImageSpec({ ...base, title: 'Agenda', lang: 'en', brand: brand([color('primary', '#0B3D6B')], [logo]) }),
    ].map(ogImageDigest);
    // « Agenda » and « Agenda » (trailing space) are the same title; everything else differs.
    expect(digests[1]).toBe(digests[0]);
    expect(new Set(digests).size).toBe(digests.length - 1);
  });
});

describe('ogImageSvg', () => {
  const hostile = 'Salon <script>alert("x")</script> & « Emploi » \' </text><image href="http://evil.example/x.png"/>';
  const svg = ogImageSvg(ogImageSpec({ ...base, title: hostile }), { logo: false, text: true });

  it('escapes a hostile title: no element or entity comes from it', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<image');
    expect(svg).not.toContain('evil.example/x.png"/>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('is a 1200×630 SVG that sharp rasterises, hostile title and all', async () => {
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect([meta.width, meta.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  it('draws no text at all without usable fonts', () => {
    expect(ogImageSvg(ogImageSpec({ ...base, title: 'Agenda' }), { logo: true, text: false })).not.toContain('<text');
  });
});

describe('renderOgImage', () => {
  it('gives a 1200×630 PNG with the brand’s background colour and the logo in its card', async () => {
    const spec = ogImageSpec({ ...base, title: 'Agenda · Public\u00a0: Jeunes', brand: brand([color('primary', '#0B3D6B')]) });
    const red = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const png = await renderOgImage(spec, { logo: await prepareLogo(red, 'image/png'), text: await fontsAvailable() });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, (await sharp(png).metadata()).format]).toEqual([1200, 630, 'png']);
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(20, 300)).toEqual([0x0b, 0x3d, 0x6b]);
    expect(pixel(996, 220)).toEqual([255, 0, 0]);
  });

  it('reads an SVG logo, and refuses what is not an image', async () => {
    const svgLogo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><rect width="10" height="5" fill="#0a0"/></svg>');
    const prepared = await prepareLogo(svgLogo, 'image/svg+xml');
    expect((await sharp(prepared!).metadata()).width).toBe(200);
    expect(await prepareLogo(Buffer.from('not an image'), 'image/png')).toBeUndefined();
  });
});

describe('buildImages (the build step)', () => {
  const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} } as unknown as AstroIntegrationLogger;

  it('draws each referenced image once, reuses it on the next build, and forgets what no page references', async () => {
    const root = await mkdtemp(join(tmpdir(), 'og-test-'));
    try {
      const cache = join(root, 'cache');
      const out = join(root, 'out');
      await mkdir(join(cache, 'specs'), { recursive: true });
      await mkdir(out, { recursive: true });
      const page = async (name: string, title: string) => {
        const spec = ogImageSpec({ ...base, title });
        await writeFile(join(cache, 'specs', `${ogImageDigest(spec)}.json`), JSON.stringify(spec));
        const file = join(out, `${name}.html`);
        await writeFile(file, `<html><head><meta property="og:image" content="http://x.test${ogImagePath(spec)}"></head><body></body></html>`);
        return { file, digest: ogImageDigest(spec) };
      };
      const a = await page('a', 'Page A');
      const b = await page('b', 'Page B');
      const first = await buildImages(cache, out, [a.file, b.file], logger);
      expect(first).toMatchObject({ pages: 2, images: 2, drawn: 2, reused: 0, missing: 0 });
      const meta = await sharp(join(out, 'og', `${a.digest}.png`)).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);

      // Next build: B is gone, C is new; A's image is reused and touched (the output pruning keeps what is recent).
      const old = new Date(Date.now() - 3_600_000);
      await utimes(join(out, 'og', `${a.digest}.png`), old, old);
      const c = await page('c', 'Page C');
      const second = await buildImages(cache, out, [a.file, c.file], logger);
      expect(second).toMatchObject({ pages: 2, images: 2, drawn: 1, reused: 1 });
      expect((await stat(join(out, 'og', `${a.digest}.png`))).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
      expect((await readdir(join(cache, 'images'))).sort()).toEqual([`${a.digest}.png`, `${c.digest}.png`].sort());
      expect(await readdir(join(cache, 'specs'))).not.toContain(`${b.digest}.json`);
      expect(JSON.parse(await readFile(join(cache, 'renderer.json'), 'utf8'))).toHaveProperty('version');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
