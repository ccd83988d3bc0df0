import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { adminClient } from '../src/lib/admin-client.ts';
import { serveStatic } from '../src/lib/site.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const root = mkdtempSync(join(tmpdir(), 'dk-brand-'));
process.env.SITE_RELEASES_DIR = join(root, 'releases');
const { runRelease, liveRelease } = await import('../src/lib/releases.ts');

let strapi: RunningStrapi | undefined;
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await strapi?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Color {
  name: string;
  token: string;
  value: string;
  usage?: string | null;
}

/** The published brand colours (REST, site token), without their component ids. */
async function brandColors(): Promise<Color[]> {
  const response = await fetch(`${strapi!.url}/api/brand?populate=colors&locale=fr`, { headers: { Authorization: `Bearer ${strapi!.token}` } });
  const { data } = (await response.json()) as { data: { colors: Color[] } };
  return data.colors.map(({ name, token, value, usage }) => ({ name, token, value, usage }));
}

/** The brand with `primary` renamed and recoloured (and other fields), published through the admin's content manager. */
async function publishPrimary(name: string, value: string, more: Record<string, unknown> = {}): Promise<void> {
  const colors = (await brandColors()).map((color) => (color.token === 'primary' ? { ...color, name, value } : color));
  const admin = await adminClient(strapi!.url, strapi!.adminEmail, strapi!.adminPassword);
  await admin.setSingle('api::brand.brand', { colors, ...more }, { publish: true, locale: 'fr' });
}

/** A real TrueType font shipped with Playwright (a dependency of the tests), found whatever its hashed name. */
function aFontFile(): Buffer {
  const base = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const name = readdirSync(join(base, 'lib'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.ttf'));
  expect(name, 'a .ttf file in playwright-core').toBeTruthy();
  return readFileSync(join(base, 'lib', name!));
}

/** Uploads a file to the media library as an editor does (admin login, POST /upload); its id. */
async function uploadMedia(bytes: Buffer, fileName: string, mime: string): Promise<number> {
  const login = await fetch(`${strapi!.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: strapi!.adminEmail, password: strapi!.adminPassword }),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type: mime }), fileName);
  const response = await fetch(`${strapi!.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${data.token}` }, body: form });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as Array<{ id: number }>)[0]!.id;
}

const build = async () => {
  const result = await runRelease({ strapiUrl: strapi!.url, token: strapi!.token, quiet: true });
  expect(result.ok, result.failure).toBe(true);
  return result;
};

const text = async (path: string) => {
  const response = await fetch(`${site!.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** A poster page of the built agenda (/agenda/<YYYY-MM>/imprimer/), found from the agenda's own links. */
async function posterPath(): Promise<string> {
  const agenda = await text('/agenda/');
  const month = /href="(\/agenda\/\d{4}-\d{2}\/)"/.exec(agenda)?.[1];
  expect(month, 'a month page linked from /agenda/').toBeTruthy();
  return `${month}imprimer/`;
}

describe('the brand’s colours drive the site’s theme, never below WCAG AA', () => {
  it('reports a low-contrast primary published in the admin in French, keeps AA contrast on the rebuilt pages (axe color-contrast), then shows a valid colour on the site, the widget and the poster, and self-hosts a brand font uploaded to the media library', async () => {
    strapi = await startStrapi({ dataDir: join(root, 'cms'), port: 1531, seedDemo: true });
    const first = await build();
    expect(first.contentIssues.filter((issue) => issue.type === 'brand')).toEqual([]);
    site = await serveStatic(() => liveRelease()!, 4531);
    const company = /href="(\/entreprises\/[a-z0-9-]+\/)"/.exec(await text('/entreprises/'))?.[1];
    expect(company).toBeTruthy();
    const pages = ['/', '/entreprises/', company!, '/agenda/', '/charte-graphique/'];

    // 1. A yellow primary: 1.3:1 on white, unreadable for links and buttons.
    await publishPrimary('Jaune citron', '#F2E600');
    const second = await build();
    const brandIssues = second.contentIssues.filter((issue) => issue.type === 'brand');
    expect(brandIssues.map((issue) => issue.text)).toEqual([
      'Charte graphique, couleur «\u00a0Jaune citron\u00a0» (primary)\u00a0: contraste 1,30:1 avec le blanc, il faut 4,5:1 pour les liens et les boutons\u00a0; la couleur par défaut est utilisée.',
    ]);
    expect(brandIssues[0]).toMatchObject({ keptPrevious: false, locale: 'fr', field: expect.stringMatching(/^colors\[\d+\]\.value$/) });
    // The rebuild service's /status and the admin read this very file.
    const written = JSON.parse(readFileSync(join(root, 'releases', 'content-issues.json'), 'utf8')) as Array<{ type: string; text: string }>;
    expect(written.filter((issue) => issue.type === 'brand').map((issue) => issue.text)).toEqual(brandIssues.map((issue) => issue.text));
    for (const path of pages) {
      const html = await text(path);
      expect(html, path).toContain('--color-primary:#0a4d68;');
      expect(html, path).not.toMatch(/--color-[a-z-]+:#f2e600/i);
    }

    browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await (await browser.newContext()).newPage();
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      const { violations, passes } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(violations.map((v) => v.nodes.map((n) => n.target.join(' '))), path).toEqual([]);
      expect(passes.length, `${path}: axe checked some text`).toBeGreaterThan(0);
    }

    // 2. A readable violet: taken everywhere, the widget's defaults and the poster's QR code included; and a brand
    // font with its file in the media library, self-hosted.
    const font = aFontFile();
    const fontId = await uploadMedia(font, 'industrie-sans.ttf', 'font/ttf');
    await publishPrimary('Violet industrie', '#5B2A86', {
      fonts: [{ name: 'Industrie Sans', role: 'Titres et texte courant', fallback: 'Arial, sans-serif', file: fontId }],
    });
    const third = await build();
    expect(third.contentIssues.filter((issue) => issue.type === 'brand')).toEqual([]);
    for (const path of pages) expect(await text(path), path).toContain('--color-primary:#5b2a86;--color-primary-dark:#401d5e;');
    expect(await text('/widget/v1/programme.js')).toContain('"primary":"#5B2A86"');
    const poster = await text(await posterPath());
    expect(poster).toContain('--color-primary-dark:#401d5e;');
    expect(poster).toMatch(/<svg role="img"[^>]*class="qr-code"[\s\S]*#401d5e/);
    const home = await text('/');
    const face = /@font-face\{font-family:"Industrie Sans";src:url\("(\/polices\/industrie-sans-[0-9a-f]+\.ttf)"\) format\("truetype"\);font-display:swap\}/.exec(home);
    expect(face, 'the @font-face of the brand font').toBeTruthy();
    expect(home).toContain('--font-sans:"Industrie Sans", Arial, sans-serif');
    const served = await fetch(`${site.url}${face![1]}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(font)).toBe(true);
    // Loaded from the site itself, never from the CMS or a third party.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/`);
    await page.evaluate(() => document.fonts.ready);
    expect(requests.filter((url) => !url.startsWith(site!.url))).toEqual([]);
    expect(requests.some((url) => url.endsWith(face![1]!))).toBe(true);
  }, 1_800_000);
});
