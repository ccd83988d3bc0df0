import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { adminClient } from '@dk20000/scripts/lib/admin-client';
import { buildSite, serveStatic } from '@dk20000/scripts/lib/site';
import { startStrapi } from '@dk20000/scripts/lib/strapi';
import { expect, expectNoAxeViolations, pageWithoutJavaScript, test } from './fixtures';

/**
 * « Accompagnement » (support solutions, filtered by theme), « Publics » (one page per audience) and « Partenaires »
 * over the site built from the demo content; the empty theme over a site built from a CMS of its own.
 */

const THEMES = ['Logement', 'Mobilité', 'Garde d’enfants', 'Insertion', 'Financement', 'Handicap', 'Santé'];

/** The theme links of the filter of the page shown, with their address, label, count and current mark. */
async function themeLinks(page: Page) {
  const list = page.getByRole('navigation', { name: 'Filtrer les solutions' }).getByRole('list', { name: 'Par thème' });
  return list.getByRole('link').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href') ?? '',
      label: (a.firstChild?.textContent ?? '').trim(),
      count: Number(a.querySelector('.filter-count')?.textContent?.replace(/\s/g, '')),
      current: a.getAttribute('aria-current'),
    })),
  );
}

const results = (page: Page) => page.getByRole('region', { name: /^\d+\ssolutions?/ });

async function expectHeadingsInOrder(page: Page) {
  const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}


test.describe('support solutions', () => {
  test('/accompagnement/ lists every solution with its theme and summary, and the theme filter shows every theme with its count', async ({
    page,
  }) => {
    await page.goto('/accompagnement/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accompagnement');
    const cards = results(page).getByRole('listitem');
    const total = await cards.count();
    expect(total).toBeGreaterThan(5);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^\\s*${total}\\ssolutions\\s*$`));
    for (const card of await cards.all()) {
      await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/accompagnement\/[a-z0-9-]+\/$/);
      await expect(card.locator('p').first()).toHaveText(new RegExp(`^\\s*Thème\u00a0: (${THEMES.join('|')})\\s*$`));
    }
    await expect(page.getByRole('link', { name: new RegExp(`^Toutes les solutions.*${total}\\ssolutions`) })).toHaveAttribute('aria-current', 'page');
    const themes = await themeLinks(page);
    expect(themes.map((t) => t.label)).toEqual(THEMES);
    expect(themes.reduce((sum, t) => sum + t.count, 0)).toBe(total);
    expect(themes.every((t) => t.current === null && /^\/accompagnement\/theme\/[a-z0-9-]+\/$/.test(t.href))).toBe(true);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('without JavaScript, every theme URL shows only the solutions of that theme, its filter marked current', async ({ browser, baseURL }) => {
    const { context, page, outside } = await pageWithoutJavaScript(browser, baseURL);
    await page.goto('/accompagnement/');
    const total = await results(page).getByRole('listitem').count();
    const themes = await themeLinks(page);
    for (const theme of themes) {
      const response = await page.goto(theme.href);
      expect(response?.status(), theme.href).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^\\s*Accompagnement\\s*Thème\u00a0: ${theme.label}\\s*$`));
      const cards = results(page).getByRole('listitem');
      await expect(cards).toHaveCount(theme.count);
      expect(theme.count).toBeLessThan(total);
      for (const card of await cards.all()) await expect(card.locator('p').first()).toHaveText(`Thème\u00a0: ${theme.label}`);
      const marked = (await themeLinks(page)).filter((t) => t.current === 'page').map((t) => t.href);
      expect(marked).toEqual([theme.href]);
      await expect(page.getByRole('link', { name: /^Toutes les solutions/ })).not.toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Accompagnement' })).toHaveAttribute(
        'href',
        '/accompagnement/',
      );
    }
    expect(outside).toEqual([]);
    await context.close();
  });

  test('the theme links are reached with Tab, show a visible focus and are followed with Enter', async ({ page }) => {
    await page.goto('/accompagnement/');
    const target = (await themeLinks(page)).find((t) => t.label === 'Mobilité')!;
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
    await expect(page).toHaveURL(/\/accompagnement\/theme\/mobilite\/$/);
    await expect(results(page).getByRole('listitem')).toHaveCount(target.count);
    await expectNoAxeViolations(page);
  });

  test('a solution page shows for whom, how to access it, where to ask, its provider linked to its partner page, breadcrumbs, Service JSON-LD and a meta description', async ({
    page,
  }) => {
    const response = await page.goto('/accompagnement/conseil-cadres/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Faire le point sur sa carrière de cadre');
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    await expect(crumbs.getByRole('link', { name: 'Accompagnement' })).toHaveAttribute('href', '/accompagnement/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Faire le point sur sa carrière de cadre');

    const forWhom = page.locator('section[aria-labelledby="pour-qui"]');
    await expect(forWhom.getByRole('heading', { level: 2 })).toHaveText('Pour qui\u00a0?');
    await expect(forWhom.getByRole('link', { name: 'Étudiantes et étudiants' })).toHaveAttribute('href', '/publics/etudiants/');
    await expect(page.locator('section[aria-labelledby="acces"]')).toContainText('Inscrivez-vous à une permanence APEC');
    const brief = page.getByRole('complementary', { name: 'En bref' });
    await expect(brief.getByRole('link', { name: 'APEC', exact: true })).toHaveAttribute('href', '/partenaires/apec/');
    await expect(brief.getByRole('link', { name: 'Insertion' })).toHaveAttribute('href', '/accompagnement/theme/insertion/');
    await expect(brief).toContainText('Coût');
    await expect(page.getByRole('heading', { level: 2, name: 'Où en parler près de chez vous' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="lieux"]').getByRole('link').first()).toHaveAttribute('href', /^\/lieux\/[a-z0-9-]+\/$/);
    // The APEC holds monthly desks: they are the solution's next events.
    const events = page.locator('section[aria-labelledby="rendez-vous"]').getByRole('listitem');
    expect(await events.count()).toBeGreaterThan(0);
    await expect(events.first()).toContainText('Permanence');

    const ld = await jsonLd(page);
    const service = ld.find((d) => d['@type'] === 'Service');
    expect(service).toMatchObject({
      name: 'Faire le point sur sa carrière de cadre',
      serviceType: 'Insertion',
      provider: { '@type': 'Organization', name: 'APEC' },
    });
    const breadcrumb = ld.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ name: string }> } | undefined;
    expect(breadcrumb?.itemListElement.map((i) => i.name)).toEqual(['Accueil', 'Accompagnement', 'Faire le point sur sa carrière de cadre']);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(50);
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('the lists, a solution page and a partner page reflow at 320 px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/accompagnement/', '/accompagnement/theme/garde-d-enfants/', '/accompagnement/trouver-un-logement/', '/publics/jeunes/', '/partenaires/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

test.describe('audiences', () => {
  test('/publics/ links the page of every audience', async ({ page }) => {
    await page.goto('/publics/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publics');
    const links = page.getByRole('region', { name: 'Choisissez votre situation' }).getByRole('heading', { level: 3 }).getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const slug of ['jeunes', 'femmes', 'seniors', 'beneficiaires-du-rsa', 'etudiants', 'salaries-en-reconversion', 'talents-hors-bassin', 'habitants-des-qpv']) {
      expect(hrefs).toContain(`/publics/${slug}/`);
    }
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('an audience page lists the support solutions, trainings, jobs, stories and upcoming events for it, each linked to a page naming that audience', async ({
    page,
  }) => {
    const response = await page.goto('/publics/jeunes/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeunes');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Publics' })).toHaveAttribute('href', '/publics/');
    const groups = [
      { id: 'accompagnement', href: /^\/accompagnement\/[a-z0-9-]+\/$/ },
      { id: 'formations', href: /^\/formations\/[a-z0-9-]+\/$/ },
      { id: 'metiers', href: /^\/metiers\/[a-z0-9-]+\/$/ },
      { id: 'temoignages', href: /^\/temoignages\/[a-z0-9-]+\/$/ },
      { id: 'rendez-vous', href: /^\/evenements\/[a-z0-9-]+\/$/ },
    ];
    const linked: Record<string, string[]> = {};
    for (const { id, href } of groups) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      const links = section.getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
      linked[id] = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(linked[id]!.length, id).toBeGreaterThan(0);
      for (const h of linked[id]!) expect(h, id).toMatch(href);
      // The table of contents gives the same count.
      await expect(page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('listitem').filter({ has: page.locator(`a[href="#${id}"]`) })).toContainText(
        `(${linked[id]!.length})`,
      );
    }
    // The full lists for this audience: the trainings filter and the agenda.
    for (const name of [/^Toutes les formations pour ce public/, /^Tous les rendez-vous à venir pour ce public/]) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toMatch(/^\/(formations|agenda)\/public\/jeunes\/$/);
      expect((await page.request.get(href!)).status(), href!).toBe(200);
    }
    // What is listed names the audience: its page links back here.
    for (const id of ['accompagnement', 'formations', 'rendez-vous']) {
      for (const h of linked[id]!.slice(0, 3)) {
        await page.goto(h);
        await expect(page.getByRole('main').locator('a[href="/publics/jeunes/"]').first(), h).toBeVisible();
      }
    }
    await page.goto('/publics/jeunes/');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('partners', () => {
  test('/partenaires/ groups the partners by role, links each to its page, its website as a plain link', async ({ page }) => {
    await page.goto('/partenaires/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partenaires');
    const groupHeadings = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.trim());
    expect(groupHeadings).toEqual(expect.arrayContaining(['Service public de l’emploi', 'Association', 'Financeur', 'Collectivité']));
    const employment = page.getByRole('region', { name: 'Service public de l’emploi' });
    await expect(employment.getByRole('link', { name: 'APEC', exact: true })).toHaveAttribute('href', '/partenaires/apec/');
    await expect(employment.getByRole('link', { name: /apec\.fr/ })).toHaveAttribute('href', 'https://www.apec.fr');
    await expect(page.getByRole('region', { name: 'Association' }).getByRole('link', { name: 'Job Labo' })).toHaveAttribute('href', '/partenaires/job-labo/');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('a partner page lists the support solutions it provides and its upcoming events, and the solution links back to it', async ({ page }) => {
    await page.goto('/partenaires/apec/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('APEC');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Partenaires' })).toHaveAttribute('href', '/partenaires/');
    const solution = page.locator('section[aria-labelledby="accompagnement"]').getByRole('link', { name: 'Faire le point sur sa carrière de cadre' });
    await expect(solution).toHaveAttribute('href', '/accompagnement/conseil-cadres/');
    expect(await page.locator('section[aria-labelledby="rendez-vous"]').getByRole('listitem').count()).toBeGreaterThan(0);
    const org = (await jsonLd(page)).find((d) => d['@type'] === 'Organization');
    expect(org).toMatchObject({ name: 'APEC', sameAs: 'https://www.apec.fr' });
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
    // An event with the partner links to its page.
    await page.locator('section[aria-labelledby="rendez-vous"]').getByRole('listitem').first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('main').locator('a[href="/partenaires/apec/"]')).toBeVisible();
  });
});

test.describe('English support, audiences and partners', () => {
  test('/en/support/ lists every solution in English with the same theme slugs; an untranslated solution shows its French title and summary marked lang="fr"', async ({
    page,
  }) => {
    await page.goto('/accompagnement/');
    const frenchTotal = await results(page).getByRole('listitem').count();
    await page.goto('/en/support/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support');
    const list = page.getByRole('region', { name: /^\d+\ssupport services?/ });
    await expect(list.getByRole('listitem')).toHaveCount(frenchTotal);
    const filter = page.getByRole('navigation', { name: 'Filter the support' }).getByRole('list', { name: 'By theme' });
    const themes = await filter.getByRole('link').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href'), label: (a.firstChild?.textContent ?? '').trim() })),
    );
    expect(themes.map((t) => t.label)).toEqual(['Housing', 'Getting around', 'Childcare', 'Back to work', 'Funding', 'Disability', 'Health']);
    expect(themes.map((t) => t.href)).toContain('/en/support/theme/garde-d-enfants/');
    // The demo has no English support solution: every card is the French one, marked so.
    const card = list.getByRole('listitem').filter({ hasText: 'Faire le point sur sa carrière de cadre' });
    await expect(card.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'fr');
    await expect(card.getByRole('link')).toHaveAttribute('href', '/en/support/conseil-cadres/');
    await expect(card.locator('p').first()).toHaveText('Theme: Back to work');
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);

    await page.goto('/en/support/theme/garde-d-enfants/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\s*Support\s*Theme: Childcare\s*$/);
    const childcare = page.getByRole('region', { name: /^\d+\ssupport services?/ }).getByRole('listitem');
    for (const item of await childcare.all()) await expect(item.locator('p').first()).toHaveText('Theme: Childcare');
    await expect(filter.getByRole('link', { name: /^Childcare/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Support' })).toHaveAttribute('href', '/en/support/');
    await expectNoAxeViolations(page);
  });

  test('an untranslated solution answers at /en/support/<slug>/ with the « Available in French » note, its French text marked lang="fr", English headings and links to English pages', async ({
    page,
  }) => {
    const response = await page.goto('/en/support/conseil-cadres/');
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.locator('[data-fallback-note]')).toContainText('Available in French');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Faire le point sur sa carrière de cadre');
    await expect(h1).toHaveAttribute('lang', 'fr');
    await expect(main.locator('p[lang="fr"]').filter({ hasText: 'APEC' }).first()).toBeVisible();
    await expect(page.locator('section[aria-labelledby="acces"] [lang="fr"]')).toContainText('Inscrivez-vous à une permanence APEC');
    // The note comes before the French text.
    const order = await main.evaluate((m) => {
      const note = m.querySelector('[data-fallback-note]');
      const text = m.querySelector('p.text-xl[lang="fr"]');
      return note && text ? note.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    const forWhom = page.locator('section[aria-labelledby="pour-qui"]');
    await expect(forWhom.getByRole('heading', { level: 2 })).toHaveText('Who is it for?');
    // The audiences are translated: their English names, linking their English pages, without a French mark.
    await expect(forWhom.getByRole('link', { name: 'Students' })).toHaveAttribute('href', '/en/audiences/etudiants/');
    await expect(forWhom.getByRole('link', { name: 'Students' })).not.toHaveAttribute('lang', 'fr');
    const brief = page.getByRole('complementary', { name: 'At a glance' });
    await expect(brief.getByRole('link', { name: 'APEC', exact: true })).toHaveAttribute('href', '/en/partners/apec/');
    await expect(brief.getByRole('link', { name: 'Back to work' })).toHaveAttribute('href', '/en/support/theme/insertion/');
    await expect(page.locator('section[aria-labelledby="lieux"]').getByRole('link').first()).toHaveAttribute('href', /^\/en\/places\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/accompagnement\/conseil-cadres\/$/);
    const service = (await jsonLd(page)).find((d) => d['@type'] === 'Service');
    expect(service).toMatchObject({ serviceType: 'Back to work', url: expect.stringMatching(/\/en\/support\/conseil-cadres\/$/) });
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('/en/audiences/ and an audience page are in English, with no fallback note; French solutions in it are marked lang="fr"', async ({ page }) => {
    await page.goto('/en/audiences/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who it’s for');
    const links = page.getByRole('region', { name: 'Choose your situation' }).getByRole('heading', { level: 3 }).getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const h of hrefs) expect(h).toMatch(/^\/en\/audiences\/[a-z0-9-]+\/$/);
    await expectNoAxeViolations(page);

    await page.goto('/en/audiences/jeunes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Young people');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'fr');
    await expect(page.locator('[data-fallback-note]')).toHaveCount(0);
    const solutions = page.locator('section[aria-labelledby="accompagnement"]');
    await expect(solutions.getByRole('heading', { level: 2 })).toHaveText('Support');
    const first = solutions.getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'fr');
    await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/en\/support\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });

  test('/en/partners/ groups the partners by English role; a partner page links its solutions on the English site', async ({ page }) => {
    await page.goto('/en/partners/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partners');
    const employment = page.getByRole('region', { name: 'Public employment service' });
    await expect(employment.getByRole('link', { name: 'APEC', exact: true })).toHaveAttribute('href', '/en/partners/apec/');
    await expect(page.getByRole('navigation', { name: 'By role' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/en/partners/apec/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('APEC');
    await expect(page.getByRole('main')).toContainText('Partner · Public employment service');
    const solution = page.locator('section[aria-labelledby="accompagnement"]').getByRole('link', { name: 'Faire le point sur sa carrière de cadre' });
    await expect(solution).toHaveAttribute('href', '/en/support/conseil-cadres/');
    const org = (await jsonLd(page)).find((d) => d['@type'] === 'Organization');
    expect(org).toMatchObject({ name: 'APEC', url: expect.stringMatching(/\/en\/partners\/apec\/$/) });
    await expectHeadingsInOrder(page);
    await expectNoAxeViolations(page);
  });
});

// A theme left without any solution: a CMS of its own (demo content) where the only health solution is unpublished.
const STRAPI_PORT = 1410;
const SITE_PORT = 4411;

// Needs its own CMS and build: run in one project only (see playwright.config.ts).
test.describe('a theme without any solution', { tag: '@own-cms' }, () => {
  test.describe.configure({ mode: 'serial' });
  let root: string | undefined;
  let strapi: Awaited<ReturnType<typeof startStrapi>> | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let unpublished: string;

  test.beforeAll(async () => {
    // Starting a CMS with the demo content and building the site take minutes on a busy machine.
    test.setTimeout(600_000);
    root = mkdtempSync(join(tmpdir(), 'dk-support-empty-'));
    strapi = await startStrapi({ dataDir: join(root, 'cms'), port: STRAPI_PORT, seedDemo: true });
    const uid = 'api::support-solution.support-solution';
    const found = (await (
      await fetch(`${strapi.url}/api/support-solutions?filters[theme][$eq]=health&locale=fr`, { headers: { Authorization: `Bearer ${strapi.token}` } })
    ).json()) as { data: Array<{ documentId: string; slug: string }> };
    expect(found.data.length).toBeGreaterThan(0);
    const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    for (const s of found.data) await admin.unpublish(uid, s.documentId);
    unpublished = found.data[0]!.slug;
    const { outDir } = await buildSite({ strapiUrl: strapi.url, token: strapi.token, outDir: join(root, 'site'), quiet: true });
    await strapi.stop();
    site = await serveStatic(outDir, SITE_PORT);
  });

  // Also after a failed or timed-out setup: nothing this file started keeps running.
  test.afterAll(async () => {
    await strapi?.stop();
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('its page still answers, says so and offers a way back to every solution; its filter counts zero and the solution page is gone', async ({
    page,
  }) => {
    const base = `http://127.0.0.1:${SITE_PORT}`;
    await page.goto(`${base}/accompagnement/`);
    const health = (await themeLinks(page)).find((t) => t.label === 'Santé');
    expect(health).toMatchObject({ count: 0, href: '/accompagnement/theme/sante/' });
    const total = await results(page).getByRole('listitem').count();

    const response = await page.goto(`${base}/accompagnement/theme/sante/`);
    expect(response?.status()).toBe(200);
    await expect(results(page).getByRole('listitem')).toHaveCount(0);
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(/^\s*0\ssolution\s*/);
    await expect(page.getByRole('main')).toContainText('Aucune solution d’accompagnement n’est proposée pour ce thème pour le moment.');
    expect((await themeLinks(page)).filter((t) => t.current === 'page').map((t) => t.label)).toEqual(['Santé']);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: `Voir toutes les solutions (${total})` }).click();
    await expect(page).toHaveURL(/\/accompagnement\/$/);
    await expect(results(page).getByRole('listitem')).toHaveCount(total);

    expect((await page.goto(`${base}/accompagnement/${unpublished}/`))?.status()).toBe(404);
  });
});
