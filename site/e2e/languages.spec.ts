import type { Page } from '@playwright/test';
import { dictionary, type Lang, locales, otherLang } from '../src/i18n';
import { LANGS } from '../src/i18n/lang';
import { homeHref, type Section, sectionHref, sections } from '../src/i18n/routes';
import { mainNav } from '../src/lib/site';
import { expect, test } from './fixtures';
import {
  builtPages,
  langOfPath,
  matchesPattern,
  MISSING_PATH,
  pageTypes,
  patternIn,
  sectionOfPath,
  siteCrawl,
  tags,
} from './page-types';

/**
 * The two languages of the site: the language switcher of every page type, the hreflang alternates of every built
 * page, the « Available in French » fallback of entries not translated yet, and English interface text on English
 * pages. Page types come from the crawl of the built site (page-types.ts); addresses from the routes table.
 */

test.describe.configure({ timeout: 300_000 });

const SWITCH = 'header a[data-lang-switch]';

/** The page types of one group: a section of the routes table, or `pages` (CMS pages at the root of each language). */
async function typesOf(baseURL: string | undefined, group: Section | 'pages') {
  return pageTypes((await siteCrawl(baseURL)).pages).filter(
    (type) => type.pattern !== '404' && (sectionOfPath(type.pattern) ?? 'pages') === group,
  );
}

/** The counterpart a page's switcher must lead to: the same page type in the other language (a CMS page: any page at its root). */
function counterpartMatches(pattern: string, path: string, to: Lang): boolean {
  const translated = patternIn(pattern, to);
  if (translated !== undefined) return matchesPattern(path, translated);
  return matchesPattern(path, `${homeHref(to)}*/`) && sectionOfPath(path) === undefined;
}

/**
 * The text of the elements matched by `selector` that is in the page's language (outside any passage with another
 * lang), attribute texts included; code samples (a partner's snippet) are not interface text.
 */
async function textInPageLanguage(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const lang = document.documentElement.lang;
    const inLang = (node: Element | null) => (node?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'PRE'].includes(node.tagName)) continue;
          if (!inLang(node)) continue;
          for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
            const value = node.getAttribute(name);
            if (value) out.push(value);
          }
        } else if (node.parentElement && !node.parentElement.closest('script, style, template, code, pre') && inLang(node.parentElement)) {
          out.push(node.textContent ?? '');
        }
      }
    }
    return out.join(' ').replace(/\s+/g, ' ');
  }, selector);
}

interface FrenchText {
  module: string;
  text: string;
}

/**
 * Interface strings that are French: every string of a French dictionary module that its English twin words
 * differently, and every string of a module the English dictionary still borrows from French (the temporary
 * fill-in of en.ts). `minLength` and `minWords` leave out short words a page may hold in English too.
 */
function frenchStrings(options: { modules?: string[]; minLength: number; minWords: number }): FrenchText[] {
  const fr = dictionary('fr') as unknown as Record<string, unknown>;
  const en = dictionary('en') as unknown as Record<string, unknown>;
  const out: FrenchText[] = [];
  for (const module of options.modules ?? Object.keys(fr)) {
    const borrowed = en[module] === fr[module];
    const walk = (french: unknown, english: unknown) => {
      if (typeof french === 'string') {
        const text = french.replace(/\s+/g, ' ').trim();
        const words = text.split(' ').length;
        if (text.length >= options.minLength && words >= options.minWords && /\p{L}/u.test(text) && (borrowed || french !== english)) {
          out.push({ module, text });
        }
      } else if (french && typeof french === 'object') {
        for (const key of Object.keys(french)) {
          walk((french as Record<string, unknown>)[key], (english as Record<string, unknown> | undefined)?.[key]);
        }
      }
    };
    walk(fr[module], en[module]);
  }
  return out;
}

/** The French strings found as whole words in an English text. */
function frenchIn(text: string, strings: readonly FrenchText[]): string[] {
  const found = strings.filter(({ text: french }) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${french.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
  return [...new Set(found.map(({ module, text: french }) => `${module}: « ${french} »`))];
}

const groups: Array<Section | 'pages'> = [...(Object.keys(sections) as Section[]), 'pages'];

test.describe('language switcher on every page type', () => {
  for (const group of groups) {
    const where = group === 'pages' ? 'CMS pages at the root of each language' : `${sections[group].fr} and ${sections[group].en}`;
    test(`${group} (${where}): on one page of every page type of both languages, the switcher leads to the same page in the other language, with its <html lang>, and switching back returns to the starting page`, async ({
      page,
      baseURL,
    }) => {
      const types = await typesOf(baseURL, group);
      for (const lang of LANGS) {
        expect.soft(types.filter((type) => langOfPath(type.path) === lang).map((type) => type.pattern), `${lang} page types of ${group}`).not.toEqual([]);
      }
      for (const type of types) {
        await test.step(`${type.pattern} (${type.path})`, async () => {
          const from = langOfPath(type.path);
          const to = otherLang(from);
          const label = `${type.pattern} (${type.path})`;
          await page.goto(type.path);
          await expect.soft(page.locator('html'), `<html lang> of ${label}`).toHaveAttribute('lang', from);
          const toOther = page.locator(SWITCH);
          await expect(toOther, `one language switcher on ${label}`).toHaveCount(1);
          await expect.soft(toOther, `switcher of ${label}`).toHaveAttribute('hreflang', to);
          await expect.soft(toOther, `switcher of ${label}`).toHaveAttribute('lang', to);
          // Every page of the demo has a counterpart (translated, or its French fallback): the switcher says « this page ».
          await expect
            .soft(toOther, `switcher of ${label}: the same page, not a parent`)
            .toHaveAccessibleName(`${locales[to].name} ${dictionary(to).frame.languageSwitch.hint}`);
          // A missing counterpart is one failure, not a cascade of them.
          const href = (await toOther.getAttribute('href')) ?? '';
          const status = (await page.request.get(href)).status();
          expect.soft(status, `${href} (the counterpart of ${label}) answers 200`).toBe(200);
          if (status !== 200) return;
          await toOther.click();
          await page.waitForURL((url) => langOfPath(url.pathname) === to);
          const target = new URL(page.url()).pathname;
          expect.soft(counterpartMatches(type.pattern, target, to), `${label} switches to ${target}, a page of ${patternIn(type.pattern, to) ?? `the root of ${to}`}`).toBe(true);
          await expect.soft(page.locator('html'), `<html lang> of ${target}`).toHaveAttribute('lang', to);
          await expect.soft(page.getByRole('heading', { level: 1 }), `h1 of ${target}`).toHaveCount(1);
          const back = page.locator(SWITCH);
          await expect.soft(back, `switcher of ${target} leads back to ${type.path}`).toHaveAttribute('href', type.path);
          if ((await back.count()) === 1) {
            await back.click();
            await page.waitForURL((url) => langOfPath(url.pathname) === from);
            expect.soft(new URL(page.url()).pathname, `switching back from ${target}`).toBe(type.path);
            await expect.soft(page.locator('html'), `<html lang> after switching back to ${type.path}`).toHaveAttribute('lang', from);
          }
        });
      }
    });
  }

  test('the 404 page, which has no counterpart, switches to the home page of the other language and says it leads to the site, not this page', async ({
    page,
  }) => {
    await page.goto(MISSING_PATH);
    const toOther = page.locator(SWITCH);
    await expect(toOther).toHaveAttribute('href', homeHref('en'));
    await expect(toOther).toHaveAccessibleName(`${locales.en.name} ${dictionary('en').frame.languageSwitch.hintParent}`);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    await toOther.click();
    await expect(page).toHaveURL(new RegExp(`${homeHref('en')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('language switcher with the keyboard', () => {
  for (const start of [sectionHref('fr', 'companies'), sectionHref('en', 'companies')]) {
    test(`from ${start}, Tab reaches the switcher inside the header with a visible focus, and Enter opens the page in the other language, then back`, async ({
      page,
    }) => {
      const reachSwitcher = async () => {
        const toOther = page.locator(SWITCH);
        for (let i = 0; i < 8 && !(await toOther.evaluate((el) => el === document.activeElement)); i++) {
          await page.keyboard.press('Tab');
          const inHeader = await page.evaluate(
            () => document.activeElement?.closest('header') !== null || document.activeElement?.getAttribute('href') === '#contenu',
          );
          expect(inHeader, `focus stays in the skip link and the header until the switcher (Tab ${i + 1})`).toBe(true);
        }
        await expect(toOther).toBeFocused();
        await expect(toOther).toBeInViewport();
        await expect(toOther).toHaveCSS('outline-style', 'solid');
        return toOther;
      };
      const from = langOfPath(start);
      const to = otherLang(from);
      await page.goto(start);
      await (await reachSwitcher()).press('Enter');
      await expect(page).toHaveURL(new RegExp(`${sectionHref(to, 'companies')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await (await reachSwitcher()).press('Enter');
      await expect(page).toHaveURL(new RegExp(`${start}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', from);
    });
  }
});

test.describe('hreflang alternates', () => {
  test('every built page that search engines may index names itself and its counterpart: fr, en and x-default (the French page), absolute, and the counterpart names it back; og:locale and the switcher agree', async ({
    baseURL,
  }) => {
    const pages = await builtPages(baseURL);
    const byPath = new Map(pages.map((page) => [page.path, page]));
    const problems: string[] = [];
    const alternatesOf = (html: string) =>
      tags(html, 'link')
        .filter((link) => link.rel === 'alternate' && link.hreflang)
        .map((link) => ({ hreflang: link.hreflang, href: link.href }));
    const pathOf = (href: string) => (/^https?:\/\//.test(href) ? new URL(href).pathname : undefined);
    const counted: Record<Lang, number> = { fr: 0, en: 0 };
    for (const { path, html } of pages) {
      const lang = langOfPath(path);
      const other = otherLang(lang);
      const canonical = tags(html, 'link').find((link) => link.rel === 'canonical')?.href;
      const noindex = tags(html, 'meta').some((meta) => meta.name === 'robots' && meta.content.includes('noindex'));
      const alternates = alternatesOf(html);
      // Redirect pages (canonical elsewhere), noindex pages and files without the site's layout have no alternates.
      const indexable = canonical !== undefined && pathOf(canonical) === path && !noindex;
      if (!indexable) {
        if (alternates.length > 0) problems.push(`${path}: hreflang alternates on a page that is not indexable`);
        continue;
      }
      counted[lang]++;
      const htmlLang = tags(html, 'html')[0]?.lang;
      if (htmlLang !== lang) problems.push(`${path}: <html lang="${htmlLang}">, expected ${lang}`);
      const hreflangs = alternates.map((a) => a.hreflang).sort();
      if (hreflangs.join() !== 'en,fr,x-default') {
        problems.push(`${path}: hreflang ${JSON.stringify(hreflangs)}, expected en, fr and x-default once each`);
        continue;
      }
      const href = Object.fromEntries(alternates.map((a) => [a.hreflang, a.href])) as Record<Lang | 'x-default', string>;
      for (const [key, value] of Object.entries(href)) if (!pathOf(value)) problems.push(`${path}: hreflang ${key} is not absolute (${value})`);
      if (pathOf(href[lang]) !== path) problems.push(`${path}: hreflang ${lang} is ${href[lang]}, not the page itself`);
      if (href['x-default'] !== href.fr) problems.push(`${path}: x-default ${href['x-default']} is not the French page ${href.fr}`);
      const ogLocale = tags(html, 'meta').filter((meta) => meta.property === 'og:locale').map((meta) => meta.content);
      const ogAlternate = tags(html, 'meta').filter((meta) => meta.property === 'og:locale:alternate').map((meta) => meta.content);
      if (ogLocale.join() !== locales[lang].og || ogAlternate.join() !== locales[other].og) {
        problems.push(`${path}: og:locale ${ogLocale.join()} / alternate ${ogAlternate.join()}`);
      }
      const counterpart = pathOf(href[other]) ?? '';
      const switcher = tags(html, 'a').find((a) => 'data-lang-switch' in a)?.href;
      if (switcher !== counterpart) problems.push(`${path}: the switcher leads to ${switcher}, hreflang ${other} to ${counterpart}`);
      const twin = byPath.get(counterpart);
      if (!twin) {
        problems.push(`${path}: hreflang ${other} ${counterpart} is not a built page`);
        continue;
      }
      const back = Object.fromEntries(alternatesOf(twin.html).map((a) => [a.hreflang, a.href]));
      if (pathOf(back[lang] ?? '') !== path || back[other] !== href[other] || back['x-default'] !== href['x-default']) {
        problems.push(`${path} ↔ ${counterpart}: not reciprocal (${counterpart} names ${JSON.stringify(back)})`);
      }
    }
    expect(problems, 'hreflang problems (first 60)').toEqual([]);
    // Reciprocal pairs: as many indexable pages in English as in French.
    expect(counted.fr).toBeGreaterThan(20);
    expect(counted.en, 'indexable English pages, one per indexable French page').toBe(counted.fr);
  });
});

/** Types of entries the demo has in French only: their English pages are French fallbacks. */
const untranslated = [
  { section: 'events', name: 'an event' },
  { section: 'trainings', name: 'a training' },
  { section: 'support', name: 'a support solution' },
  { section: 'venues', name: 'a place' },
  { section: 'visits', name: 'a visit' },
  { section: 'stories', name: 'a career story' },
  { section: 'news', name: 'a news article' },
] as const satisfies ReadonlyArray<{ section: Section; name: string }>;

/** Types of entries the demo has in English. */
const translated = [
  { section: 'companies', name: 'a company' },
  { section: 'jobs', name: 'a job' },
  { section: 'sectors', name: 'an industry' },
  { section: 'audiences', name: 'an audience' },
  { section: 'partners', name: 'a partner' },
] as const satisfies ReadonlyArray<{ section: Section; name: string }>;

/** The French detail page of a section (the largest, from the crawl), its h1 and paragraphs. */
async function frenchDetail(page: Page, baseURL: string | undefined, section: Section) {
  const pattern = `${sections[section].fr}*`;
  const type = pageTypes((await siteCrawl(baseURL)).pages).find((t) => t.pattern === pattern);
  expect(type, `a French page of ${pattern}`).toBeDefined();
  const path = type?.path ?? '';
  await page.goto(path);
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const paragraphs = (await page.getByRole('main').locator('p').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length >= 40);
  const english = (await page.locator(SWITCH).getAttribute('href')) ?? '';
  return { path, slug: path.split('/').filter(Boolean).at(-1) ?? '', title, paragraphs, english };
}

test.describe('entries not translated yet', () => {
  for (const { section, name } of untranslated) {
    test(`${name} (${sections[section].en}*): its English page exists at the French slug, says « ${dictionary('en').frame.fallback.title} » in English before the content, and shows the French title and text inside lang="fr"`, async ({
      page,
      baseURL,
    }) => {
      const french = await frenchDetail(page, baseURL, section);
      expect(french.english, `switcher of ${french.path}`).toBe(sectionHref('en', section, french.slug));
      const response = await page.goto(french.english);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const main = page.getByRole('main');
      const note = main.locator('[data-fallback-note]');
      await expect(note).toHaveCount(1);
      await expect(note).toBeVisible();
      await expect(note).toContainText(dictionary('en').frame.fallback.title);
      await expect(note).toContainText(dictionary('en').frame.fallback.text);
      expect(await note.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), 'the note is in English').toBe('en');

      const h1 = main.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(french.title);
      expect(await h1.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), 'the French title is marked lang="fr"').toBe('fr');
      // Every paragraph of the French page found word for word on the English page is French content: marked lang="fr".
      const shown: string[] = [];
      for (const text of french.paragraphs) {
        const found = main.locator('p').filter({ hasText: text });
        if ((await found.count()) === 0) continue;
        shown.push(text);
        const langs = await found.evaluateAll((els) => els.map((el) => el.closest('[lang]')?.getAttribute('lang')));
        expect
          .soft(langs, `« ${text.slice(0, 60)}… », French text of the French page, is inside lang="fr" on the English page`)
          .toEqual(langs.map(() => 'fr'));
      }
      expect(shown.length, 'the French text is shown on the English page').toBeGreaterThan(0);
      const noteFirst = await page.evaluate(() => {
        const noteEl = document.querySelector('main [data-fallback-note]');
        const content = document.querySelector('main p[lang="fr"], main [lang="fr"] p');
        return Boolean(noteEl && content && noteEl.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(noteFirst, 'the note comes before the French text').toBe(true);
    });
  }
});

test.describe('translated entries', () => {
  for (const { section, name } of translated) {
    test(`${name} (${sections[section].en}*): its English page shows its English text, in English, and no « ${dictionary('en').frame.fallback.title} » note`, async ({
      page,
      baseURL,
    }) => {
      const french = await frenchDetail(page, baseURL, section);
      expect(french.paragraphs.length, `${french.path} has text`).toBeGreaterThan(0);
      const response = await page.goto(french.english);
      expect(response?.status(), french.english).toBe(200);
      expect(langOfPath(french.english)).toBe('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const main = page.getByRole('main');
      await expect(main.locator('[data-fallback-note]')).toHaveCount(0);
      await expect(main.getByText(dictionary('en').frame.fallback.title, { exact: true })).toHaveCount(0);
      const h1 = main.getByRole('heading', { level: 1 });
      expect(await h1.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), 'the title is in English').toBe('en');
      // French text the English page repeats word for word belongs to related entries not translated yet (a story,
      // an event): marked lang="fr". The entry's own text is English: paragraphs the French page does not have.
      const paragraphs = await main.locator('p').evaluateAll((els) =>
        els.map((el) => ({ text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), lang: el.closest('[lang]')?.getAttribute('lang') })),
      );
      const unmarked = paragraphs.filter((p) => p.lang !== 'fr' && french.paragraphs.includes(p.text)).map((p) => p.text);
      expect(unmarked, 'French paragraphs shown on the English page outside lang="fr"').toEqual([]);
      const own = paragraphs.filter((p) => p.lang === 'en' && p.text.length >= 40 && !french.paragraphs.includes(p.text));
      expect(own.length, 'English text of its own').toBeGreaterThan(0);
    });
  }
});

test.describe('English interface text', () => {
  const frameFrench = frenchStrings({ modules: ['frame'], minLength: 4, minWords: 1 });

  test('every English page type has the English menu, in order, and English header, breadcrumbs and footer, with no French interface text outside lang="fr"', async ({
    page,
    baseURL,
  }) => {
    const { pages } = await siteCrawl(baseURL);
    const english = pageTypes(pages).filter((type) => type.pattern !== '404' && langOfPath(type.path) === 'en');
    expect(english.length, 'English page types').toBeGreaterThan(0);
    const t = dictionary('en').frame;
    for (const type of english) {
      await test.step(`${type.pattern} (${type.path})`, async () => {
        await page.goto(type.path);
        const nav = page.locator(`nav[aria-label="${t.menu.navLabel}"]`);
        await expect.soft(nav, `menu of ${type.path}`).toHaveCount(1);
        const menu = await nav.locator('a').evaluateAll((links) => links.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
        expect.soft(menu, `menu of ${type.path}`).toEqual(mainNav('en').map((item) => [item.label, item.href]));
        await expect.soft(page.locator(`footer nav[aria-label="${t.footer.navLabel}"]`), `footer of ${type.path}`).toHaveCount(1);
        await expect.soft(page.getByRole('contentinfo'), `footer of ${type.path}`).toContainText(t.footer.about);
        // Breadcrumbs where the French counterpart (the switcher's target) has them: English, from the English home page.
        const frenchPath = await page.locator(SWITCH).getAttribute('href');
        const frenchPage = pages.find((p) => p.status === 200 && p.path === frenchPath);
        if (frenchPage?.html.includes(`aria-label="${dictionary('fr').frame.breadcrumbs}"`)) {
          const crumbs = page.locator(`nav[aria-label="${t.breadcrumbs}"]`);
          await expect.soft(crumbs, `breadcrumbs of ${type.path}`).toHaveCount(1);
          await expect
            .soft(crumbs.getByRole('link').first(), `first crumb of ${type.path}`)
            .toHaveAttribute('href', homeHref('en'));
          await expect.soft(crumbs.getByRole('link').first(), `first crumb of ${type.path}`).toHaveText(t.sections.home);
        }
        const text = await textInPageLanguage(page, `header, footer, nav[aria-label="${t.breadcrumbs}"], nav[aria-label="${dictionary('fr').frame.breadcrumbs}"]`);
        expect.soft(frenchIn(text, frameFrench), `French frame text in the header, breadcrumbs or footer of ${type.path}`).toEqual([]);
      });
    }
  });

  test('no English page type shows interface text from the French dictionaries in its main content outside lang="fr"', async ({
    page,
    baseURL,
  }) => {
    const { pages } = await siteCrawl(baseURL);
    const english = pageTypes(pages).filter((type) => type.pattern !== '404' && langOfPath(type.path) === 'en');
    expect(english.length, 'English page types').toBeGreaterThan(0);
    // Sentences and labels of two words or more: a single word may be English as well.
    const french = frenchStrings({ minLength: 8, minWords: 2 });
    for (const type of english) {
      const text = await (async () => {
        await page.goto(type.path);
        return textInPageLanguage(page, 'main');
      })();
      expect.soft(frenchIn(text, french), `French interface text (module: text) in the main content of ${type.pattern} (${type.path})`).toEqual([]);
    }
  });
});
