import { expect, expectNoAxeViolations, pageWithoutJavaScript, test } from './fixtures';

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

const GUIDED_TOUR_EN = '/en/visits/incontournables-job-labo-plus-port-center/';

test.describe('visits in English', () => {
  test('the English list shows every visit with its formula, duration and booking in English, French titles marked lang="fr", with no axe violation', async ({ page }) => {
    await page.goto('/visites/');
    const french = await page.getByRole('main').locator('article').count();
    expect((await page.goto('/en/visits/'))?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visits');
    const cards = page.getByRole('main').locator('article');
    await expect(cards).toHaveCount(french);
    await expect(page.getByRole('heading', { level: 2, name: `${french}\u00a0visits` })).toBeVisible();
    const title = page.getByRole('link', { name: 'Les incontournables : Job Labo, PLUS et Port Center' });
    await expect(title).toHaveAttribute('href', GUIDED_TOUR_EN);
    await expect(title).toHaveAttribute('lang', 'fr');
    const tour = cards.filter({ has: title });
    await expect(tour).toContainText('Guided tour');
    await expect(tour).toContainText('4\u00a0hours');
    await expect(tour).toContainText('Booking on site');
    await expect(page.getByRole('link', { name: /^Jobseekers/ })).toHaveAttribute('href', '/en/visits/audience/demandeurs-d-emploi/');
    await expectNoAxeViolations(page);
  });

  test('the English formula filter is a plain link that works without JavaScript, and the language switcher keeps the filter', async ({ browser, baseURL }) => {
    const { context, page } = await pageWithoutJavaScript(browser, baseURL);
    try {
      await page.goto('/en/visits/');
      await page.getByRole('link', { name: /^Self-guided tour/ }).click();
      await expect(page).toHaveURL(/\/en\/visits\/mode\/visite-en-autonomie\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Type of visit: Self-guided tour');
      const cards = page.getByRole('main').locator('article');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) await expect(card).toContainText('Self-guided tour');
      await expect(page.getByRole('link', { name: /^Self-guided tour/ })).toHaveAttribute('aria-current', 'page');
      await page.locator('[data-lang-switch]').click();
      await expect(page).toHaveURL(/\/visites\/mode\/visite-en-autonomie\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Visite en autonomie');
    } finally {
      await context.close();
    }
  });

  test('the English visit page is the French visit under an « Available in French » note, its stops, facts and booking labelled in English, with no axe violation', async ({ page }) => {
    expect((await page.goto(GUIDED_TOUR_EN))?.status()).toBe(200);
    await expect(page.getByRole('main').locator('[data-fallback-note]')).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les incontournables : Job Labo, PLUS et Port Center');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveAttribute('lang', 'fr');
    const stops = page.getByRole('region', { name: 'The stops' }).getByRole('listitem');
    await expect(stops).toHaveCount(4);
    await expect(stops.nth(0).getByRole('heading')).toHaveText('Stop 1: Point relais place de la Gare');
    await expect(stops.nth(0).getByRole('link', { name: /^See on the map/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
    await expect(page.getByRole('region', { name: 'How to get there' })).toContainText('réseau de bus gratuit');
    const facts = page.getByRole('complementary', { name: 'At a glance' });
    await expect(facts).toContainText('4\u00a0hours');
    await expect(facts).toContainText('Guided tour');
    await expect(facts.getByRole('link', { name: 'Point relais Dunkerque – place de la Gare' })).toHaveAttribute(
      'href',
      '/en/places/point-relais-dunkerque-gare/',
    );
    await expect(page.getByRole('region', { name: 'Booking' })).toContainText('Book your place at the front desk of');
    await expect(page.getByRole('region', { name: 'Who is it for?' }).getByRole('link', { name: 'Jobseekers' })).toHaveAttribute(
      'href',
      '/en/audiences/demandeurs-d-emploi/',
    );
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const trip = ld.find((d) => d['@type'] === 'TouristTrip');
    expect(trip?.itinerary?.numberOfItems).toBe(4);
    expect(trip?.url).toMatch(/\/en\/visits\/incontournables-job-labo-plus-port-center\/$/);
    await expectNoAxeViolations(page);
  });

  test('an English online-booking visit offers a booking link that names the visit in English', async ({ page }) => {
    await page.goto('/en/visits/chantiers-de-la-transition/');
    await expect(page.getByRole('complementary', { name: 'At a glance' }).getByRole('link', { name: /^Book the visit “/ })).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  });
});
