import { expect, expectNoAxeViolations, test } from './fixtures';

const GUIDED_TOUR = '/visites/incontournables-job-labo-plus-port-center/';

test.describe('visits', () => {
  test('the list shows every visit with its formula, duration and booking, with no axe violation', async ({ page }) => {
    expect((await page.goto('/visites/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visites');
    const cards = page.getByRole('main').locator('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(7);
    await expect(page.getByRole('heading', { level: 2, name: `${await cards.count()}\u00a0visites` })).toBeVisible();
    const tour = cards.filter({ has: page.getByRole('link', { name: 'Les incontournables : Job Labo, PLUS et Port Center' }) });
    await expect(tour).toContainText('Visite guidée');
    await expect(tour).toContainText('4\u00a0h');
    await expect(tour).toContainText('Réservation sur place');
    await expectNoAxeViolations(page);
  });

  test('the formula filter is a plain link that works without JavaScript and with the keyboard, and shows only self-guided visits', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/visites/');
      const link = page.getByRole('link', { name: /^Visite en autonomie/ });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/visites\/mode\/visite-en-autonomie\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Formule\u00a0: Visite en autonomie');
      const cards = page.getByRole('main').locator('article');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) await expect(card).toContainText('Visite en autonomie');
      await expect(page.getByRole('link', { name: /^Visite en autonomie/ })).toHaveAttribute('aria-current', 'page');
    } finally {
      await context.close();
    }
  });

  test('a visit page lists its stops in order, the free-bus access, its duration, start and booking, with no axe violation', async ({ page }) => {
    expect((await page.goto(GUIDED_TOUR))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les incontournables : Job Labo, PLUS et Port Center');
    const stops = page.getByRole('region', { name: 'Les étapes' }).getByRole('listitem');
    await expect(stops).toHaveCount(4);
    await expect(stops.nth(0).getByRole('heading')).toHaveText('Étape 1\u00a0: Point relais place de la Gare');
    await expect(stops.nth(3).getByRole('heading')).toHaveText('Étape 4\u00a0: Port Center');
    // A map is a plain link: nothing from OpenStreetMap is loaded with the page (the fixture checks every request).
    await expect(stops.nth(0).getByRole('link', { name: /Voir sur la carte/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
    await expect(page.getByRole('region', { name: 'Comment y aller' })).toContainText('réseau de bus gratuit');
    const facts = page.getByRole('complementary', { name: 'En bref' });
    await expect(facts).toContainText('4\u00a0h');
    await expect(facts.getByRole('link', { name: 'Point relais Dunkerque – place de la Gare' })).toHaveAttribute(
      'href',
      '/lieux/point-relais-dunkerque-gare/',
    );
    await expect(page.getByRole('region', { name: 'Réserver' })).toContainText('Réservez votre place à l’accueil');
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    const trip = ld.map((t) => JSON.parse(t)).find((d) => d['@type'] === 'TouristTrip');
    expect(trip?.itinerary?.numberOfItems).toBe(4);
    await expectNoAxeViolations(page);
  });

  test('an online-booking visit offers a booking link that names the visit', async ({ page }) => {
    await page.goto('/visites/chantiers-de-la-transition/');
    await expect(page.getByRole('complementary', { name: 'En bref' }).getByRole('link', { name: /^Réserver la visite/ })).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  });
});
