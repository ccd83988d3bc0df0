import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The partner widget as a partner uses it: pages served from ANOTHER origin (a port of their own) load
 * /widget/v1/programme.js and the iframe from the site, which reads the real programme feed of the build.
 */

const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT ?? 4489);

interface FeedEvent {
  id: string;
  title: string;
  type: string;
  status: string;
  start: string;
  end: string | null;
  url: string;
  venue: { slug: string; name: string } | null;
  audiences: Array<{ slug: string }>;
}
interface Feed {
  agendaUrl: string;
  events: FeedEvent[];
}

let site = '';
let partner: Server;
let feed: Feed;
const pages = new Map<string, string>();

/** A plain partner page (valid, landmarks, title) around what it embeds. */
const partnerPage = (body: string, lang = 'fr') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Site partenaire</title></head>` +
  `<body><main><h1>Mission locale partenaire</h1>${body}</main></body></html>`;

/** The events a widget must show, computed here from the feed, independently of the widget's code. */
function expected(filter: { lieu?: string; public?: string; type?: string }, limit = 5): FeedEvent[] {
  const now = Date.now();
  return feed.events
    .filter((e) => Date.parse(e.end ?? e.start) >= now)
    .filter((e) => !filter.lieu || e.venue?.slug === filter.lieu)
    .filter((e) => !filter.public || e.audiences.some((a) => a.slug === filter.public))
    .filter((e) => !filter.type || e.type === filter.type)
    .slice(0, limit);
}

/** The most frequent value, so that each filter shows several events of the demo programme. */
function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

let lieu = '';
let audience = '';
let type = '';

test.beforeAll(async ({ request }, testInfo) => {
  site = new URL(testInfo.project.use.baseURL ?? '').origin;
  const response = await request.get(`${site}/api/v1/programme.json`);
  expect(response.ok(), 'the build publishes the programme feed').toBe(true);
  feed = (await response.json()) as Feed;
  lieu = mostFrequent(feed.events.flatMap((e) => (e.venue ? [e.venue.slug] : [])));
  // An audience and a type of events held elsewhere too, so that the widgets' lists differ.
  audience = mostFrequent(feed.events.filter((e) => e.venue?.slug !== lieu).flatMap((e) => e.audiences.map((a) => a.slug)));
  type = mostFrequent(feed.events.filter((e) => e.venue?.slug !== lieu).map((e) => e.type));
  const script = `<script src="${site}/widget/v1/programme.js" defer></script>`;
  const fallback = `<a href="${site}/agenda/">Voir le programme</a>`;
  pages.set(
    '/two-widgets.html',
    partnerPage(
      `${script}<h2>Notre lieu</h2><dk-programme id="lieu" lieu="${lieu}">${fallback}</dk-programme>` +
        `<h2>Pour nos publics</h2><dk-programme id="public" public="${audience}" limit="3" layout="compact">${fallback}</dk-programme>` +
        `<h2>En iframe</h2><iframe src="${site}/widget/v1/embed/?type=${type}&amp;limit=3&amp;layout=compact" title="Prochains rendez-vous — 20 000 emplois durables" width="100%" height="600" style="border:0"></iframe>` +
        `<script src="${site}/widget/v1/resize.js" defer></script>`,
    ),
  );
  pages.set('/english.html', partnerPage(`${script}<dk-programme lieu="${lieu}" lang="en" limit="2">${fallback}</dk-programme>`, 'en'));
  pages.set(
    '/hostile.html',
    partnerPage(
      `${script}<dk-programme lieu="hostile-place">${fallback}</dk-programme>` +
        `<iframe src="${site}/widget/v1/embed/?lieu=hostile-place" title="Prochains rendez-vous — 20 000 emplois durables" width="100%" height="600"></iframe>`,
    ),
  );
  partner = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => partner.listen(PARTNER_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => partner.close(() => resolve()));
});

const partnerUrl = (path: string) => `http://127.0.0.1:${(partner.address() as AddressInfo).port}${path}`;

/** Titles and addresses of the events a widget lists, once loaded. */
async function shown(page: Page, widget: string): Promise<Array<{ title: string; href: string | null }>> {
  const status = page.locator(`${widget} [role="status"]`);
  await expect(status).not.toHaveText(/Chargement|Loading|^$/);
  return page
    .locator(`${widget} li a[part="link"]`)
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') })));
}

const asShown = (events: FeedEvent[]) => events.map((e) => ({ title: e.title, href: e.url }));

test('a partner page on another origin shows two widgets with different filters and the iframe, each with the right events', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(partnerUrl('/two-widgets.html'));

  const byPlace = expected({ lieu });
  const byAudience = expected({ public: audience }, 3);
  const byType = expected({ type }, 3);
  expect(byPlace.length).toBeGreaterThan(1);
  expect(byAudience).not.toEqual(byPlace);

  expect(await shown(page, '#lieu')).toEqual(asShown(byPlace));
  expect(await shown(page, '#public')).toEqual(asShown(byAudience));
  await expect(page.locator('#lieu [role="status"]')).toHaveText(`${byPlace.length} rendez-vous à venir`);
  await expect(page.locator('#lieu a[part="all"]')).toHaveAttribute('href', feed.agendaUrl);
  await expect(page.locator('#lieu section')).toHaveAccessibleName('Prochains rendez-vous');
  await expect(page.locator('#lieu h2')).toHaveText('Prochains rendez-vous');

  // Each widget downloads only its slice of the feed.
  expect(requests).toContain(`${site}/api/v1/programme/lieu/${lieu}.json`);
  expect(requests).toContain(`${site}/api/v1/programme/public/${audience}.json`);
  expect(requests).not.toContain(`${site}/api/v1/programme.json`);

  // French dates in Paris time, the status in words.
  const first = byPlace[0]!;
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(first.start),
  );
  await expect(page.locator('#lieu li').first().locator('time')).toContainText(day.replace(/^(\S+ )1 /, '$11er '));

  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[role="status"]')).not.toHaveText(/Chargement|^$/);
  const inFrame = await frame
    .locator('li a[part="link"]')
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') })));
  expect(inFrame).toEqual(asShown(byType));
  // The optional resize script fits the frame (600 px high in the snippet) to its content, shorter here.
  const contentHeight = await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  expect(contentHeight).toBeLessThan(600);
  await expect.poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(`${contentHeight}px`);
});

test('axe finds no violation inside the widgets and the iframe of a partner page', async ({ page }) => {
  await page.goto(partnerUrl('/two-widgets.html'));
  await shown(page, '#lieu');
  await shown(page, '#public');
  await expect(page.frameLocator('iframe').locator('li').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a status other than scheduled is written in words in the widget', async ({ page }) => {
  const special = feed.events.find((e) => e.status !== 'scheduled' && e.venue && Date.parse(e.end ?? e.start) >= Date.now());
  expect(special, 'the demo programme has an upcoming cancelled, full or postponed event').toBeDefined();
  pages.set(
    '/status.html',
    partnerPage(
      `<script src="${site}/widget/v1/programme.js" defer></script><dk-programme lieu="${special!.venue!.slug}" limit="50"></dk-programme>`,
    ),
  );
  await page.goto(partnerUrl('/status.html'));
  await shown(page, 'dk-programme');
  const words = { cancelled: 'Annulé', full: 'Complet', postponed: 'Reporté' } as Record<string, string>;
  const item = page.locator('dk-programme li').filter({ hasText: special!.title });
  await expect(item.locator('[part="status"]')).toHaveText(words[special!.status]!);
});

test('without JavaScript, the snippet shows its fallback link to the agenda', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(partnerUrl('/two-widgets.html'));
  const fallback = page.locator('#lieu').getByRole('link', { name: 'Voir le programme' });
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveAttribute('href', `${site}/agenda/`);
  await context.close();
});

test('lang="en" reads the English feed: English interface, links to the English event pages, French titles marked lang="fr"', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const english = (await (await page.request.get(`${site}/api/v1/en/programme/lieu/${lieu}.json`)).json()) as Feed;
  await page.goto(partnerUrl('/english.html'));
  const events = english.events.filter((e) => Date.parse(e.end ?? e.start) >= Date.now()).slice(0, 2);
  expect(events.map((e) => e.id)).toEqual(expected({ lieu }, 2).map((e) => e.id));
  expect(await shown(page, 'dk-programme')).toEqual(asShown(events));
  expect(events.every((e) => new URL(e.url).pathname.startsWith('/en/events/'))).toBe(true);
  expect(requests).toContain(`${site}/api/v1/en/programme/lieu/${lieu}.json`);
  await expect(page.locator('dk-programme h2')).toHaveText('Upcoming events');
  await expect(page.locator('dk-programme [role="status"]')).toHaveText(`${events.length} upcoming events`);
  await expect(page.locator('dk-programme a[part="all"]')).toHaveText('See the full programme');
  // The English feed's agendaUrl (absolute from SITE_URL): the English programme.
  expect(new URL(english.agendaUrl).pathname).toBe('/en/programme/');
  await expect(page.locator('dk-programme a[part="all"]')).toHaveAttribute('href', english.agendaUrl);
  await expect(page.locator('dk-programme section')).toHaveAttribute('lang', 'en');
  await expect(page.locator('dk-programme a[part="link"]').first()).toHaveAttribute('lang', 'fr');
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'long' }).format(new Date(events[0]!.start));
  await expect(page.locator('dk-programme time').first()).toContainText(day);
  await expectNoAxeViolations(page);
  // The event page it links to exists, in English around the French text.
  const response = await page.goto(events[0]!.url.replace(new URL(events[0]!.url).origin, site));
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the iframe with lang=en shows the English widget, its English title and links to the English event pages', async ({ page }) => {
  await page.goto(`${site}/widget/v1/embed/?lieu=${lieu}&lang=en&limit=2`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Events · 20,000 sustainable jobs');
  await expect(page.locator('dk-programme h2')).toHaveText('Upcoming events');
  await expect(page.locator('dk-programme a[part="link"]').first()).toHaveAttribute('href', /\/en\/events\/[^/]+\/$/);
  await expectNoAxeViolations(page);
});

test('a hostile event title renders as text and a javascript: link is dropped, no script runs', async ({ page }) => {
  const hostile = '<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned = 2">';
  const start = new Date(Date.now() + 86_400_000).toISOString();
  const event = (id: string, url: string) => ({
    id,
    title: `${hostile} ${id}`,
    summary: hostile,
    type: 'job-dating',
    typeLabel: '<b>Job dating</b>',
    status: 'scheduled',
    statusLabel: 'Programmé',
    start,
    end: null,
    venue: { slug: 'hostile-place', name: '<i>Lieu</i>', town: null, address: null, url: `${site}/lieux/x/` },
    audiences: [],
    registration: { mode: 'none', label: 'Entrée libre', url: null, capacity: null },
    url,
    image: null,
  });
  await page.route(`${site}/api/v1/programme/lieu/hostile-place.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({
        version: 1,
        generatedAt: new Date().toISOString(),
        title: 'Programme',
        agendaUrl: 'javascript:alert(1)',
        filter: { lieu: 'hostile-place' },
        events: [event('a', 'javascript:alert(document.domain)'), event('b', `${site}/evenements/b/`)],
      }),
    }),
  );
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(partnerUrl('/hostile.html'));
  const items = page.locator('dk-programme li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('h3')).toHaveText(`${hostile} a`);
  await expect(items.nth(0).locator('a')).toHaveCount(0);
  await expect(items.nth(1).locator('a[part="link"]')).toHaveText(`${hostile} b`);
  await expect(items.nth(1).locator('a[part="link"]')).toHaveAttribute('href', `${site}/evenements/b/`);
  await expect(page.locator('dk-programme img, dk-programme script, dk-programme b, dk-programme i')).toHaveCount(0);
  await expect(page.locator('dk-programme a[part="all"]')).toHaveAttribute('href', `${site}/agenda/`);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // The iframe variant, same element on the site's origin.
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('li h3').first()).toHaveText(`${hostile} a`);
  await expect(frame.locator('li a')).toHaveCount(1);
  await expect(frame.locator('dk-programme img')).toHaveCount(0);
  expect(await page.frames()[1]!.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the feed cannot be read: the widget says so and keeps the link to the agenda', async ({ page }) => {
  await page.route(`${site}/api/v1/programme/lieu/${lieu}.json`, (route) => route.fulfill({ status: 500, body: 'oops' }));
  pages.set('/broken.html', partnerPage(`<script src="${site}/widget/v1/programme.js" defer></script><dk-programme lieu="${lieu}"></dk-programme>`));
  await page.goto(partnerUrl('/broken.html'));
  await expect(page.locator('dk-programme [role="status"]')).toHaveText('Le programme n’a pas pu être chargé.');
  await expect(page.locator('dk-programme a[part="all"]')).toHaveAttribute('href', `${site}/agenda/`);
  await expect(page.locator('dk-programme li')).toHaveCount(0);
});

test('a place without upcoming events gives an empty state that reads well', async ({ page }) => {
  pages.set('/empty.html', partnerPage(`<script src="${site}/widget/v1/programme.js" defer></script><dk-programme lieu="aucun-lieu-de-ce-nom"></dk-programme>`));
  await page.goto(partnerUrl('/empty.html'));
  await expect(page.locator('dk-programme [role="status"]')).toHaveText('Aucun rendez-vous à venir pour le moment.');
  await expect(page.locator('dk-programme a[part="all"]')).toHaveText('Voir tout le programme');
});

test('a widget follows a change of its attributes', async ({ page }) => {
  await page.goto(partnerUrl('/two-widgets.html'));
  await shown(page, '#lieu');
  await page.locator('#lieu').evaluate((el, t) => {
    el.removeAttribute('lieu');
    el.setAttribute('type', t);
    el.setAttribute('limit', '2');
  }, type);
  await expect
    .poll(async () => shown(page, '#lieu'))
    .toEqual(asShown(expected({ type }, 2)));
});

test('at 320 px wide, the widgets and the partner page reflow without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(partnerUrl('/two-widgets.html'));
  await shown(page, '#lieu');
  await shown(page, '#public');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.goto('/widget/');
  await expect(page.locator('#apercu li').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('the partner page /widget/', () => {
  test('explains the three ways to embed and passes axe', async ({ page }) => {
    await page.goto('/widget/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le programme sur votre site');
    for (const name of [/Le composant/, /L’iframe/, /Les flux JSON et ICS/]) {
      await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    await expect(page.locator('#apercu li').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the widget defaults to the brand colours documented on the page, and its links show the keyboard focus', async ({ page }) => {
    await page.goto('/widget/');
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '--dk-color-primary', exact: true }) });
    const hex = (await row.getByRole('cell').nth(2).textContent())?.trim() ?? '';
    expect(hex).toMatch(/^#[0-9A-Fa-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const preview = page.locator('#apercu dk-programme');
    await expect(preview.locator('h2')).toHaveCSS('color', `rgb(${r}, ${g}, ${b})`);
    const first = preview.locator('a[part="link"]').first();
    await first.focus();
    await expect(first).toBeFocused();
    await expect(first).toHaveCSS('outline-style', 'solid');
    await expect(first).toHaveCSS('outline-width', '3px');
  });

  test('the generator updates the snippet and the live preview, and copies the snippet with a polite confirmation', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/widget/');
    await page.getByLabel('Lieu').selectOption(lieu);
    await page.getByLabel('Nombre de rendez-vous (1 à 50)').fill('2');
    await page.getByLabel('Mise en page').selectOption('compact');
    const snippetText = page.locator('#extrait');
    await expect(snippetText).toContainText(`<dk-programme lieu="${lieu}" limit="2" layout="compact">`);
    await expect(snippetText).toContainText('/widget/v1/programme.js');
    const preview = page.locator('#apercu dk-programme');
    await expect(preview).toHaveAttribute('lieu', lieu);
    await expect.poll(async () => (await shown(page, '#apercu dk-programme')).map((e) => e.title)).toEqual(
      expected({ lieu }, 2).map((e) => e.title),
    );

    await page.getByLabel('Couleur principale (titre, liens)').fill('#5a2d82');
    await expect(snippetText).toContainText('style="--dk-color-primary:#5a2d82"');
    await expect(preview.locator('h2')).toHaveCSS('color', 'rgb(90, 45, 130)');

    await page.getByRole('radio', { name: 'Iframe' }).check();
    await expect(snippetText).toContainText(`/widget/v1/embed/?lieu=${lieu}&amp;limit=2&amp;layout=compact&amp;primary=%235a2d82`);
    await expect(snippetText).toContainText('title="Prochains rendez-vous — 20 000 emplois durables"');
    const previewFrame = page.frameLocator('#apercu iframe');
    await expect(preview).toBeHidden();
    await expect.poll(async () => previewFrame.locator('li a[part="link"]').allTextContents()).toEqual(
      expected({ lieu }, 2).map((e) => e.title),
    );

    await page.getByRole('button', { name: 'Copier l’extrait' }).click();
    await expect(page.locator('#copie-statut')).toHaveText('Extrait copié dans le presse-papiers.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippetText.textContent());
  });

  test('without JavaScript the generator is a form that submits and a snippet is there to copy', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/widget/');
    await expect(page.locator('#extrait')).toContainText('<dk-programme>');
    await expect(page.locator('#apercu').getByRole('link', { name: 'Voir le programme des 20 000 emplois durables' })).toBeVisible();
    await page.getByLabel('Lieu').selectOption(lieu);
    await page.getByRole('button', { name: 'Afficher l’extrait' }).click();
    await expect(page).toHaveURL(new RegExp(`/widget/\\?.*lieu=${lieu}`));
    await expect(page.locator('details').filter({ hasText: 'Un extrait prêt à coller pour chaque lieu' })).toContainText(
      `<dk-programme lieu="${lieu}">`,
    );
    await context.close();
  });
});
