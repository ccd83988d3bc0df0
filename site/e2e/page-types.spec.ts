import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { dictionary } from '../src/i18n';
import { homeHref, rootPageHref, sectionHref, subHref } from '../src/i18n/routes';
import { ACCESSIBILITY_SLUG, sitePages } from '../src/lib/site';
import { langOfPath, MISSING_PATH, pageTypes, siteCrawl } from './page-types';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The page-type harness: one page of every kind the built site has (found by crawling it, so new sections are
 * checked as soon as they land), each put through the checks every page must pass. Failures are collected for
 * every page type before the test fails, so one run lists them all.
 */

// `$comment` documents the rule changes in the file itself; html-validate does not accept it.
const { $comment: _why, ...htmlValidateConfig } = JSON.parse(
  readFileSync(new URL('../.htmlvalidaterc.json', import.meta.url), 'utf8'),
) as ConfigData & { $comment?: string };
const htmlValidate = new HtmlValidate(htmlValidateConfig);

const site = siteCrawl;

/** Slugs of two CMS pages of the demo; their English versions keep the French slug. */
const LEGAL_SLUG = 'mentions-legales';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe.configure({ timeout: 600_000 });

test.describe('page types of the built site', () => {
  test('the crawl finds the home, the lists, their filter pages, the detail pages, the site map, the search page and the 404', async ({
    baseURL,
  }) => {
    const { pages } = await site(baseURL);
    const patterns = pageTypes(pages).map((type) => type.pattern);
    for (const expected of [
      '/',
      '/entreprises/',
      '/entreprises/*',
      '/metiers/',
      '/metiers/*',
      '/metiers/filiere/*',
      '/formations/*',
      '/lieux/*',
      '/plan-du-site/',
      '/recherche/',
      '/accessibilite/',
      '404',
    ]) {
      expect(patterns, `page type ${expected}`).toContain(expected);
    }
  });

  test('the crawl finds the English pages as page types of their own: home, lists, filter and detail pages, site map, search page and a CMS page under /en/', async ({
    baseURL,
  }) => {
    const { pages } = await site(baseURL);
    const patterns = pageTypes(pages).map((type) => type.pattern);
    for (const expected of [
      homeHref('en'),
      sectionHref('en', 'companies'),
      `${sectionHref('en', 'companies')}*`,
      sectionHref('en', 'jobs'),
      `${sectionHref('en', 'jobs')}*`,
      `${subHref('en', 'jobs', 'filiere')}*`,
      `${sectionHref('en', 'trainings')}*`,
      `${sectionHref('en', 'venues')}*`,
      `${sectionHref('en', 'events')}*`,
      sectionHref('en', 'siteMap'),
      sectionHref('en', 'search'),
      rootPageHref('en', ACCESSIBILITY_SLUG),
    ]) {
      expect(patterns, `page type ${expected}`).toContain(expected);
    }
    // An English page never joins a French type, nor the other way round.
    for (const type of pageTypes(pages)) {
      if (type.pattern === '404') continue;
      expect.soft(langOfPath(type.path), `language of ${type.path}, representative of ${type.pattern}`).toBe(langOfPath(type.pattern));
    }
  });

  test('every internal link of every page leads to a page or file that exists', async ({ baseURL }) => {
    const { pages, broken } = await site(baseURL);
    expect(pages.length).toBeGreaterThan(20);
    expect(broken, 'links answering anything but 200 (href, status, a page that links it)').toEqual([]);
  });

  test('every page type has zero axe violations (WCAG 2.1 A and AA)', async ({ page, baseURL }) => {
    for (const type of pageTypes((await site(baseURL)).pages)) {
      await test.step(`${type.pattern} (${type.path})`, async () => {
        await page.goto(type.path);
        await expectNoAxeViolations(page, { soft: true });
      });
    }
  });

  test('every page type is valid HTML for html-validate (recommended rules, .htmlvalidaterc.json)', async ({ baseURL }) => {
    const { pages } = await site(baseURL);
    for (const type of pageTypes(pages)) {
      const html = pages.find((p) => p.path === type.path)?.html ?? '';
      const report = await htmlValidate.validateString(html, `${type.path}index.html`);
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message} (${m.selector ?? ''})`),
      );
      expect.soft(messages, `html-validate on ${type.pattern} (${type.path})`).toEqual([]);
    }
  });

  test('on every page type the first Tab reaches the skip link in the page’s language, and Enter moves focus to the main content', async ({
    page,
    baseURL,
  }) => {
    for (const type of pageTypes((await site(baseURL)).pages)) {
      await page.goto(type.path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: dictionary(langOfPath(type.path)).frame.skipLink });
      await expect.soft(skip, `skip link first on ${type.path}`).toBeFocused();
      await expect.soft(skip, `skip link visible on focus on ${type.path}`).toBeVisible();
      await page.keyboard.press('Enter');
      await expect.soft(page.locator('main#contenu'), `main focused after the skip link on ${type.path}`).toBeFocused();
    }
  });

  test('every page type reflows at 320 px wide without horizontal scrolling', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const type of pageTypes((await site(baseURL)).pages)) {
      await page.goto(type.path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Content that a scrolling or clipping box holds (a data table may scroll, WCAG 1.4.10) does not count.
        const held = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          }
          return false;
        };
        const wider = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
          .filter((el) => !el.closest('.sr-only-focusable, .sr-only') && !held(el))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].slice(0, 3).join('.')}`);
        return { scroll: document.documentElement.scrollWidth - width, wider };
      });
      expect.soft(overflow, `horizontal overflow at 320 px on ${type.pattern} (${type.path})`).toEqual({ scroll: 0, wider: [] });
    }
  });

  test('every page type’s footer links, in the page’s language, the accessibility statement with its RGAA status, the legal notice, the site map and the relay points', async ({
    page,
    baseURL,
  }) => {
    for (const type of pageTypes((await site(baseURL)).pages)) {
      const lang = langOfPath(type.path);
      const frame = dictionary(lang).frame;
      const statuses = Object.values(frame.conformity).filter((value) => value !== frame.conformity.separator);
      await page.goto(type.path);
      const footer = page.getByRole('contentinfo');
      const where = `footer of ${type.pattern} (${type.path})`;
      const accessibility = new RegExp(
        `^${escapeRegExp(frame.footerLinks.accessibility)}\\s?${escapeRegExp(frame.conformity.separator.trim())}\\s(${statuses.map(escapeRegExp).join('|')})$`,
      );
      await expect.soft(footer.getByRole('link', { name: accessibility }), where).toHaveAttribute('href', rootPageHref(lang, ACCESSIBILITY_SLUG));
      await expect
        .soft(footer.getByRole('link', { name: frame.footerLinks.legal, exact: true }), where)
        .toHaveAttribute('href', rootPageHref(lang, LEGAL_SLUG));
      const { siteMap, relays } = sitePages(lang);
      await expect.soft(footer.getByRole('link', { name: siteMap.label, exact: true }), where).toHaveAttribute('href', siteMap.href);
      await expect.soft(footer.getByRole('link', { name: frame.footer.relaysLink }), where).toHaveAttribute('href', relays.href);
    }
  });

  test('no page type sends a request outside 127.0.0.1 or sets a cookie on load', async ({ page, baseURL, outsideRequests }) => {
    for (const type of pageTypes((await site(baseURL)).pages)) {
      const response = await page.goto(type.path, { waitUntil: 'networkidle' });
      expect.soft(response?.status(), type.path).toBe(type.path === MISSING_PATH ? 404 : 200);
      expect.soft(await page.context().cookies(), `cookies after loading ${type.path}`).toEqual([]);
      expect.soft(
        await page.evaluate(() => document.cookie),
        `document.cookie on ${type.path}`,
      ).toBe('');
    }
    // The fixture fails the test on any request that left 127.0.0.1; listed here too, with the page types loaded.
    expect(outsideRequests).toEqual([]);
  });
});
