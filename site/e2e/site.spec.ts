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
