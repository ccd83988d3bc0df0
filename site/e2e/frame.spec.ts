import { mainNav } from '../src/lib/site';
import { expect, expectNoAxeViolations, test } from './fixtures';

const sections = mainNav('fr').filter((item) => item.href !== '/' && item.href !== '/recherche/');

test.describe('404 page', () => {
  test('offers a search form that leads to the search page with the words typed, and a link to every section', async ({ page }) => {
    const response = await page.goto('/une-adresse-qui-n-existe-pas/');
    expect(response?.status()).toBe(404);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    for (const item of sections) {
      await expect(main.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('href', item.href);
    }
    await expect(main.getByRole('link', { name: 'Voir le plan du site' })).toHaveAttribute('href', '/plan-du-site/');
    await expectNoAxeViolations(page);

    const box = main.getByRole('searchbox', { name: 'Que cherchez-vous\u00a0?' });
    await box.fill('soudeur');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=soudeur$/);
  });
});

test.describe('site map', () => {
  test('lists every menu section as a heading, in the menu’s order, with the entries of its list page, headings in order', async ({
    page,
  }) => {
    await page.goto('/plan-du-site/');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Plan du site');
    const levels = await main.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);

    const headings = (await main.getByRole('heading', { level: 2 }).allInnerTexts()).map((t) => t.trim());
    expect(headings.slice(0, sections.length)).toEqual(sections.map((item) => item.label));
    expect(headings).toContain('Informations du site');
    for (const item of sections) {
      await expect(main.getByRole('heading', { level: 2, name: item.label, exact: true }).getByRole('link')).toHaveAttribute('href', item.href);
    }

    // Every company of /entreprises/ is in the site map.
    await page.goto('/entreprises/');
    const companies = await page
      .getByRole('main')
      .locator('a[href^="/entreprises/"]:not([href="/entreprises/"])')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
    expect(companies.length).toBeGreaterThan(1);
    await page.goto('/plan-du-site/');
    for (const href of companies) await expect(page.getByRole('main').locator(`a[href="${href}"]`)).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('link', { name: 'Accessibilité', exact: true })).toHaveAttribute('href', '/accessibilite/');
    await expectNoAxeViolations(page);
  });
});
