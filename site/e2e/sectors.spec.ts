import type { Page } from '@playwright/test';
import { contrastRatio, contrastVerdict, formatRatio } from '../src/lib/contrast';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Source of every figure of the demo seed (cms/src/seed/data/figures.ts). */
const SOURCE = 'Entreprendre Ensemble, Stratégie 20\u202f000 — des emplois durables pour tous, 2024';
const STEEL = '/filieres/siderurgie-metallurgie-decarbonee/';

/** Text with every kind of space as a plain space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

async function tableRows(page: Page, chartId: string): Promise<string[][]> {
  const rows = page.locator(`[data-chart="${chartId}"] table tbody tr`);
  return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)))).map(
    (cells) => cells.map(plain),
  );
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function expectHeadingsInOrder(page: Page): Promise<void> {
  const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1);
}

test.describe('sectors', () => {
  test('/filieres/ draws the three programme charts as named SVG images, each with its source and a table of the same figures, with no axe violation', async ({ page }) => {
    const response = await page.goto('/filieres/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Filières et décarbonation');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')).toHaveText('Filières');

    const charts = page.locator('[data-chart]');
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      const title = (await chart.getByRole('heading').first().innerText()).trim();
      // One drawing is shown for the viewport, exposed as one image named by the chart's title and reading.
      const image = chart.getByRole('img');
      await expect(image).toHaveCount(1);
      await expect(image).toHaveAccessibleName(new RegExp(`^${title.replace(/[()]/g, '\\$&')}`));
      await expect(image).toHaveAccessibleDescription(/\S/);
      expect(await image.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
      expect(await image.locator('rect').count()).toBeGreaterThanOrEqual(2);
      await expect(chart.locator('figure figcaption')).toHaveText(`Source\u00a0: ${SOURCE}`);
      const table = chart.getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.locator('caption')).toContainText('En chiffres');
      expect(await table.getByRole('columnheader').count()).toBeGreaterThanOrEqual(2);
      expect(await table.getByRole('rowheader').count()).toBe(await image.locator('rect').count());
    }

    expect(await tableRows(page, 'part-emissions')).toEqual([
      ['Site industrialo-portuaire de Dunkerque', 'plus de 21 %', '13,7 Mt CO₂/an'],
      ['Reste de l’industrie française', 'moins de 79 %', 'non communiqué'],
    ]);
    expect(await tableRows(page, 'emplois-attendus')).toEqual([
      ['Emplois industriels directs créés d’ici 2030', '20 000 emplois', '2030'],
      ['Emplois créés en comptant les emplois indirects et induits, tous secteurs confondus', '30 000 emplois', '2030'],
    ]);
    expect(await tableRows(page, 'evolution-effectifs')).toEqual([
      ['Verre, ciment et minéraux', '−13 %', '−1 300 postes'],
      ['Sidérurgie et métallurgie décarbonées', '−9 %', '−900 postes'],
      ['Chimie verte', '−8 %', '−720 postes'],
    ]);
    // The drawing holds the same values as the table, negative bars drawn left of the zero line.
    const evolution = page.locator('[data-chart="evolution-effectifs"]').getByRole('img');
    expect((await evolution.locator('.chart-value').allTextContents()).map(plain)).toEqual(['−13 %', '−9 %', '−8 %']);
    const widths = await evolution.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);

    const sectors = page.locator('section[aria-labelledby="liste-filieres"] article');
    expect(await sectors.count()).toBeGreaterThanOrEqual(8);
    await expect(sectors.getByRole('link', { name: 'Sidérurgie et métallurgie décarbonées' })).toHaveAttribute('href', STEEL);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('the charts are drawn at build time: without JavaScript they and their tables are there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/filieres/');
      await expect(page.locator('[data-chart] svg[role="img"]')).toHaveCount(6);
      await expect(page.getByRole('img', { name: /^Évolution des effectifs d’ici 2030, par filière/ })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(3);
    } finally {
      await context.close();
    }
  });

  test('on a 320 px wide screen the pages reflow without horizontal scrolling and show the narrow drawing', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      for (const path of ['/filieres/', STEEL, '/temoignages/', '/actualites/', '/charte-graphique/']) {
        await page.goto(path);
        await expectNoHorizontalScroll(page);
      }
      await page.goto('/filieres/');
      await expect(page.locator('svg[data-chart-svg="narrow"]:visible')).toHaveCount(3);
      await expect(page.locator('svg[data-chart-svg="wide"]:visible')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test('a sector page shows its figures and chart, links its companies, jobs, trainings and stories, and has a BreadcrumbList, with no axe violation', async ({ page }) => {
    const response = await page.goto(STEEL);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidérurgie et métallurgie décarbonées');
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    await expect(crumbs.getByRole('link', { name: 'Filières' })).toHaveAttribute('href', '/filieres/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Sidérurgie et métallurgie décarbonées');
    await expect(page.getByRole('main')).toContainText('Code NAF\u00a0: 24');

    const figures = page.locator('section[aria-labelledby="chiffres-cles"] li');
    await expect(figures).toHaveCount(3);
    await expect(figures.first()).toContainText(`Source\u00a0: ${SOURCE}`);
    // The sector's row of the chart is marked, in the drawing and in the table.
    const chart = page.locator('[data-chart="evolution-effectifs"]');
    await expect(chart.getByRole('rowheader', { name: /Sidérurgie et métallurgie décarbonées \(cette filière\)/ })).toBeVisible();
    await expect(chart.getByRole('img').locator('.chart-row-current rect')).toHaveCount(1);
    await expect(chart.getByRole('rowheader', { name: 'Chimie verte' }).getByRole('link')).toHaveAttribute('href', '/filieres/chimie-verte/');

    for (const [id, folder] of [
      ['entreprises', '/entreprises/'],
      ['metiers', '/metiers/'],
      ['formations', '/formations/'],
      ['temoignages', '/temoignages/'],
    ] as const) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      const links = section.locator(`a[href^="${folder}"]`);
      expect(await links.count(), `links to ${folder}`).toBeGreaterThan(0);
      const target = await links.first().getAttribute('href');
      expect((await page.request.get(target!)).status(), `${target}`).toBe(200);
    }
    await expect(page.getByRole('link', { name: /^Voir les 3\smétiers de la filière/ })).toHaveAttribute(
      'href',
      '/metiers/filiere/siderurgie-metallurgie-decarbonee/',
    );
    await expect(page.getByRole('navigation', { name: 'En bref' }).getByRole('link', { name: /entreprises?$/ })).toHaveAttribute('href', '#entreprises');

    const breadcrumbLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')).find((d) => d['@type'] === 'BreadcrumbList'));
    expect(breadcrumbLd.itemListElement.map((i: { name: string }) => i.name)).toEqual([
      'Accueil',
      'Filières',
      'Sidérurgie et métallurgie décarbonées',
    ]);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('a sector without percentage figure has no chart but its links; the sector’s article, job and company link back to it', async ({ page }) => {
    await page.goto('/filieres/recyclage/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recyclage et économie circulaire');
    await expect(page.locator('[data-chart]')).toHaveCount(0);
    await expect(page.locator('section[aria-labelledby="metiers"] a[href^="/metiers/"]').first()).toBeVisible();

    await page.goto(STEEL);
    const article = page.locator('section[aria-labelledby="actualites"] a').first();
    await expect(article).toHaveAttribute('href', /^\/actualites\/[a-z0-9-]+\/$/);
    await expect(page.locator('section[aria-labelledby="actualites"] time').first()).toHaveText(/\d{4}$/);
    await article.click();
    await expect(page.locator('section[aria-labelledby="filieres"]').getByRole('link', { name: 'Sidérurgie et métallurgie décarbonées' })).toHaveAttribute(
      'href',
      STEEL,
    );

    // The sector's first job and first company link back to the sector page.
    for (const [id, folder] of [
      ['metiers', '/metiers/'],
      ['entreprises', '/entreprises/'],
    ]) {
      await page.goto(STEEL);
      await page.locator(`section[aria-labelledby="${id}"] h3 a[href^="${folder}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${folder}[a-z0-9-]+/$`));
      await expect(page.getByRole('main').getByRole('link', { name: /^Sidérurgie et métallurgie décarbonées$/i }).first()).toHaveAttribute('href', STEEL);
    }
  });
});

test.describe('career stories and news', () => {
  test('/temoignages/ lists every story with filters by sector and audience, with no axe violation', async ({ page }) => {
    const response = await page.goto('/temoignages/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Témoignages');
    const cards = page.getByRole('main').locator('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${await cards.count()}\\stémoignages$`) })).toBeVisible();
    const filters = page.getByRole('navigation', { name: 'Filtrer les témoignages' });
    await expect(filters.getByRole('link', { name: /^Tous les témoignages/ })).toHaveAttribute('aria-current', 'page');
    await expect(filters.getByRole('link', { name: /^Jeunes/ })).toHaveAttribute('href', '/temoignages/public/jeunes/');
    await expect(filters.getByRole('link', { name: /^Chimie verte/ })).toHaveAttribute('href', '/temoignages/filiere/chimie-verte/');
    await expect(cards.getByRole('link', { name: 'Nadia' })).toHaveAttribute('href', '/temoignages/nadia/');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('an audience filter is a plain link that works without JavaScript and shows only that audience’s stories, with no axe violation', async ({ browser, page: jsPage }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/temoignages/');
      const link = page.getByRole('navigation', { name: 'Filtrer les témoignages' }).getByRole('link', { name: /^Seniors/ });
      const count = Number((await link.locator('.filter-count').innerText()).trim());
      expect(count).toBeGreaterThan(0);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/temoignages\/public\/seniors\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Public\u00a0: Seniors');
      const cards = page.getByRole('main').locator('article');
      await expect(cards).toHaveCount(count);
      await expect(page.getByRole('navigation', { name: 'Filtrer les témoignages' }).locator('[aria-current="page"]')).toContainText('Seniors');
      // Each story shown speaks to seniors (its page lists the audience).
      for (const href of await cards.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        await page.goto(href!);
        await expect(page.getByRole('complementary', { name: 'En bref' })).toContainText('Seniors');
      }
    } finally {
      await context.close();
    }
    // axe needs JavaScript: it checks the filter page in a page that runs it.
    await jsPage.goto('/temoignages/public/seniors/');
    await expectNoAxeViolations(jsPage);
  });

  test('a sector filter without any story says so and offers the way back, with no axe violation', async ({ page }) => {
    await page.goto('/temoignages/');
    const filters = page.getByRole('navigation', { name: 'Filtrer les témoignages' });
    const empty = filters.locator('a').filter({ has: page.locator('.filter-count', { hasText: /^\s*0\s*$/ }) }).first();
    const href = await empty.getAttribute('href');
    expect(href).toMatch(/^\/temoignages\/(filiere|public)\/[a-z0-9-]+\/$/);
    await page.goto(href!);
    await expect(page.getByRole('main').locator('article')).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('Aucun témoignage ne correspond à ce filtre pour le moment.');
    await page.getByRole('link', { name: /^Voir tous les témoignages \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/temoignages\/$/);
    await page.goto(href!);
    await expectNoAxeViolations(page);
  });

  test('a story page’s breadcrumb leads to the list', async ({ page }) => {
    await page.goto('/temoignages/nadia/');
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    await expect(crumbs.getByRole('link', { name: 'Témoignages' })).toHaveAttribute('href', '/temoignages/');
  });

  test('/actualites/ lists the articles newest first with their dates in French, and an article’s breadcrumb leads back, with no axe violation', async ({ page }) => {
    const response = await page.goto('/actualites/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actualités');
    const cards = page.getByRole('main').locator('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${await cards.count()}\\sactualités$`) })).toBeVisible();
    const dates = await cards.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    const shown = plain(await cards.first().locator('time').innerText());
    expect(shown).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);

    await cards.first().getByRole('link').click();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Actualités' })).toHaveAttribute('href', '/actualites/');
  });
});

const EN_STEEL = '/en/sectors/siderurgie-metallurgie-decarbonee/';
const WEEKDAY_EN = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH_EN = '(January|February|March|April|May|June|July|August|September|October|November|December)';

test.describe('English sectors, career stories and news', () => {
  test('/en/sectors/ draws the three charts with English texts and numbers (13.7 Mt, 20,000) and English table captions, with no axe violation', async ({ page }) => {
    const response = await page.goto('/en/sectors/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industries and decarbonisation');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText('Industries');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');

    const charts = page.locator('[data-chart]');
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      const title = (await chart.getByRole('heading').first().innerText()).trim();
      await expect(chart.getByRole('img')).toHaveAccessibleName(new RegExp(`^${title.replace(/[()]/g, '\\$&')}`));
      await expect(chart.locator('figure figcaption')).toHaveText(`Source: ${SOURCE}`);
      await expect(chart.getByRole('table').locator('caption')).toHaveText(/^In figures: /);
    }
    await expect(page.locator('[data-chart="part-emissions"] table caption')).toHaveText(
      'In figures: share of the Dunkirk industrial port area in France’s industrial emissions',
    );
    expect(await tableRows(page, 'part-emissions')).toEqual([
      ['Dunkirk industrial port area', 'over 21%', '13.7 Mt CO₂/year'],
      ['Rest of French industry', 'under 79%', 'not published'],
    ]);
    expect(await tableRows(page, 'emplois-attendus')).toEqual([
      ['New direct industrial jobs by 2030', '20,000 jobs', '2030'],
      ['New jobs including indirect and induced jobs, all sectors', '30,000 jobs', '2030'],
    ]);
    expect(await tableRows(page, 'evolution-effectifs')).toEqual([
      ['Glass, cement and minerals', '−13%', '−1,300 jobs'],
      ['Decarbonised steel and metallurgy', '−9%', '−900 jobs'],
      ['Green chemistry', '−8%', '−720 jobs'],
    ]);
    await expect(page.getByRole('img', { name: /^Change in headcount by 2030, by industry/ })).toBeVisible();
    await expect(page.locator('[data-chart="evolution-effectifs"] thead th')).toHaveText(['Industry', 'Change in headcount', 'Jobs']);

    const sectors = page.locator('section[aria-labelledby="liste-filieres"] article');
    expect(await sectors.count()).toBeGreaterThanOrEqual(8);
    await expect(sectors.getByRole('link', { name: 'Decarbonised steel and metallurgy' })).toHaveAttribute('href', EN_STEEL);
    await expect(sectors.first()).toContainText(/\d+\scompan(y|ies) · \d+\sjobs? · \d+\strainings?/);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('an English sector page is in English, links the English pages of its companies, jobs, trainings and stories, and marks French titles lang="fr", with no axe violation', async ({ page }) => {
    const response = await page.goto(EN_STEEL);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decarbonised steel and metallurgy');
    await expect(page.locator('[data-fallback-note]')).toHaveCount(0);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Industries' })).toHaveAttribute('href', '/en/sectors/');
    await expect(page.getByRole('main')).toContainText('NAF code (the French classification of business activities): 24');
    await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();

    const chart = page.locator('[data-chart="evolution-effectifs"]');
    await expect(chart.getByRole('rowheader', { name: /Decarbonised steel and metallurgy \(this industry\)/ })).toBeVisible();
    await expect(chart.getByRole('rowheader', { name: 'Green chemistry' }).getByRole('link')).toHaveAttribute('href', '/en/sectors/chimie-verte/');

    for (const [id, folder] of [
      ['entreprises', '/en/companies/'],
      ['metiers', '/en/jobs/'],
      ['formations', '/en/trainings/'],
      ['temoignages', '/en/stories/'],
    ] as const) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      const links = section.locator(`a[href^="${folder}"]`);
      expect(await links.count(), `links to ${folder}`).toBeGreaterThan(0);
      await expect(section.locator('a[href^="/"]:not([href^="/en/"])'), `French links in ${id}`).toHaveCount(0);
      const target = await links.first().getAttribute('href');
      expect((await page.request.get(target!)).status(), `${target}`).toBe(200);
    }
    await expect(page.getByRole('link', { name: /^See the 3\sjobs of this industry in the list of jobs$/ })).toHaveAttribute(
      'href',
      '/en/jobs/sector/siderurgie-metallurgie-decarbonee/',
    );
    // The stories are not translated: their names and quotes are French, marked so.
    const story = page.locator('section[aria-labelledby="temoignages"] article').first();
    await expect(story.locator('blockquote')).toHaveAttribute('lang', 'fr');
    const article = page.locator('section[aria-labelledby="actualites"] li').first();
    await expect(article.getByRole('link')).toHaveAttribute('lang', 'fr');
    await expect(article.getByRole('link')).toHaveAttribute('href', /^\/en\/news\/[a-z0-9-]+\/$/);
    await expect(article.locator('time')).toHaveText(new RegExp(`^${WEEKDAY_EN}\\s\\d{1,2}\\s${MONTH_EN}\\s\\d{4}$`));
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('/en/stories/ lists every story with English filters leading to /en/stories/sector/ and /en/stories/audience/, French names marked lang="fr", with no axe violation', async ({ page }) => {
    const french = await page.goto('/temoignages/');
    const frenchCount = await page.getByRole('main').locator('article').count();
    expect(french?.status()).toBe(200);

    const response = await page.goto('/en/stories/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career stories');
    const cards = page.getByRole('main').locator('article');
    await expect(cards).toHaveCount(frenchCount);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${frenchCount}\\scareer stories$`) })).toBeVisible();
    const filters = page.getByRole('navigation', { name: 'Filter career stories' });
    await expect(filters.getByRole('link', { name: /^All career stories/ })).toHaveAttribute('aria-current', 'page');
    await expect(filters.getByRole('heading', { name: 'By industry' })).toBeVisible();
    await expect(filters.getByRole('link', { name: /^Young people/ })).toHaveAttribute('href', '/en/stories/audience/jeunes/');
    await expect(filters.getByRole('link', { name: /^Green chemistry/ })).toHaveAttribute('href', '/en/stories/sector/chimie-verte/');
    const nadia = cards.getByRole('link', { name: 'Nadia' });
    await expect(nadia).toHaveAttribute('href', '/en/stories/nadia/');
    await expect(cards.filter({ has: page.getByRole('link', { name: 'Nadia' }) }).locator('blockquote')).toHaveAttribute('lang', 'fr');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('an English audience filter works without JavaScript and shows only that audience’s stories, each page a French fallback with the note', async ({ browser, page: jsPage }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/en/stories/');
      const link = page.getByRole('navigation', { name: 'Filter career stories' }).getByRole('link', { name: /^Over-50s/ });
      const count = Number((await link.locator('.filter-count').innerText()).trim());
      expect(count).toBeGreaterThan(0);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/en\/stories\/audience\/seniors\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Audience: Over-50s');
      const cards = page.getByRole('main').locator('article');
      await expect(cards).toHaveCount(count);
      for (const href of await cards.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/en\/stories\/[a-z0-9-]+\/$/);
        await page.goto(href!);
        await expect(page.locator('[data-fallback-note]')).toContainText('Available in French');
        await expect(page.getByRole('complementary', { name: 'At a glance' })).toContainText('Over-50s');
      }
    } finally {
      await context.close();
    }
    await jsPage.goto('/en/stories/audience/seniors/');
    await expectNoAxeViolations(jsPage);
  });

  test('an English story page shows the « Available in French » note, then the French story marked lang="fr" in an English frame, with no axe violation', async ({ page }) => {
    const response = await page.goto('/en/stories/nadia/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const note = page.getByRole('main').locator('[data-fallback-note]');
    await expect(note).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nadia');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('main').locator('blockquote')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('main').locator('blockquote')).toHaveText(/^\s*«\s.+\s»\s*$/s);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Career stories' })).toHaveAttribute('href', '/en/stories/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Nadia’s story');
    const brief = page.getByRole('complementary', { name: 'At a glance' });
    await expect(brief.locator('a[href^="/"]:not([href^="/en/"])'), 'French links').toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Their path' })).toBeVisible();
    await expect(page.locator('.prose-blocks').first()).toHaveAttribute('lang', 'fr');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('/en/news/ lists the articles newest first with English dates, French titles marked lang="fr", the English feed link, and an article page is a French fallback, with no axe violation', async ({ page }) => {
    const response = await page.goto('/en/news/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByRole('link', { name: 'Follow the news by RSS feed' })).toHaveAttribute('href', '/en/news/rss.xml');
    const cards = page.getByRole('main').locator('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${await cards.count()}\\sarticles$`) })).toBeVisible();
    const dates = await cards.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(plain(await cards.first().locator('time').innerText())).toMatch(new RegExp(`^${WEEKDAY_EN} \\d{1,2} ${MONTH_EN} \\d{4}$`));
    await expect(cards.first().getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'fr');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);

    await cards.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/news\/[a-z0-9-]+\/$/);
    await expect(page.locator('[data-fallback-note]')).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/en/news/');
    await expect(page.getByRole('main').locator('header time')).toHaveText(new RegExp(`^${WEEKDAY_EN}\\s\\d{1,2}\\s${MONTH_EN}\\s\\d{4}$`));
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('an English article names the sectors it concerns in English and links their English pages', async ({ page }) => {
    await page.goto(EN_STEEL);
    const href = await page.locator('section[aria-labelledby="actualites"] a').first().getAttribute('href');
    await page.goto(href!);
    const sectors = page.locator('section[aria-labelledby="filieres"]');
    await expect(sectors.getByRole('heading', { level: 2 })).toHaveText(/^\s*Industr(y|ies) concerned\s*$/);
    await expect(sectors.getByRole('link', { name: 'Decarbonised steel and metallurgy' })).toHaveAttribute('href', EN_STEEL);
  });

  test('the English pages reflow at 320 px without horizontal scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    try {
      for (const path of ['/en/sectors/', EN_STEEL, '/en/stories/', '/en/stories/nadia/', '/en/news/']) {
        await page.goto(path);
        await expectNoHorizontalScroll(page);
      }
    } finally {
      await context.close();
    }
  });
});

test.describe('brand guidelines', () => {
  test('/charte-graphique/ gives each colour its hex value and its contrast ratios with WCAG verdicts in words, with no axe violation', async ({ page }) => {
    const response = await page.goto('/charte-graphique/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charte graphique');
    const cards = page.locator('[data-color-token]');
    expect(await cards.count()).toBeGreaterThanOrEqual(10);
    const text = (await page.locator('[data-color-token="text"] code').first().innerText()).trim();
    for (const card of await cards.all()) {
      const hex = (await card.locator('code').first().innerText()).trim();
      expect(hex).toMatch(/^#[0-9A-F]{6}$/);
      const rows = card.getByRole('table').locator('tbody tr');
      const others = hex === text ? ['#FFFFFF', '#000000'] : ['#FFFFFF', '#000000', text];
      await expect(rows).toHaveCount(others.length);
      for (const [i, other] of others.entries()) {
        const ratio = contrastRatio(hex, other);
        await expect(rows.nth(i).locator('th')).toContainText(other);
        await expect(rows.nth(i).locator('[data-ratio]')).toHaveText(formatRatio(ratio));
        await expect(rows.nth(i).locator('td').last()).toHaveText(contrastVerdict(ratio).words);
      }
    }
    // Known values: the navy on white passes AAA, the yellow on white fails even for large text.
    const navy = page.locator('[data-color-token="primary"]');
    await expect(navy.getByRole('row', { name: /Sur fond blanc/ })).toContainText('11,09:1');
    await expect(navy.getByRole('row', { name: /Sur fond blanc/ })).toContainText('AAA\u00a0: convient à tous les textes');
    const yellow = page.locator('[data-color-token="accent"]');
    await expect(yellow.getByRole('row', { name: /Sur fond blanc/ })).toContainText('Insuffisant pour du texte');

    await expect(page.getByRole('heading', { level: 2, name: 'Polices' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="polices"] li')).toHaveCount(2);
    const logos = page.locator('section[aria-labelledby="logos"] img');
    await expect(logos).toHaveCount(3);
    for (const logo of await logos.all()) await expect(logo).toHaveAttribute('alt', /^Logo /);
    const kit = page.locator('[data-kit-file]');
    expect(await kit.count()).toBeGreaterThanOrEqual(1);
    for (const link of await kit.all()) {
      // A copy served by the site itself: the CMS is not a public server (it is not even running during these tests).
      await expect(link).toHaveAttribute('href', /^\/charte-graphique\/fichiers\/[a-z0-9-]+\.[a-z0-9]+$/);
      expect((await page.request.get((await link.getAttribute('href'))!)).status()).toBe(200);
    }
    await expect(page.locator('main a[href*="/uploads/"]'), 'no download from the CMS').toHaveCount(0);
    await expect(page.locator('section[aria-labelledby="kit"]')).toContainText(/\((PDF|PNG|ZIP|SVG)[^)]*Ko\)/);
    await expect(page.getByRole('heading', { level: 3, name: 'À faire' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'À éviter' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'À éviter' })).toContainText('Ne jamais écrire en jaune sur fond blanc');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });
});
