import { expect, expectNoAxeViolations, expectOnlyMenuScript, test } from './fixtures';

test.describe('home', () => {
  test('links every section of the menu with a line saying what it holds, each section answering 200', async ({ page, request }) => {
    await page.goto('/');
    const sections = page.getByRole('region', { name: 'Par où commencer\u00a0?' }).getByRole('listitem');
    const menu = page.getByRole('banner').getByRole('navigation').first();
    const menuHrefs = await menu.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const homeHrefs = await sections.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = menuHrefs.filter((href) => href !== '/' && href !== '/recherche/');
    expect(expected.length).toBeGreaterThanOrEqual(13);
    expect(homeHrefs).toEqual(expected);
    for (const section of await sections.all()) expect((await section.innerText()).split('\n').filter(Boolean).length).toBe(2);
    for (const href of homeHrefs) expect((await request.get(href!)).status(), href!).toBe(200);
  });

  test('shows the key figures with their source and the upcoming events', async ({ page, outsideRequests }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const figures = page.getByRole('region', { name: 'Les chiffres clés' }).getByRole('listitem');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure).toContainText(/Source\u00a0: \S/);
    }

    const events = page.getByRole('region', { name: 'Prochains rendez-vous' }).getByRole('listitem');
    const count = await events.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    const starts: number[] = [];
    for (const event of await events.all()) {
      await expect(event.getByRole('heading')).toBeVisible();
      await expect(event).toContainText(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})\u00a0\S+\u00a0\d{4}/);
      await expect(event).toContainText(/\d{1,2}\u00a0h\u00a0\d{2}/);
      await expect(event).toContainText('Lieu');
      const datetime = await event.locator('time').getAttribute('datetime');
      starts.push(Date.parse(datetime ?? ''));
    }
    expect(starts.every((s) => s >= Date.now() - 24 * 3600 * 1000)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);

    expect(await page.context().cookies()).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await expectNoAxeViolations(page);
  });
});

test.describe('home in English', () => {
  test('renders the English CMS home, not the French one, with « Where to start? » cards for every English section', async ({ page, request }) => {
    await page.goto('/');
    const frenchTitle = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    expect((await title.innerText()).trim()).not.toBe(frenchTitle);
    // The English home single type exists in the demo: nothing of the hero is marked as French.
    expect(await page.locator('section:has(h1) [lang="fr"], section:has(h1)[lang="fr"]').count()).toBe(0);
    await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();

    const sections = page.getByRole('region', { name: 'Where to start?' }).getByRole('listitem');
    const menu = page.getByRole('banner').getByRole('navigation').first();
    const menuHrefs = await menu.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const homeHrefs = await sections.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = menuHrefs.filter((href) => href !== '/en/' && href !== '/en/search/');
    expect(expected.length).toBeGreaterThanOrEqual(13);
    expect(homeHrefs).toEqual(expected);
    for (const href of homeHrefs) expect(href).toMatch(/^\/en\//);
    for (const section of await sections.all()) expect((await section.innerText()).split('\n').filter(Boolean).length).toBe(2);
    for (const href of homeHrefs) expect((await request.get(href!)).status(), href!).toBe(200);
  });

  test('links the English feeds, and shows untranslated news in French, marked lang="fr"', async ({ page, request }) => {
    await page.goto('/en/');
    for (const [name, href] of [
      ['Follow upcoming events by RSS feed', '/en/programme/rss.xml'],
      ['Follow the news by RSS feed', '/en/news/rss.xml'],
    ] as const) {
      await expect(page.getByRole('link', { name })).toHaveAttribute('href', href);
      expect((await request.get(href)).status(), href).toBe(200);
    }
    const news = page.getByRole('region', { name: 'News' }).getByRole('listitem');
    expect(await news.count()).toBeGreaterThan(0);
    for (const item of await news.all()) {
      await expect(item.getByRole('heading')).toHaveAttribute('lang', 'fr');
      await expect(item.getByRole('link')).toHaveAttribute('href', /^\/en\/news\/[a-z0-9-]+\/$/);
      await expect(item.locator('time')).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2}\u00a0(January|February|March|April|May|June|July|August|September|October|November|December)\u00a0\d{4}$/);
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('companies', () => {
  test('the list leads to a company page with its sections', async ({ page }) => {
    await page.goto('/entreprises/');
    await expect(page.getByRole('heading', { level: 1, name: 'Entreprises' })).toBeVisible();
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);

    const first = links.first();
    const name = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/entreprises\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('heading', { level: 2, name: 'En bref' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Rencontrer ${name}` })).toBeVisible();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText(name);
    await expect(page.locator('iframe, video')).toHaveCount(0);
    expect(await page.context().cookies()).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('every company page is complete and accessible', async ({ page }) => {
    await page.goto('/entreprises/');
    const hrefs = await page
      .getByRole('main')
      .locator('a[href^="/entreprises/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).filter((h) => h !== '/entreprises/'));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of new Set(hrefs)) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('search', () => {
  test('finds a company from the header search box', async ({ page, outsideRequests }) => {
    await page.goto('/entreprises/');
    const name = (await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().innerText()).trim();

    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
    await box.fill(name);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=/);

    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+\u00a0résultats? pour «\u00a0.+\u00a0»\.$/);
    await expect(page.getByRole('searchbox', { name: 'Rechercher sur le site' })).toHaveValue(name);
    const result = page.getByRole('list', { name: /résultats? pour/ }).getByRole('link', { name, exact: true });
    await expect(result).toBeVisible();
    await expectNoAxeViolations(page);
    expect(outsideRequests).toEqual([]);

    await result.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/entreprises\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });

  test('says so when nothing matches, and searches again without reloading', async ({ page }) => {
    // Pagefind tolerates typos, so a made-up word may still match something: quotes ask for the exact word.
    await page.goto(`/recherche/?q=${encodeURIComponent('"zzzqqqxxx"')}`);
    await expect(page.getByRole('status')).toHaveText('Aucun résultat pour «\u00a0"zzzqqqxxx"\u00a0».');
    const box = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
    await box.fill('Dunkerque');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('status')).toHaveText(/^\d+\u00a0résultats? pour «\u00a0Dunkerque\u00a0»\.$/);
    await expect(page).toHaveURL(/\?q=Dunkerque$/);
  });
});

test.describe('keyboard and basics', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
    await page.goto('/entreprises/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#contenu')).toBeFocused();
  });

  test('an unknown address gets the French 404 page', async ({ page, outsideRequests }) => {
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/');
    expect(outsideRequests).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('the 404 page has a short English part, marked lang="en", leading to the English site and its search', async ({ page }) => {
    const response = await page.goto('/en/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    const english = page.locator('section[lang="en"]');
    await expect(english.getByRole('heading', { level: 2 })).toHaveText('Page not found');
    await expect(english.getByRole('link', { name: 'Go to the home page of the English site' })).toHaveAttribute('href', '/en/');
    await expect(english.getByRole('link', { name: 'Search the English site' })).toHaveAttribute('href', '/en/search/');
    await expectNoAxeViolations(page);
  });

  test('the English brand guidelines, partner page and site map are in English and lead to English pages', async ({ page }) => {
    await page.goto('/en/brand-guidelines/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brand guidelines');
    await expect(page.getByRole('heading', { level: 2, name: 'Colours' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /^\d+\.\d{2}:1$/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/en/widget/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The programme on your website');
    await expect(page.locator('#extrait')).toContainText('lang="en"');
    await expectNoAxeViolations(page);

    await page.goto('/en/site-map/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Site map');
    const hrefs = await page.getByRole('main').locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((href) => !href.startsWith('/en/'))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('an English CMS page shows its English version; the legal notice is reached from the English footer', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Legal notice' }).click();
    await expect(page).toHaveURL(/\/en\/[a-z0-9-]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal notice');
    await expect(page.locator('[data-fallback-note]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the footer leads to the legal notice and the accessibility statement', async ({ page }) => {
    for (const name of ['Mentions légales', 'Accessibilité']) {
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await expect(page).toHaveURL(/\/accessibilite\/$/);
  });

  test('pages run no script except the phone menu’s (under 1 kB) and the search page', async ({ page }) => {
    for (const path of ['/', '/entreprises/']) {
      await page.goto(path);
      await expectOnlyMenuScript(page);
    }
    await page.goto('/recherche/');
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeGreaterThan(0);
  });
});
