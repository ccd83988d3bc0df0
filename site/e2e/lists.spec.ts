import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, pageWithoutJavaScript, test } from './fixtures';

const FRENCH_DATE = /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})\u00a0\S+\u00a0\d{4}/;

/** The links of one filter group of the list page shown, with their address, label and count. */
async function filterLinks(page: Page, group: string) {
  const list = page.getByRole('navigation', { name: /^Filtrer les/ }).getByRole('list', { name: group });
  return list.getByRole('link').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href') ?? '',
      label: (a.firstChild?.textContent ?? '').trim(),
      count: Number(a.querySelector('.filter-count')?.textContent?.replace(/\s/g, '')),
      current: a.getAttribute('aria-current'),
    })),
  );
}

function results(page: Page) {
  return page.getByRole('region', { name: /^\d+\s(métier|formation)s?/ });
}

async function expectHeadingsInOrder(page: Page) {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
}


test.describe('job list', () => {
  test('/metiers/ shows every job with both titles, ROME code and access level, and filters by sector and level with counts', async ({
    page,
  }) => {
    await page.goto('/metiers/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText('Accueil');
    const cards = results(page).getByRole('listitem');
    const total = await cards.count();
    expect(total).toBeGreaterThan(5);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^\\s*${total}\\smétiers\\s*$`));
    for (const card of await cards.all()) {
      await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/metiers\/[a-z0-9-]+\/$/);
      await expect(card).toContainText('Code ROME');
      await expect(card).toContainText(/[A-N]\d{4}/);
      await expect(card).toContainText('Niveau d’accès');
    }
    await expect(results(page)).toContainText('Au féminin\u00a0:');
    await expect(results(page)).toContainText('Au masculin\u00a0:');
    await expect(results(page)).toContainText(/Salaire brut mensuel/);
    await expect(results(page)).toContainText(/\d\u00a0€ brut par mois/);

    const all = page.getByRole('link', { name: new RegExp(`^Tous les métiers.*${total}\\smétiers`) });
    await expect(all).toHaveAttribute('aria-current', 'page');
    const levels = await filterLinks(page, 'Par niveau d’accès');
    expect(levels.map((l) => l.label)).toEqual(['Sans diplôme', 'CAP/BEP', 'Bac', 'Bac+2', 'Bac+3', 'Bac+5']);
    expect(levels.reduce((sum, l) => sum + l.count, 0)).toBe(total);
    expect(levels.every((l) => l.current === null && /^\/metiers\/niveau\/[a-z0-9-]+\/$/.test(l.href))).toBe(true);
    const sectors = await filterLinks(page, 'Par filière');
    expect(sectors.length).toBeGreaterThan(1);
    expect(sectors.every((s) => /^\/metiers\/filiere\/[a-z0-9-]+\/$/.test(s.href))).toBe(true);

    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('a job page’s breadcrumb leads back to /metiers/', async ({ page }) => {
    await page.goto('/metiers/');
    await results(page).getByRole('heading', { level: 3 }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/metiers\/[a-z0-9-]+\/$/);
    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Métiers' }).click();
    await expect(page).toHaveURL(/\/metiers\/$/);
  });
});

test.describe('training list', () => {
  test('/formations/ shows every training with format, level, duration, next session in French and cost, filtered by format, level and audience', async ({
    page,
  }) => {
    await page.goto('/formations/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations');
    const cards = results(page).getByRole('listitem');
    const total = await cards.count();
    expect(total).toBeGreaterThan(2);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^\\s*${total}\\sformations\\s*$`));
    for (const card of await cards.all()) {
      await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/formations\/[a-z0-9-]+\/$/);
      for (const term of ['Format', 'Niveau visé', 'Durée', 'Prochaine session']) await expect(card.getByText(term, { exact: true })).toBeVisible();
    }
    await expect(results(page)).toContainText(FRENCH_DATE);
    await expect(results(page)).toContainText(/Gratuite|Rémunérée/);

    const formats = await filterLinks(page, 'Par format');
    expect(formats.map((f) => f.label)).toEqual(['Formation initiale', 'Alternance', 'Formation continue', 'Reconversion']);
    expect(formats.reduce((sum, f) => sum + f.count, 0)).toBe(total);
    expect((await filterLinks(page, 'Par niveau visé')).reduce((sum, f) => sum + f.count, 0)).toBe(total);
    const audiences = await filterLinks(page, 'Par public');
    expect(audiences.length).toBeGreaterThan(1);
    expect(audiences.every((a) => /^\/formations\/public\/[a-z0-9-]+\/$/.test(a.href))).toBe(true);

    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('list filters', () => {
  test('without JavaScript, a job level, a job sector, a training format and an audience URL show only their entries, the filter marked current', async ({
    browser,
    baseURL,
  }) => {
    const { context, page, outside } = await pageWithoutJavaScript(browser, baseURL);
    const checks = [
      { list: '/metiers/', group: 'Par niveau d’accès', term: 'Niveau d’accès' },
      { list: '/metiers/', group: 'Par filière', term: 'Filière' },
      { list: '/formations/', group: 'Par format', term: 'Format' },
    ];
    for (const { list, group, term } of checks) {
      await page.goto(list);
      const option = (await filterLinks(page, group)).find((o) => o.count > 0 && o.count < 100);
      expect(option, `${list} ${group}`).toBeDefined();
      const total = await results(page).getByRole('listitem').count();
      expect(option!.count).toBeLessThan(total);
      await page.goto(option!.href);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(new RegExp(`\\s:\\s${option!.label.replace(/[+/]/g, '\\$&')}\\s*$`));
      const cards = results(page).getByRole('listitem');
      await expect(cards).toHaveCount(option!.count);
      for (const card of await cards.all()) {
        await expect(card.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('+ dd')).toHaveText(option!.label);
      }
      const marked = (await filterLinks(page, group)).filter((o) => o.current === 'page');
      expect(marked.map((o) => o.href)).toEqual([option!.href]);
      await expect(page.getByRole('link', { name: /^Tou(s|tes) les/ })).not.toHaveAttribute('aria-current', 'page');
    }

    // Audiences: a training open to several publics appears under each of them.
    await page.goto('/formations/');
    const audience = (await filterLinks(page, 'Par public')).find((o) => o.count > 0);
    expect(audience).toBeDefined();
    await page.goto(audience!.href);
    await expect(results(page).getByRole('listitem')).toHaveCount(audience!.count);
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Formations' })).toHaveAttribute(
      'href',
      '/formations/',
    );
    expect(outside).toEqual([]);
    await context.close();
  });

  test('the filter links are reached with Tab, show a visible focus and are followed with Enter', async ({ page }) => {
    await page.goto('/formations/');
    const target = (await filterLinks(page, 'Par format')).find((o) => o.count > 0)!;
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, target.href);
    }
    expect(reached, `${target.href} reached with Tab`).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target.href}$`));
    await expect(results(page).getByRole('listitem')).toHaveCount(target.count);
    const marked = (await filterLinks(page, 'Par format')).filter((o) => o.current === 'page');
    expect(marked.map((o) => o.href)).toEqual([target.href]);
    await expectNoAxeViolations(page);
  });

  test('the lists and a filter page reflow at 320 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/metiers/', '/formations/', '/metiers/niveau/cap-bep/', '/formations/format/alternance/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });
});

/** The links of one filter group of an English list page. */
async function englishFilterLinks(page: Page, group: string) {
  const list = page.getByRole('navigation', { name: /^Filter / }).getByRole('list', { name: group });
  return list.getByRole('link').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href') ?? '',
      label: (a.firstChild?.textContent ?? '').trim(),
      count: Number(a.querySelector('.filter-count')?.textContent?.replace(/\D/g, '')),
      current: a.getAttribute('aria-current'),
    })),
  );
}

function englishResults(page: Page) {
  return page.getByRole('region', { name: /^\d+\s(jobs?|trainings?)/ });
}

test.describe('English lists', () => {
  test('/en/jobs/ lists the jobs in English, links their English pages and filters by industry and entry level under /en/jobs/', async ({
    page,
  }) => {
    await page.goto('/en/jobs/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobs');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');
    const cards = englishResults(page).getByRole('listitem');
    const total = await cards.count();
    expect(total).toBeGreaterThan(5);
    await expect(englishResults(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^\\s*${total}\\sjobs\\s*$`));
    for (const card of await cards.all()) {
      await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/en\/jobs\/[a-z0-9-]+\/$/);
      await expect(card).toContainText('ROME code');
      await expect(card).toContainText('Entry level');
    }
    await expect(englishResults(page)).toContainText(/€\d[\d,]* to €\d[\d,]* gross a month/);
    await expect(englishResults(page)).not.toContainText('Niveau d’accès');

    const levels = await englishFilterLinks(page, 'By entry level');
    expect(levels.map((l) => l.label)).toContain('No qualification');
    expect(levels.reduce((sum, l) => sum + l.count, 0)).toBe(total);
    // An enumeration's filter page has the same slug in both languages (the language switcher maps them one to one).
    expect(levels.map((l) => l.href)).toContain('/en/jobs/level/sans-diplome/');
    const sectors = await englishFilterLinks(page, 'By industry');
    expect(sectors.length).toBeGreaterThan(1);
    expect(sectors.every((s) => /^\/en\/jobs\/sector\/[a-z0-9-]+\/$/.test(s.href))).toBe(true);

    const option = sectors.find((s) => s.count > 0 && s.count < total)!;
    await page.goto(option.href);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Industry: ${option.label}`);
    await expect(englishResults(page).getByRole('listitem')).toHaveCount(option.count);
    await expect(page.getByRole('link', { name: /^All jobs/ })).not.toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
  });

  test('/en/trainings/ lists the French-only trainings with their titles marked lang="fr", English labels and English dates', async ({
    page,
  }) => {
    await page.goto('/en/trainings/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainings');
    const cards = englishResults(page).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThan(3);
    for (const card of await cards.all()) {
      const title = card.getByRole('heading', { level: 3 }).getByRole('link');
      await expect(title).toHaveAttribute('href', /^\/en\/trainings\/[a-z0-9-]+\/$/);
      // The demo has no English training: each one is a French fallback.
      await expect(title).toHaveAttribute('lang', 'fr');
      await expect(card).toContainText('Level reached');
      await expect(card).toContainText('Next session');
    }
    await expect(englishResults(page)).not.toContainText(/Prochaine session|Niveau visé/);
    await expect(englishResults(page)).not.toContainText(FRENCH_DATE);
    for (const group of ['By format', 'By level reached', 'By audience']) {
      const links = await englishFilterLinks(page, group);
      expect(links.length, group).toBeGreaterThan(0);
      expect(links.every((l) => l.href.startsWith('/en/trainings/')), group).toBe(true);
    }
    await expectNoAxeViolations(page);
  });

  test('/en/companies/ shows the companies in English with English presence badges, each linking its English page', async ({ page }) => {
    await page.goto('/en/companies/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Companies');
    await expect(page.getByRole('main')).toContainText(/\d+\scompanies, [\d,]+\sjobs planned in all/);
    const names = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(await names.count()).toBeGreaterThan(3);
    for (const href of await names.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/en\/companies\/[a-z0-9-]+\/$/);
    }
    await expect(page.getByRole('main')).toContainText(/Setting up|Expanding|Established/);
    await expect(page.getByRole('main')).not.toContainText(/S’installe|Se développe|emplois prévus/);
    await expectNoAxeViolations(page);
  });
});
