import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { adminClient } from '@dk20000/scripts/lib/admin-client';
import { buildSite, serveStatic } from '@dk20000/scripts/lib/site';
import { startStrapi } from '@dk20000/scripts/lib/strapi';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('images', () => {
  test('CMS images are responsive AVIF and WebP with their width and height, and do not shift the layout', async ({ page }) => {
    await page.goto('/entreprises/');
    const company = await page.getByRole('main').locator('a[href^="/entreprises/"]').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')!).find((h) => /^\/entreprises\/[a-z0-9-]+\/$/.test(h))!,
    );
    const pages = [company, '/lieux/point-relais-dunkerque-gare/', '/temoignages/yanis/'];
    let pictures = 0;
    for (const path of pages) {
      await page.goto(path);
      // Layout shifts, from the start of the page load on.
      await page.evaluate(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const images = page.getByRole('main').locator('img');
      expect(await images.count(), path).toBeGreaterThan(0);
      for (const img of await images.all()) {
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
        const info = await img.evaluate((el) => {
          const image = el as HTMLImageElement;
          const picture = image.parentElement?.tagName === 'PICTURE' ? image.parentElement : null;
          return {
            width: image.getAttribute('width'),
            height: image.getAttribute('height'),
            alt: image.getAttribute('alt'),
            srcset: image.getAttribute('srcset'),
            sources: picture ? [...picture.querySelectorAll('source')].map((s) => ({ type: s.type, srcset: s.srcset })) : [],
            currentSrc: image.currentSrc,
          };
        });
        expect(Number(info.width), `${path} width`).toBeGreaterThan(0);
        expect(Number(info.height), `${path} height`).toBeGreaterThan(0);
        expect(info.alt, `${path}: every image has an alt attribute, empty when decorative`).not.toBeNull();
        if (info.currentSrc.endsWith('.svg')) continue;
        pictures += 1;
        expect(info.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
        for (const source of info.sources) expect(source.srcset).toMatch(/ \d+w(,|$)/);
        expect(info.srcset ?? '').toMatch(/\.webp \d+w/);
        // Chromium reads AVIF: it picks the first source, served by the site itself.
        expect(new URL(info.currentSrc).pathname).toMatch(/^\/_astro\/.+\.avif$/);
      }
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `${path} layout shift`).toBeLessThan(0.01);
    }
    expect(pictures).toBeGreaterThan(2);
  });

  test('alternative texts come from the CMS, and images repeating the text beside them are decorative', async ({ page }) => {
    await page.goto('/entreprises/');
    const href = await page.getByRole('main').locator('a[href^="/entreprises/"]').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')!).find((h) => /^\/entreprises\/[a-z0-9-]+\/$/.test(h))!,
    );
    await page.goto(href);
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    // The logo sits beside the company's name: decorative.
    await expect(page.locator('article header img').first()).toHaveAttribute('alt', '');
    // The team photo carries the CMS's description.
    const gallery = page.getByRole('list', { name: `Photos de ${name}` }).locator('img');
    await expect(gallery.first()).toHaveAttribute('alt', /\S/);
    await page.goto('/temoignages/yanis/');
    await expect(page.locator('article header img')).toHaveAttribute('alt', /Yanis/);
  });
});

/** Requests leaving 127.0.0.1; those to `allowed` are answered locally by a stub, so none leaves the machine. */
async function watchThirdParties(context: BrowserContext, allowed: RegExp): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      outside.push(route.request().url());
      if (allowed.test(route.request().url())) {
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Lecteur</title><p>Lecteur</p>' });
      } else {
        await route.abort();
      }
    },
  );
  return outside;
}

async function expectFrameOnRequest(page: Page, outside: string[], button: Locator, src: RegExp, title: string | RegExp): Promise<void> {
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(outside, 'no third-party request on load').toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const frame = page.locator('iframe');
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute('src', src);
  await expect(frame).toHaveAttribute('title', title);
  await expect(frame).toBeFocused();
  await expect.poll(() => outside.length).toBeGreaterThan(0);
  for (const url of outside) expect(url).toMatch(src);
}

base.describe('map on request', () => {
  base('a venue shows its OpenStreetMap map only after the button is pressed with the keyboard, a plain link beside it', async ({ page, context }) => {
    const outside = await watchThirdParties(context, /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?/);
    await page.goto('/lieux/point-relais-dunkerque-gare/', { waitUntil: 'networkidle' });
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const region = page.getByRole('region', { name: 'Plan d’accès' });
    await expect(region.getByRole('link', { name: /^Voir sur OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=51\.\d+&mlon=2\.\d+#map=17\//,
    );
    await expectNoAxeViolations(page);
    const button = region.getByRole('button', { name: `Afficher la carte\u00a0: ${name}` });
    await expect(button).toHaveAccessibleDescription(/OpenStreetMap/);
    await expectFrameOnRequest(page, outside, button, /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?bbox=[\d.,]+&layer=mapnik&marker=51\.\d+,2\.\d+$/, `Carte\u00a0: ${name}`);
  });

  base('on an English page the map’s button, notice, link and frame title are in English, the French place name marked lang="fr"', async ({ page, context }) => {
    const outside = await watchThirdParties(context, /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?/);
    await page.goto('/en/places/point-relais-dunkerque-gare/', { waitUntil: 'networkidle' });
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    // The place's name is read after the visible text from a visually hidden span, which Chromium's accessible name
    // computation sets off with a space: « Show the map : … ».
    const named = (action: string) => new RegExp(`^${action} ?: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const region = page.getByRole('region', { name: 'How to get there' });
    const link = region.getByRole('link', { name: named('See on OpenStreetMap') });
    await expect(link).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=51\.\d+&mlon=2\.\d+#map=17\//);
    await expect(link.locator('[lang="fr"]')).toHaveText(name);
    await expectNoAxeViolations(page);
    const button = region.getByRole('button', { name: named('Show the map') });
    await expect(button).toHaveAccessibleDescription(/^The map comes from OpenStreetMap\. It loads only if you show it/);
    await expect(button.locator('[lang="fr"]')).toHaveText(name);
    await expectFrameOnRequest(page, outside, button, /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?bbox=[\d.,]+&layer=mapnik&marker=51\.\d+,2\.\d+$/, `Map: ${name}`);
  });
});

/*
 * The demo content has no video: this block starts its own CMS (demo seed), gives a career story a YouTube video and a
 * company a Vimeo one through the admin API, builds the site and serves it. Built once per test run, shared by the
 * desktop and mobile projects (the same runner process).
 */
const VIDEO_CMS_PORT = 1441;
const VIDEO_SITE_PORT = 4441;
const YOUTUBE = 'https://www.youtube.com/watch?v=Ab12Cd34Ef5';
const VIMEO = 'https://vimeo.com/123456789';
const runRoot = join(tmpdir(), `dk-e2e-media-${process.ppid}`);

interface VideoSite {
  origin: string;
  story: string;
  storyName: string;
  company: string;
  companyName: string;
}

async function buildVideoSite(): Promise<{ site: VideoSite; close: () => Promise<void> }> {
  // Folders of earlier runs (another runner process) are stale.
  for (const entry of readdirSync(tmpdir())) {
    if (entry.startsWith('dk-e2e-media-') && join(tmpdir(), entry) !== runRoot) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
  const outDir = join(runRoot, 'site');
  const ready = join(runRoot, 'site.json');
  if (!existsSync(ready)) {
    mkdirSync(runRoot, { recursive: true });
    // A CMS that an earlier project of this run left half-seeded (it timed out) starts again from an empty database.
    rmSync(join(runRoot, 'cms'), { recursive: true, force: true });
    const strapi = await startStrapi({ dataDir: join(runRoot, 'cms'), port: VIDEO_CMS_PORT, seedDemo: true });
    try {
      const read = async (path: string) => {
        const response = await fetch(`${strapi.url}/api/${path}`, { headers: { Authorization: `Bearer ${strapi.token}` } });
        return ((await response.json()) as { data: Array<Record<string, string>> }).data[0]!;
      };
      const story = await read('career-stories?sort=firstName&pagination[pageSize]=1');
      const company = await read('companies?sort=name&pagination[pageSize]=1');
      const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
      await admin.update('api::career-story.career-story', story.documentId!, { videoUrl: YOUTUBE }, { publish: true });
      await admin.update('api::company.company', company.documentId!, { videoUrl: VIMEO }, { publish: true });
      await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir, quiet: true });
      const site: Omit<VideoSite, 'origin'> = {
        story: `/temoignages/${story.slug}/`,
        storyName: story.firstName!,
        company: `/entreprises/${company.slug}/`,
        companyName: company.name!,
      };
      writeFileSync(ready, JSON.stringify(site));
    } finally {
      await strapi.stop();
    }
    // Only the built site is needed from here on.
    rmSync(join(runRoot, 'cms'), { recursive: true, force: true });
    rmSync(`${outDir}.cache`, { recursive: true, force: true });
  }
  const server = await serveStatic(outDir, VIDEO_SITE_PORT);
  const site = JSON.parse(readFileSync(ready, 'utf8')) as Omit<VideoSite, 'origin'>;
  return { site: { ...site, origin: `http://127.0.0.1:${VIDEO_SITE_PORT}` }, close: () => server.close() };
}

base.describe('video on request', () => {
  let video: Awaited<ReturnType<typeof buildVideoSite>>;

  base.beforeAll(async () => {
    base.setTimeout(15 * 60_000);
    video = await buildVideoSite();
  });

  base.afterAll(async () => {
    await video?.close();
  });

  base('a career story plays its YouTube video from youtube-nocookie.com only after the button is pressed, a plain link beside it', async ({ page, context }) => {
    const { site } = video;
    const outside = await watchThirdParties(context, /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await page.goto(`${site.origin}${site.story}`, { waitUntil: 'networkidle' });
    const region = page.getByRole('region', { name: 'En vidéo' });
    await expect(region.getByRole('link', { name: /^Voir la vidéo sur YouTube/ })).toHaveAttribute('href', YOUTUBE);
    await expectNoAxeViolations(page);
    const title = `Témoignage de ${site.storyName}`;
    const button = region.getByRole('button', { name: `Lancer la vidéo\u00a0: ${title}` });
    await expect(button).toHaveAccessibleDescription(/hébergée par YouTube/);
    await expectFrameOnRequest(
      page,
      outside,
      button,
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/Ab12Cd34Ef5\?autoplay=1&rel=0$/,
      `Vidéo\u00a0: ${title}`,
    );
  });

  base('on the English page of the career story the video’s button, notice and link are in English, after the button only', async ({ page, context }) => {
    const { site } = video;
    const outside = await watchThirdParties(context, /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await page.goto(`${site.origin}/en/stories/${site.story.split('/').at(-2)}/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('main').getByRole('link', { name: /^Watch the video on YouTube/ })).toHaveAttribute('href', YOUTUBE);
    await expectNoAxeViolations(page);
    const button = page.getByRole('main').getByRole('button', { name: /^Play the video ?: / });
    await expect(button).toHaveAccessibleDescription(/^The video is hosted by YouTube\. It loads only if you play it/);
    await expectFrameOnRequest(page, outside, button, /^https:\/\/www\.youtube-nocookie\.com\/embed\/Ab12Cd34Ef5\?autoplay=1&rel=0$/, /^Video: /);
  });

  base('a company plays its Vimeo video from player.vimeo.com with dnt=1, after the button only', async ({ page, context }) => {
    const { site } = video;
    const outside = await watchThirdParties(context, /^https:\/\/player\.vimeo\.com\/video\//);
    await page.goto(`${site.origin}${site.company}`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('link', { name: /^Voir la vidéo sur Vimeo/ })).toHaveAttribute('href', VIMEO);
    await expectNoAxeViolations(page);
    const button = page.getByRole('button', { name: `Lancer la vidéo\u00a0: Présentation de ${site.companyName}` });
    await expectFrameOnRequest(page, outside, button, /^https:\/\/player\.vimeo\.com\/video\/123456789\?dnt=1&autoplay=1$/, /^Vidéo\u00a0: Présentation de /);
  });
});
