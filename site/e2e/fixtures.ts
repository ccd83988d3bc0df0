import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, test as base, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1']);

/** Every test is watched: no request may leave 127.0.0.1. */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!LOCAL_HOSTS.has(url.hostname)) outside.push(request.url());
      });
      await use(outside);
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** `soft`: record the violations and go on (the page-type harness checks every page type before failing). */
export async function expectNoAxeViolations(page: Page, options: { soft?: boolean } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  (options.soft ? expect.soft : expect)(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A page of a browser context where JavaScript is off, watched for requests leaving 127.0.0.1. */
export async function pageWithoutJavaScript(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') outside.push(r.url());
  });
  return { context, page, outside };
}

/**
 * The page runs no script but the phone menu's disclosure: inline, under 1 kB. Structured data (JSON-LD) is not a
 * script that runs.
 */
export async function expectOnlyMenuScript(page: Page): Promise<void> {
  const scripts = page.locator('script:not([type="application/ld+json"])');
  await expect(scripts, `scripts of ${page.url()}`).toHaveCount(1);
  await expect(scripts.first()).not.toHaveAttribute('src');
  const menu = (await scripts.first().textContent()) ?? '';
  expect(menu).toContain('menu-button');
  expect(Buffer.byteLength(menu)).toBeLessThan(1024);
}
