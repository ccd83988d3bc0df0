import type { Page } from '@playwright/test';
import { type OpeningSchedule, openState, stateText } from '../src/lib/opening-hours';
import { expect, expectNoAxeViolations, pageWithoutJavaScript, test } from './fixtures';

const RELAY = '/lieux/point-relais-dunkerque-gare/';

/** The weekly hours of the demo relay point of the place de la Gare (cms/src/seed/data/venues.ts). */
const RELAY_HOURS = {
  openingHours: [
    { day: 'monday', opens: '09:00', closes: '18:30' },
    { day: 'tuesday', opens: '09:00', closes: '18:30' },
    { day: 'wednesday', opens: '09:00', closes: '18:30' },
    { day: 'thursday', opens: '09:00', closes: '20:00' },
    { day: 'friday', opens: '09:00', closes: '18:30' },
    { day: 'saturday', opens: '09:30', closes: '12:30' },
  ],
};

/** The state shown in the first open-now box of the page, no-break spaces as plain spaces. */
async function shownState(page: Page): Promise<string> {
  const text = await page.locator('[data-open-now] p').first().innerText();
  return text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').trim();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

test.describe('venues', () => {
  test('the list page shows every venue with its town and the relay point’s state today, with no axe violation', async ({ page }) => {
    const response = await page.goto('/lieux/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux d’accueil');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')).toHaveText('Lieux');
    const cards = page.getByRole('main').locator('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole('main')).toContainText(`${await cards.count()}\u00a0lieux`);
    const relay = cards.filter({ has: page.getByRole('link', { name: 'Point relais Dunkerque – place de la Gare' }) });
    await expect(relay).toContainText('Dunkerque');
    await expect(relay.locator('[data-open-label]')).toHaveText(/^(Ouvert maintenant|Fermé)/);
    await expect(relay.locator('[data-open-detail]')).toHaveText(/^(ferme à|ouvre) .*\d{1,2}\u00a0h\u00a0\d{2}$/);
    const filter = page.getByRole('navigation', { name: 'Filtrer par commune' });
    await expect(filter.getByRole('link', { name: /^Calais/ })).toHaveAttribute('href', '/lieux/commune/calais/');
    await expectNoAxeViolations(page);
  });

  test('the town filter is a plain link that works without JavaScript and with the keyboard alone, and shows only that town’s venues', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/lieux/');
      const calais = page.getByRole('navigation', { name: 'Filtrer par commune' }).getByRole('link', { name: /^Calais/ });
      await calais.focus();
      await expect(calais).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/lieux\/commune\/calais\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux à Calais');
      const cards = page.getByRole('main').locator('article');
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toContainText('Calais');
      await expect(page.getByRole('main')).toContainText('1\u00a0lieu à Calais');
      await expect(page.getByRole('navigation', { name: 'Filtrer par commune' }).locator('[aria-current="page"]')).toContainText('Calais');
      await page.getByRole('link', { name: 'Toutes les communes' }).click();
      await expect(page).toHaveURL(/\/lieux\/$/);
      await expect(page.getByRole('main').locator('article')).toHaveCount(await page.getByRole('main').locator('article').count());
      expect(await page.getByRole('main').locator('article').count()).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  test('a town without venue says so and offers a way back to every venue, with no axe violation', async ({ page }) => {
    const response = await page.goto('/lieux/commune/gravelines/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main').locator('article')).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('Aucun lieu d’accueil n’est présenté à Gravelines pour le moment.');
    await page.getByRole('link', { name: 'Voir les lieux de toutes les communes' }).click();
    await expect(page).toHaveURL(/\/lieux\/$/);
    await page.goto('/lieux/commune/gravelines/');
    await expectNoAxeViolations(page);
  });

  test('the relay point page shows its weekly hours in a table with headers, closures, services, accessibility, bus access and events, with no axe violation', async ({ page }) => {
    const response = await page.goto(RELAY);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Point relais Dunkerque – place de la Gare');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Lieux' })).toHaveAttribute('href', '/lieux/');
    const table = page.getByRole('table', { name: /Horaires d’ouverture/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Jour', 'Horaires']);
    await expect(table.getByRole('rowheader')).toHaveText(['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']);
    await expect(table.getByRole('row', { name: /Jeudi/ })).toContainText('9\u00a0h\u00a000 – 20\u00a0h\u00a000');
    await expect(table.getByRole('row', { name: /Dimanche/ })).toContainText('Fermé');
    await expect(page.getByRole('heading', { level: 3, name: 'Fermetures exceptionnelles' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="services"]')).toContainText('Casques de réalité virtuelle');
    await expect(page.locator('section[aria-labelledby="services"]')).toContainText('Ordinateurs en libre accès');
    await expect(page.locator('section[aria-labelledby="services"]')).toContainText('Bureaux de job dating');
    await expect(page.getByRole('heading', { level: 2, name: 'Accessibilité' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Infos pratiques' })).toContainText('pôle d’échange des bus');
    await expect(page.locator('[data-open-today]')).toHaveText(/^Aujourd’hui, (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\u00a0: /);
    await expect(page.getByRole('heading', { level: 2, name: 'Prochains rendez-vous' })).toBeVisible();
    await expect(page.getByRole('main').locator('a[href^="/evenements/"]').first()).toBeVisible();
    const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page);
  });

  test('without JavaScript the page shows the state computed at build time for Europe/Paris', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(RELAY);
      const built = await shownState(page);
      const schedule = JSON.parse((await page.locator('[data-open-now]').getAttribute('data-schedule')) ?? '') as OpeningSchedule;
      expect(schedule.openingHours).toEqual(RELAY_HOURS.openingHours);
      // The build ran minutes ago: the state shown is the one of an instant between then and now.
      const candidates = new Set<string>();
      for (let minutesAgo = 0; minutesAgo <= 20; minutesAgo++) {
        const state = openState(schedule, Date.now() - minutesAgo * 60_000);
        if (state) candidates.add(`${stateText(state).label} · ${stateText(state).detail}`.replaceAll('\u00a0', ' '));
      }
      expect([...candidates]).toContain(built);
      expect(built).toMatch(/^(Ouvert maintenant · ferme à|Fermé( exceptionnellement \(.+\))? · ouvre) /);
    } finally {
      await context.close();
    }
  });

  test('the island refreshes the state for the reader’s clock: open on a Thursday evening, closed on Sunday, closed on a closure day, right after the spring daylight-saving change', async ({ page }) => {
    // Thursday 3 December 2026, 19:00 in Paris: the late opening until 20 h 00.
    await page.clock.setFixedTime(new Date('2026-12-03T19:00:00+01:00'));
    await page.goto(RELAY);
    expect(await shownState(page)).toBe('Ouvert maintenant · ferme à 20 h 00');
    await expect(page.locator('[data-open-label]')).toHaveAttribute('data-open', 'true');
    await expect(page.locator('[data-open-today]')).toHaveText('Aujourd’hui, jeudi\u00a0: 9\u00a0h\u00a000 – 20\u00a0h\u00a000');

    // Sunday 6 December 2026, noon: closed, opens tomorrow.
    await page.clock.setFixedTime(new Date('2026-12-06T12:00:00+01:00'));
    await page.reload();
    expect(await shownState(page)).toBe('Fermé · ouvre demain à 9 h 00');
    await expect(page.locator('[data-open-label]')).toHaveAttribute('data-open', 'false');

    // Monday 28 December 2026, 10:00: inside the seeded Christmas closure.
    await page.clock.setFixedTime(new Date('2026-12-28T10:00:00+01:00'));
    await page.reload();
    expect(await shownState(page)).toMatch(/^Fermé exceptionnellement \(.+\) · ouvre /);
    await expect(page.locator('[data-open-today]')).toHaveText('Aujourd’hui, lundi\u00a0: fermé');

    // Monday 29 March 2027 (the day after the change), 07:30 UTC = 9 h 30 in Paris (UTC+2): open.
    await page.clock.setFixedTime(new Date('2027-03-29T07:30:00Z'));
    await page.reload();
    expect(await shownState(page)).toBe('Ouvert maintenant · ferme à 18 h 30');
    // Friday 26 March 2027, 07:30 UTC = 8 h 30 in Paris (UTC+1): not open yet.
    await page.clock.setFixedTime(new Date('2027-03-26T07:30:00Z'));
    await page.reload();
    expect(await shownState(page)).toBe('Fermé · ouvre aujourd’hui à 9 h 00');
  });

  test('the list and a venue page reflow at 320 px wide without horizontal scrolling, and a link shows its focus', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const href of ['/lieux/', RELAY, '/lieux/commune/dunkerque/']) {
      await page.goto(href);
      await expectNoHorizontalScroll(page);
    }
    await page.goto('/lieux/');
    const link = page.getByRole('navigation', { name: 'Filtrer par commune' }).getByRole('link').first();
    await link.focus();
    const outline = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(outline.width > 0 && outline.style !== 'none' || outline.shadow !== 'none', JSON.stringify(outline)).toBe(true);
  });
});

const RELAY_EN = '/en/places/point-relais-dunkerque-gare/';

test.describe('venues in English', () => {
  test('the English list shows every venue with English labels, French names marked lang="fr", the state in English, with no axe violation', async ({ page }) => {
    await page.goto('/lieux/');
    const french = await page.getByRole('main').locator('article').count();
    const response = await page.goto('/en/places/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Places to meet us');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText('Places');
    const cards = page.getByRole('main').locator('article');
    await expect(cards).toHaveCount(french);
    await expect(page.getByRole('main')).toContainText(`${french}\u00a0places`);
    const name = page.getByRole('link', { name: 'Point relais Dunkerque – place de la Gare' });
    await expect(name).toHaveAttribute('href', RELAY_EN);
    await expect(name).toHaveAttribute('lang', 'fr');
    const relay = cards.filter({ has: name });
    await expect(relay).toContainText('Relay point');
    await expect(relay.locator('[data-open-label]')).toHaveText(/^(Open now|Closed)/);
    await expect(relay.locator('[data-open-detail]')).toHaveText(/^(closes at|opens) .*\d{1,2}:\d{2}\u00a0(am|pm)$/);
    const filter = page.getByRole('navigation', { name: 'Filter by town' });
    await expect(filter.getByRole('link', { name: /^Calais/ })).toHaveAttribute('href', '/en/places/town/calais/');
    await expectNoAxeViolations(page);
  });

  test('the English town filter works without JavaScript, and the language switcher leads to the same town in French and back', async ({ browser, baseURL }) => {
    const { context, page } = await pageWithoutJavaScript(browser, baseURL);
    try {
      await page.goto('/en/places/');
      await page.getByRole('navigation', { name: 'Filter by town' }).getByRole('link', { name: /^Calais/ }).click();
      await expect(page).toHaveURL(/\/en\/places\/town\/calais\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Places in Calais');
      await expect(page.getByRole('main').locator('article')).toHaveCount(1);
      await expect(page.getByRole('main')).toContainText('1\u00a0place in Calais');
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL(/\/lieux\/commune\/calais\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux à Calais');
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL(/\/en\/places\/town\/calais\/$/);
      await page.goto('/en/places/town/gravelines/');
      await expect(page.getByRole('main')).toContainText('No place is listed in Gravelines for the moment.');
      await page.getByRole('link', { name: 'See the places in every town' }).click();
      await expect(page).toHaveURL(/\/en\/places\/$/);
    } finally {
      await context.close();
    }
  });

  test('the English relay point page is the French venue under an « Available in French » note, with its hours, closures and labels in English, with no axe violation', async ({ page }) => {
    const response = await page.goto(RELAY_EN);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.locator('[data-fallback-note]')).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Point relais Dunkerque – place de la Gare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Places' })).toHaveAttribute('href', '/en/places/');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveAttribute('lang', 'fr');
    const table = page.getByRole('table', { name: /^Opening hours/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Hours']);
    await expect(table.getByRole('rowheader')).toHaveText(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    await expect(table.getByRole('row', { name: /Thursday/ })).toContainText('9:00\u00a0am – 8:00\u00a0pm');
    await expect(table.getByRole('row', { name: /Sunday/ })).toContainText('Closed');
    await expect(page.getByRole('heading', { level: 3, name: 'Exceptional closures' })).toBeVisible();
    await expect(main.locator('section[aria-labelledby="services"] ul')).toHaveAttribute('lang', 'fr');
    await expect(main.locator('section[aria-labelledby="services"]')).toContainText('Casques de réalité virtuelle');
    await expect(page.getByRole('complementary', { name: 'Practical information' })).toContainText('pôle d’échange des bus');
    await expect(page.locator('[data-open-today]')).toHaveText(/^Today, (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday): /);
    await expect(page.getByRole('link', { name: /^Dunkerque/ })).toHaveAttribute('href', '/en/places/town/dunkerque/');
    const events = page.getByRole('region', { name: 'Coming up here' }).locator('article');
    expect(await events.count()).toBeGreaterThan(0);
    await expect(events.first().getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\/en\/events\/[^/]+\/$/);
    await expect(events.first().locator('time')).toHaveText(/^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s\d{1,2}\s[A-Z][a-z]+\s\d{4}, \d{1,2}:\d{2}\s(am|pm)/);
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    expect(ld.find((d) => d['@type'] === 'Place')?.url).toMatch(/\/en\/places\/point-relais-dunkerque-gare\/$/);
    const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page);
  });

  test('the island of an English page recomputes the state in English: open on a Thursday evening, closed on Sunday, closed on a closure day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-03T19:00:00+01:00'));
    await page.goto(RELAY_EN);
    expect(await shownState(page)).toBe('Open now · closes at 8:00 pm');
    await expect(page.locator('[data-open-today]')).toHaveText('Today, Thursday: 9:00\u00a0am – 8:00\u00a0pm');

    await page.clock.setFixedTime(new Date('2026-12-06T12:00:00+01:00'));
    await page.reload();
    expect(await shownState(page)).toBe('Closed · opens tomorrow at 9:00 am');
    await expect(page.locator('[data-open-label]')).toHaveAttribute('data-open', 'false');

    await page.clock.setFixedTime(new Date('2026-12-28T10:00:00+01:00'));
    await page.reload();
    expect(await shownState(page)).toMatch(/^Closed today \(.+\) · opens /);
    await expect(page.locator('[data-open-today]')).toHaveText('Today, Monday: closed');
  });
});

test.describe('Factory Mobile in English', () => {
  test('the English Factory Mobile page lists the same stops with English dates, times and links, French place names marked lang="fr", with no axe violation', async ({ page }) => {
    await page.goto('/factory-mobile/');
    const french = await page.locator('tr[data-stop]').count();
    expect((await page.goto('/en/factory-mobile/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Fabulous Factory Mobile');
    const table = page.getByRole('table', { name: /^Next stops of the Factory Mobile/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Town and place']);
    const rows = page.locator('tr[data-stop]');
    await expect(rows).toHaveCount(french);
    const dates = await rows.locator('th a').allInnerTexts();
    for (const date of dates) expect(date.replaceAll('\u00a0', ' ')).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(rows.first().locator('th span').first()).toHaveText(/^\s*\d{1,2}:\d{2}\s(am|pm) – \d{1,2}:\d{2}\s(am|pm)\s*$/);
    const hrefs = await rows.locator('th a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^\/en\/events\/[^/]+\/$/.test(href))).toBe(true);
    const place = rows.first().locator('td a');
    await expect(place).toHaveAttribute('href', /^\/en\/places\/factory-mobile-[a-z-]+\/$/);
    await expect(place).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'On board the lorry' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The stops in the programme' })).toHaveAttribute('href', '/en/programme/type/mobile-stop/');
    await expectNoAxeViolations(page);
  });
});
