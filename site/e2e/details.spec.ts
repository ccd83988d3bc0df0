import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectOnlyMenuScript, test } from './fixtures';

const FRENCH_DATE = /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})\u00a0\S+\u00a0\d{4}/;

interface DetailPages {
  jobs: string[];
  trainings: string[];
  stories: string[];
  events: string[];
  articles: string[];
}

async function linksIn(page: Page, prefix: string): Promise<string[]> {
  return page
    .getByRole('main')
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
    // Detail pages only (/metiers/<slug>/): not the list pages the breadcrumbs link, nor their filter pages.
    .then((hrefs) => hrefs.filter((href) => href.split('/').length === 4));
}

/**
 * The detail pages a reader reaches by following links: jobs, stories and events from the company pages and the
 * home page, trainings from the job pages; articles (no list page yet) through the search index.
 */
async function discover(browser: Browser): Promise<DetailPages> {
  const page = await browser.newPage();
  const found = { jobs: new Set<string>(), trainings: new Set<string>(), stories: new Set<string>(), events: new Set<string>() };
  const collect = async () => {
    for (const href of await linksIn(page, '/metiers/')) found.jobs.add(href);
    for (const href of await linksIn(page, '/formations/')) found.trainings.add(href);
    for (const href of await linksIn(page, '/temoignages/')) found.stories.add(href);
    for (const href of await linksIn(page, '/evenements/')) found.events.add(href);
  };
  await page.goto('/');
  await collect();
  await page.goto('/entreprises/');
  const companies = new Set(
    (await linksIn(page, '/entreprises/')).filter((href) => href !== '/entreprises/'),
  );
  for (const href of companies) {
    await page.goto(href);
    await collect();
  }
  for (const href of [...found.jobs]) {
    await page.goto(href);
    await collect();
  }
  // Articles have no list page yet: the search index knows them.
  await page.goto('/recherche/');
  const articles = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search('emploi');
    const urls: string[] = await Promise.all(
      search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
    );
    return urls.filter((url) => url.startsWith('/actualites/'));
  });
  await page.close();
  return {
    jobs: [...found.jobs].sort(),
    trainings: [...found.trainings].sort(),
    stories: [...found.stories].sort(),
    events: [...found.events].sort(),
    articles: [...new Set(articles)].sort(),
  };
}

/** The text of the description of a term of the « En bref » / « Infos pratiques » box. */
function fact(page: Page, term: string) {
  return page.locator('dl > div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd');
}

async function openDetail(page: Page, href: string): Promise<string> {
  const response = await page.goto(href);
  expect(response?.status(), href).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  await expectOnlyMenuScript(page);
  await expect(page.locator('iframe, video')).toHaveCount(0);
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(title.length, href).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')).not.toBeEmpty();
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0, `meta description of ${href}`).toBeGreaterThanOrEqual(20);
  return title;
}

/** Every page on the desktop project; the first three of each type on the phone (same components, narrower layout). */
function sample(list: string[]): string[] {
  return test.info().project.name === 'desktop' ? list : list.slice(0, 3);
}

let pages: DetailPages;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  pages = await discover(browser);
});

test.describe('detail pages', () => {
  test.describe.configure({ timeout: 240_000 });

  test('job pages (all on desktop, three on a phone) show their title, ROME code, access level and how to train for it, with no axe violation', async ({ page }) => {
    expect(pages.jobs.length).toBeGreaterThan(1);
    for (const href of sample(pages.jobs)) {
      expect(href).toMatch(/^\/metiers\/[a-z0-9-]+\/$/);
      await openDetail(page, href);
      await expect(page.getByRole('heading', { level: 2, name: 'En bref' })).toBeVisible();
      await expect(fact(page, 'Code ROME')).toHaveText(/^[A-N]\d{4}$/);
      await expect(fact(page, 'Niveau d’accès')).not.toBeEmpty();
      await expect(page.getByRole('heading', { level: 2, name: 'Se former à ce métier' })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('training pages (all on desktop, three on a phone) show their duration, level and upcoming sessions in French, with no axe violation', async ({ page }) => {
    expect(pages.trainings.length).toBeGreaterThan(1);
    for (const href of sample(pages.trainings)) {
      expect(href).toMatch(/^\/formations\/[a-z0-9-]+\/$/);
      await openDetail(page, href);
      await expect(fact(page, 'Durée')).not.toBeEmpty();
      await expect(fact(page, 'Niveau visé')).not.toBeEmpty();
      const sessions = page.getByRole('region', { name: 'Prochaines sessions' });
      await expect(sessions).toBeVisible();
      for (const date of await sessions.locator('time').all()) {
        await expect(date).toHaveText(FRENCH_DATE);
        expect(await date.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      await expectNoAxeViolations(page);
    }
  });

  test('career story pages (all on desktop, three on a phone) show the person, their role and their quote, with no axe violation', async ({ page }) => {
    expect(pages.stories.length).toBeGreaterThan(1);
    for (const href of sample(pages.stories)) {
      expect(href).toMatch(/^\/temoignages\/[a-z0-9-]+\/$/);
      const name = await openDetail(page, href);
      await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText(`Témoignage de ${name}`);
      await expect(page.locator('article blockquote').first()).toHaveText(/^\s*«.+»\s*$/s);
      await expectNoAxeViolations(page);
    }
  });

  test('event pages linked from the home and company pages (all on desktop, three on a phone) show their date and time in French, their venue and registration, with no axe violation', async ({ page }) => {
    expect(pages.events.length).toBeGreaterThan(1);
    for (const href of sample(pages.events)) {
      expect(href).toMatch(/^\/evenements\/[a-z0-9-]+\/$/);
      await openDetail(page, href);
      const when = page.locator('article header time');
      await expect(when).toHaveText(FRENCH_DATE);
      await expect(when).toHaveText(/\d{1,2}\u00a0h\u00a0\d{2}/);
      expect(Date.parse((await when.getAttribute('datetime')) ?? '')).not.toBeNaN();
      await expect(page.getByRole('heading', { level: 2, name: 'Infos pratiques' })).toBeVisible();
      await expect(fact(page, 'Où')).not.toBeEmpty();
      await expect(fact(page, 'Inscription')).not.toBeEmpty();
      await expectNoAxeViolations(page);
    }
  });

  test('article pages (all on desktop, three on a phone) show their headline, date and text, with no axe violation', async ({ page }) => {
    expect(pages.articles.length).toBeGreaterThan(0);
    for (const href of sample(pages.articles)) {
      expect(href).toMatch(/^\/actualites\/[a-z0-9-]+\/$/);
      await openDetail(page, href);
      await expect(page.locator('article header time')).toHaveText(FRENCH_DATE);
      await expect(page.locator('article .prose-blocks p').first()).not.toBeEmpty();
      await expectNoAxeViolations(page);
    }
  });

  test('links between detail pages never lead to a missing page', async ({ page, request }) => {
    const checked = new Map<string, number>();
    const samples = [pages.jobs, pages.trainings, pages.stories, pages.events, pages.articles].flatMap((list) => list.slice(0, 3));
    for (const href of samples) {
      await page.goto(href);
      const links = await page
        .getByRole('main')
        .locator('a[href^="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const link of links) {
        if (!checked.has(link)) checked.set(link, (await request.get(link)).status());
        expect(checked.get(link), `${link} (linked from ${href})`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(5);
  });
});

/** Every same-site link of the main content answers 200. */
async function expectLinksAlive(page: Page, request: import('@playwright/test').APIRequestContext) {
  const links = await page
    .getByRole('main')
    .locator('a[href^="/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  for (const link of links) expect((await request.get(link)).status(), `${link} (linked from ${page.url()})`).toBe(200);
  return links;
}

test.describe('English detail pages', () => {
  test('a translated company page renders in English under /en/companies/, without the fallback note, its job and sector links on the English site and alive', async ({
    page,
    request,
  }) => {
    await page.goto('/en/companies/');
    const href = await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/en\/companies\/[a-z0-9-]+\/$/);
    await page.goto(href!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).toBeVisible();
    await expect(fact(page, 'Presence in the area')).toHaveText(/ (is setting up|is expanding|is established)/);
    await expect(page.locator('[data-fallback-note]')).toHaveCount(0);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Companies' })).toHaveAttribute('href', '/en/companies/');
    const links = await expectLinksAlive(page, request);
    // The catalogue's own links (jobs, sectors, companies, trainings) stay on the English site.
    expect(links.filter((link) => /^\/(entreprises|metiers|formations|filieres)\//.test(link))).toEqual([]);
    expect(links.filter((link) => link.startsWith('/en/jobs/')).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test('an English job page shows English labels and links its French-only trainings to their English fallback pages, names marked lang="fr"', async ({
    page,
    request,
  }) => {
    await page.goto('/en/jobs/');
    const jobs = await page
      .getByRole('region', { name: /^\d+\sjobs/ })
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    let checked = 0;
    for (const href of jobs) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).toBeVisible();
      await expect(fact(page, 'ROME code')).toHaveText(/^[A-N]\d{4}$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Training for this job' })).toBeVisible();
      const trainings = page.getByRole('list', { name: /^Trainings leading to the job / }).getByRole('link');
      if ((await trainings.count()) === 0) continue;
      for (const training of await trainings.all()) {
        await expect(training).toHaveAttribute('href', /^\/en\/trainings\/[a-z0-9-]+\/$/);
        await expect(training).toHaveAttribute('lang', 'fr');
      }
      await expectLinksAlive(page, request);
      await expectNoAxeViolations(page);
      checked++;
      if (checked === 2) break;
    }
    expect(checked, 'English job pages with trainings').toBeGreaterThan(0);
  });

  test('an untranslated training’s English page shows the “Available in French” note, its French text marked lang="fr" and English interface text', async ({
    page,
    request,
  }) => {
    await page.goto('/en/trainings/');
    const href = await page.getByRole('region', { name: /^\d+\strainings/ }).getByRole('heading', { level: 3 }).getByRole('link').first().getAttribute('href');
    const response = await page.goto(href!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const note = page.locator('[data-fallback-note]');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Next sessions' })).toBeVisible();
    await expect(fact(page, 'Duration')).toHaveAttribute('lang', 'fr');
    await expect(fact(page, 'Level reached')).not.toHaveAttribute('lang', 'fr');
    await expect(page.locator('main p[lang="fr"]').first()).not.toBeEmpty();
    await expect(page.getByRole('main')).not.toContainText(/En bref|Prochaines sessions|Niveau visé/);
    await expectLinksAlive(page, request);
    await expectNoAxeViolations(page);
  });
});
