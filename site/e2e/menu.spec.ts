import { devices } from '@playwright/test';
import { dictionary } from '../src/i18n';
import { sectionHref } from '../src/i18n/routes';
import { mainNav } from '../src/lib/site';
import { expect, expectNoAxeViolations, test } from './fixtures';

// A phone in both projects (the browser type stays the project's own).
const { defaultBrowserType: _phoneBrowser, ...pixel7 } = devices['Pixel 7'];

test.describe('header menu on a phone (Pixel 7), keyboard only', () => {
  test.use(pixel7);

  test('the menu button opens the menu, Tab moves through every section link, Escape closes it and focus returns to the button', async ({
    page,
  }) => {
    await page.goto('/metiers/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const button = nav.getByRole('button', { name: 'Menu' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('aria-controls', 'menu-principal');
    await expect(nav.getByRole('link')).toHaveCount(0);

    // From the top of the page: skip link, home link, search box, search button, then the menu button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS('outline-style', 'solid');

    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link')).toHaveCount(mainNav('fr').length);
    await expectNoAxeViolations(page);

    for (const item of mainNav('fr')) {
      await page.keyboard.press('Tab');
      const link = nav.getByRole('link', { name: item.label, exact: true });
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport();
      await expect(link).toHaveCSS('outline-style', 'solid');
    }
    await expect(nav.getByRole('link', { name: 'Métiers', exact: true })).toHaveAttribute('aria-current', 'page');

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(nav.getByRole('link')).toHaveCount(0);

    // Space opens it again; Enter on a link follows it, and the new page marks its section.
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Entreprises' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/entreprises\/$/);
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Entreprises' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('a detail page marks its section in the menu as current', async ({ page }) => {
    await page.goto('/metiers/');
    const href = await page
      .getByRole('main')
      .locator('a[href^="/metiers/"]:not([href="/metiers/"]):not([href*="/filiere/"]):not([href*="/niveau/"])')
      .first()
      .getAttribute('href');
    expect(href).toMatch(/^\/metiers\/[a-z0-9-]+\/$/);
    await page.goto(href ?? '');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Métiers', exact: true })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('every section link is shown and reachable with Tab, and no menu button is offered', async ({ page }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await expect(nav.getByRole('button')).toHaveCount(0);
      for (const item of mainNav('fr')) await expect(nav.getByRole('link', { name: item.label, exact: true })).toBeVisible();
      await nav.getByRole('link').last().focus();
      await expect(nav.getByRole('link').last()).toBeFocused();
    });
  });
});

test.describe('header menu on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('shows every section link in the header without a menu button, and Tab reaches each of them', async ({ page }) => {
    await page.goto('/formations/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
    for (const item of mainNav('fr')) {
      const link = nav.getByRole('link', { name: item.label, exact: true });
      await expect(link).toBeVisible();
    }
    await nav.getByRole('link').first().focus();
    for (const item of mainNav('fr').slice(1)) {
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: item.label, exact: true })).toBeFocused();
    }
    await expect(nav.getByRole('link', { name: 'Formations', exact: true })).toHaveAttribute('aria-current', 'page');
    // Escape on a wide screen closes nothing and keeps the focus where it is.
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: mainNav('fr').at(-1)?.label ?? '', exact: true })).toBeFocused();
  });
});

test.describe('English header menu', () => {
  const en = dictionary('en').frame.menu;

  test.describe('on a wide screen', () => {
    test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

    test('an English page shows the English menu in order, with English addresses, Tab reaches each link, and its section is current', async ({
      page,
    }) => {
      await page.goto(sectionHref('en', 'trainings'));
      const nav = page.getByRole('navigation', { name: en.navLabel });
      const links = await nav.getByRole('link').evaluateAll((els) => els.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
      expect(links).toEqual(mainNav('en').map((item) => [item.label, item.href]));
      await nav.getByRole('link').first().focus();
      for (const item of mainNav('en').slice(1)) {
        await page.keyboard.press('Tab');
        await expect(nav.getByRole('link', { name: item.label, exact: true })).toBeFocused();
      }
      const trainings = mainNav('en').find((item) => item.section === 'trainings');
      await expect(nav.getByRole('link', { name: trainings?.label ?? '', exact: true })).toHaveAttribute('aria-current', 'page');
    });
  });

  test.describe('on a phone (Pixel 7)', () => {
    test.use(pixel7);

    test('the English menu button opens the English menu, a detail page marks its section, and Escape closes it', async ({ page }) => {
      await page.goto(sectionHref('en', 'companies'));
      const href = await page
        .getByRole('main')
        .locator(`a[href^="${sectionHref('en', 'companies')}"]:not([href="${sectionHref('en', 'companies')}"])`)
        .first()
        .getAttribute('href');
      expect(href).toMatch(new RegExp(`^${sectionHref('en', 'companies')}[a-z0-9-]+/$`));
      await page.goto(href ?? '');
      const nav = page.getByRole('navigation', { name: en.navLabel });
      const button = nav.getByRole('button', { name: en.button });
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(nav.getByRole('link')).toHaveCount(mainNav('en').length);
      const companies = mainNav('en').find((item) => item.section === 'companies');
      await expect(nav.getByRole('link', { name: companies?.label ?? '', exact: true })).toHaveAttribute('aria-current', 'true');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
    });
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('with reduced motion asked, the page scrolls without smooth scrolling and nothing transitions', async ({ page }) => {
    await page.goto('/metiers/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, input')].map((el) => getComputedStyle(el).transitionDuration),
    );
    expect(new Set(durations)).toEqual(new Set(['0s']));
  });

  test('without the preference, in-page jumps scroll smoothly', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/metiers/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
