import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SENTENCE = /^(\d+)\u00a0résultats? pour «\u00a0.+\u00a0»( avec (le|les) filtres? .+)?\.$/;

/** Loads every result (« Afficher plus de résultats » until it goes) and returns their addresses. */
async function allResultHrefs(page: Page, moreLabel = 'Afficher plus de résultats'): Promise<string[]> {
  const more = page.getByRole('button', { name: moreLabel });
  while (await more.isVisible()) {
    const before = await resultLinks(page).count();
    await more.click();
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(before);
  }
  return resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

function resultLinks(page: Page): Locator {
  return page.locator('#recherche-resultats > li h2 a');
}

/** On phones the facets are folded behind « Afficher les filtres »: unfold them (with the keyboard when asked). */
async function openFacets(page: Page, keyboard = false, labels = { show: 'Afficher les filtres', hide: 'Masquer les filtres' }): Promise<void> {
  const toggle = page.getByRole('button', { name: new RegExp(`^${labels.show}`) });
  if (!(await toggle.isVisible())) return;
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  if (keyboard) {
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
  } else {
    await toggle.click();
  }
  await expect(page.getByRole('button', { name: new RegExp(`^${labels.hide}`) })).toHaveAttribute('aria-expanded', 'true');
}

function facet(page: Page, name: string): Locator {
  return page.getByRole('group', { name });
}

/** The count shown beside a facet value, from its label (« Métier 4 (4 résultats) »). */
async function facetCount(option: Locator): Promise<number> {
  const label = await option.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
  const match = /\((\d+)\u00a0résultats?\)$/.exec(label);
  if (!match) throw new Error(`no count in « ${label} »`);
  return Number(match[1]);
}

async function statusCount(page: Page): Promise<number> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(SENTENCE);
  return Number(SENTENCE.exec(await status.innerText())![1]);
}

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('search', () => {
  test('French pages have their own index with French stemming: a plural finds the singular, and only French-site pages', async ({ page }) => {
    const entry = await (await page.request.get('/pagefind/pagefind-entry.json')).json();
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
    await page.goto('/recherche/?q=soudeurs');
    await statusCount(page);
    await expect(resultLinks(page).first()).toBeVisible();
    const hrefs = await allResultHrefs(page);
    expect(hrefs).toContain('/metiers/soudeur/');
    expect(hrefs.filter((href) => href.startsWith('/en/'))).toEqual([]);
  });

  test('a job title finds the job, the companies that recruit for it and the trainings that lead to it', async ({ page }) => {
    await page.goto('/metiers/');
    const jobHrefs = await page
      .getByRole('main')
      .locator('a[href^="/metiers/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))].filter((h) => /^\/metiers\/[a-z0-9-]+\/$/.test(h)));
    expect(jobHrefs.length).toBeGreaterThan(1);

    let checked = 0;
    for (const jobHref of jobHrefs) {
      await page.goto(jobHref);
      const companies = await page.getByRole('list', { name: /^Entreprises qui recrutent/ }).locator('a').evaluateAll((l) => l.map((a) => a.getAttribute('href')!));
      const trainings = await page.getByRole('list', { name: /^Formations menant au métier/ }).locator('a').evaluateAll((l) => l.map((a) => a.getAttribute('href')!));
      if (companies.length === 0 || trainings.length === 0) continue;
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

      await page.goto(`/recherche/?q=${encodeURIComponent(title)}`);
      await statusCount(page);
      const found = await allResultHrefs(page);
      for (const href of [jobHref, ...companies, ...trainings]) expect(found, `« ${title} » should find ${href}`).toContain(href);
      checked += 1;
    }
    expect(checked, 'jobs with both recruiters and trainings').toBeGreaterThan(0);
  });

  test('a faceted search narrows the results, shows counts and keeps them in the address', async ({ page }) => {
    await page.goto('/recherche/?q=maintenance');
    const total = await statusCount(page);
    await openFacets(page);
    const types = facet(page, 'Type de contenu');
    await expect(types).toBeVisible();
    for (const name of ['Filière', 'Commune', 'Public']) await expect(facet(page, name)).toBeVisible();

    // The counts of one facet add up to the results: each page has one type.
    const typeBoxes = types.getByRole('checkbox');
    let sum = 0;
    for (const box of await typeBoxes.all()) sum += await facetCount(box);
    expect(sum).toBe(total);

    const job = types.getByRole('checkbox', { name: /^Métier \(/ });
    const jobs = await facetCount(job);
    expect(jobs).toBeGreaterThan(0);
    expect(jobs).toBeLessThan(total);
    const townsBefore = await facet(page, 'Commune').getByRole('checkbox').count();

    await job.check();
    await expect(page.getByRole('status')).toHaveText(/avec le filtre Métier\.$/);
    expect(await statusCount(page)).toBe(jobs);
    await expect(page).toHaveURL(/[?&]type=M%C3%A9tier(&|$)/);
    for (const item of await page.locator('#recherche-resultats > li').all()) await expect(item).toContainText('Métier');
    // The other facets now count only jobs: fewer towns (jobs have none), and each sector at most the jobs found.
    expect(await facet(page, 'Commune').getByRole('checkbox').count()).toBeLessThan(townsBefore);
    const sectors = facet(page, 'Filière').getByRole('checkbox');
    expect(await sectors.count()).toBeGreaterThan(0);
    for (const box of await sectors.all()) expect(await facetCount(box)).toBeLessThanOrEqual(jobs);
    // Values of the facet already used keep their own counts: they are alternatives.
    expect(await facetCount(job)).toBe(jobs);

    // A second type widens to either; a sector then narrows again, to its own count.
    const training = types.getByRole('checkbox', { name: /^Formation \(/ });
    const trainings = await facetCount(training);
    await training.check();
    await expect(page.getByRole('status')).toHaveText(/avec les filtres Métier, Formation\.$/);
    expect(await statusCount(page)).toBe(jobs + trainings);
    const sector = sectors.first();
    const sectorName = (await sector.evaluate((input) => (input as HTMLInputElement).value)).trim();
    const inSector = await facetCount(sector);
    await sector.check();
    await expect(page.getByRole('status')).toContainText(`avec les filtres Métier, Formation, ${sectorName}.`);
    expect(await statusCount(page)).toBe(inSector);
    await expectNoAxeViolations(page);

    // The address is shareable: opened anew, it gives the same search.
    const address = page.url();
    await page.goto(address);
    expect(await statusCount(page)).toBe(inSector);
    await expect(job).toBeChecked();
    await expect(training).toBeChecked();

    // « Effacer les filtres » gives back every result.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(page.getByRole('status')).toHaveText(/»\.$/);
    expect(await statusCount(page)).toBe(total);
    await expect(page).toHaveURL(/\/recherche\/\?q=maintenance$/);
  });

  test('a narrower query lowers the counts of the facets', async ({ page }) => {
    await page.goto('/recherche/?q=maintenance');
    const broad = await statusCount(page);
    await openFacets(page);
    const broadJobs = await facetCount(facet(page, 'Type de contenu').getByRole('checkbox', { name: /^Métier \(/ }));
    const box = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
    await box.fill('maintenance électricien');
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/«\u00a0maintenance électricien\u00a0»/);
    const narrow = await statusCount(page);
    expect(narrow).toBeGreaterThan(0);
    expect(narrow).toBeLessThan(broad);
    const jobs = facet(page, 'Type de contenu').getByRole('checkbox', { name: /^Métier \(/ });
    expect(await facetCount(jobs)).toBeLessThan(broadJobs);
  });

  test('works with the keyboard alone, from the header box to a result, and announces the results politely', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher sur le site' });
    await tabTo(page, header);
    await page.keyboard.type('cariste');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=cariste$/);

    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await statusCount(page);

    await openFacets(page, true);
    const job = facet(page, 'Type de contenu').getByRole('checkbox', { name: /^Métier \(/ });
    await tabTo(page, job);
    await page.keyboard.press('Space');
    await expect(job).toBeChecked();
    await expect(status).toHaveText(/avec le filtre Métier\.$/);
    await expect(job).toBeFocused();

    const first = resultLinks(page).first();
    const name = (await first.innerText()).trim();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/metiers\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });

  test('the search page has no axe violation, empty, with results and with a filter on', async ({ page }) => {
    await page.goto('/recherche/');
    await expectNoAxeViolations(page);
    await page.goto('/recherche/?q=batterie');
    await statusCount(page);
    await expectNoAxeViolations(page);
    await openFacets(page);
    await facet(page, 'Type de contenu').getByRole('checkbox').first().check();
    await expect(page.getByRole('status')).toHaveText(/avec le filtre/);
    await expectNoAxeViolations(page);
  });

  test('the search script is not loaded on a content page, and Pagefind only once the reader uses the search', async ({ page }) => {
    const requested: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    let onContentPage = true;
    page.on('response', async (response) => {
      if (!onContentPage || response.request().resourceType() !== 'script') return;
      scripts.push(await response.text().catch(() => ''));
    });

    await page.goto('/metiers/soudeur/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
    onContentPage = false;

    // The search page itself waits for the reader: nothing from Pagefind until the box gets the focus.
    await page.goto('/recherche/', { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const loaded = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind.js');
    await tabTo(page, page.getByRole('searchbox', { name: 'Rechercher sur le site' }));
    await loaded;
  });
});

const EN_SENTENCE = /^(\d+)\u00a0results? for “.+”( with the filters? .+)?\.$/;

test.describe('search in English', () => {
  test('the English search finds an English company page by its English name, and only English-site pages', async ({ page }) => {
    await page.goto('/en/companies/');
    const company = page
      .getByRole('main')
      .locator('a[href^="/en/companies/"]')
      .filter({ hasNotText: /^$/ })
      .first();
    const href = (await company.getAttribute('href'))!;
    expect(href).toMatch(/^\/en\/companies\/[a-z0-9-]+\/$/);
    // The company's English name, as its English page titles it.
    await page.goto(href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

    await page.goto(`/en/search/?q=${encodeURIComponent(name)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const status = page.getByRole('status');
    await expect(status).toHaveText(EN_SENTENCE);
    await expect(resultLinks(page).first()).toBeVisible();
    const hrefs = await allResultHrefs(page, 'Show more results');
    expect(hrefs).toContain(href);
    expect(hrefs.filter((h) => !h.startsWith('/en/'))).toEqual([]);
  });

  test('the English facets are in English: the content-type facet offers « Company » and narrows to the English company pages', async ({ page }) => {
    await page.goto('/en/search/?q=battery');
    await expect(page.getByRole('status')).toHaveText(EN_SENTENCE);
    await openFacets(page, false, { show: 'Show the filters', hide: 'Hide the filters' });
    const types = facet(page, 'Type of page');
    await expect(types).toBeVisible();
    await types.getByRole('checkbox', { name: /^Company\b/ }).check();
    await expect(page.getByRole('status')).toHaveText(/with the filter Company\.$/);
    await expect(page).toHaveURL(/[?&]type=Company(&|$)/);
    const hrefs = await allResultHrefs(page, 'Show more results');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^\/en\/companies\/[a-z0-9-]+\/$/.test(h))).toEqual([]);
  });

  test('the English search page has no axe violation, empty and with results', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expectNoAxeViolations(page);
    await page.goto('/en/search/?q=welder');
    await expect(page.getByRole('status')).toHaveText(EN_SENTENCE);
    await expectNoAxeViolations(page);
  });
});
