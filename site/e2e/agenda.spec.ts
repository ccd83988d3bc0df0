import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const MONTH_LINK = /^\/agenda\/\d{4}-\d{2}\/$/;

/** The month pages linked from /agenda/ (« Tous les mois »), in calendar order. */
async function monthHrefs(page: Page): Promise<string[]> {
  await page.goto('/agenda/');
  const hrefs = await page
    .getByRole('navigation', { name: 'Tous les mois' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => MONTH_LINK.test(href));
}

/** The month pages, read on screen (the month list is not part of the printed poster). */
async function monthHrefsAfterPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'screen' });
  return monthHrefs(page);
}

/** The events listed (visible) in the upcoming list of an agenda page: their `data-*` filter values. */
async function visibleItems(page: Page) {
  return page.locator('[data-agenda] [data-agenda-item]:visible').evaluateAll((items) =>
    items.map((li) => ({
      lieu: (li as HTMLElement).dataset.lieu ?? '',
      public: ((li as HTMLElement).dataset.public ?? '').split(' '),
      type: (li as HTMLElement).dataset.type ?? '',
      title: li.querySelector('h4 a, h3 a')?.textContent?.trim() ?? '',
    })),
  );
}

test.describe('agenda', () => {
  test('/agenda/ shows this month’s programme with its intro, the upcoming events by month and links to every month', async ({ page }) => {
    const response = await page.goto('/agenda/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
    const programme = page.getByRole('region', { name: /^Programme / });
    await expect(programme).toContainText('Voici les rendez-vous 20 000 emplois de');
    await expect(programme.getByRole('link', { name: /^Voir tout le programme de / })).toHaveAttribute('href', MONTH_LINK);
    const months = await monthHrefs(page);
    expect(months.length).toBeGreaterThanOrEqual(2);
    const upcoming = page.getByRole('region', { name: /^Les prochains rendez-vous/ });
    expect(await upcoming.locator('[data-agenda-item]:visible').count()).toBeGreaterThan(10);
    await expect(upcoming.getByRole('heading', { level: 3 }).first()).toContainText('(ce mois-ci)');
    await expectNoAxeViolations(page);
  });

  test('each month page lists its events and links the previous and next months, the first without previous, the last without next', async ({ page }) => {
    const months = await monthHrefs(page);
    for (const [index, href] of months.entries()) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      const month = href.slice('/agenda/'.length, -1);
      const times = await page.locator('[data-agenda-item] time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime') ?? ''));
      expect(times.length, `${href} lists events`).toBeGreaterThan(0);
      for (const iso of times) {
        const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(new Date(iso));
        expect(paris, `an event of ${href} starts in its month`).toBe(month);
      }
      const nav = page.getByRole('navigation', { name: 'Mois du programme' });
      const previous = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      if (index === 0) await expect(previous).toHaveCount(0);
      else await expect(previous).toHaveAttribute('href', months[index - 1] ?? '');
      if (index === months.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', months[index + 1] ?? '');
      await expect(page.getByRole('link', { name: /^Affiche A4 de / })).toHaveAttribute('href', `${href}imprimer/`);
    }
    await page.goto(months[0] ?? '/agenda/');
    await expectNoAxeViolations(page);
    await page.goto(months.at(-1) ?? '/agenda/');
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${months.at(-2)}$`));
  });

  test('a filter link shows only the matching upcoming events without JavaScript, and says so when none matches', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/agenda/');
    const all = (await visibleItems(page)).length;
    const filters = page.getByRole('navigation', { name: 'Filtrer les rendez-vous' });

    await filters.getByRole('link', { name: /^Point relais Saint-Pol-sur-Mer/ }).click();
    await expect(page).toHaveURL(/\/agenda\/lieu\/point-relais-saint-pol-sur-mer\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lieu\u00a0: Point relais Saint-Pol-sur-Mer');
    const atPlace = await visibleItems(page);
    expect(atPlace.length).toBeGreaterThan(0);
    expect(atPlace.length).toBeLessThan(all);
    expect(atPlace.every((item) => item.lieu === 'point-relais-saint-pol-sur-mer')).toBe(true);
    await expect(filters.locator('[aria-current="page"]')).toContainText('Point relais Saint-Pol-sur-Mer');

    await page.goto('/agenda/public/jeunes/');
    const forYouth = await visibleItems(page);
    expect(forYouth.length).toBeGreaterThan(0);
    expect(forYouth.every((item) => item.public.includes('jeunes'))).toBe(true);

    await page.goto('/agenda/type/job-dating/');
    const datings = await visibleItems(page);
    expect(datings.length).toBeGreaterThan(0);
    expect(datings.every((item) => item.type === 'job-dating' && /^Job dating/.test(item.title))).toBe(true);
    await context.close();
  });

  test('with JavaScript a filter link filters in place, updates the address and the count, and Back restores the list', async ({ page }) => {
    await page.goto('/agenda/');
    const all = (await visibleItems(page)).length;
    // A marker on the window survives only if no new document is loaded.
    await page.evaluate(() => Object.assign(window, { agendaMarker: 'same-page' }));
    const filters = page.getByRole('navigation', { name: 'Filtrer les rendez-vous' });
    await filters.getByRole('link', { name: /^Étape Factory Mobile/ }).click();
    await expect(page).toHaveURL(/\/agenda\/type\/mobile-stop\/$/);
    const stops = await visibleItems(page);
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.length).toBeLessThan(all);
    expect(stops.every((item) => item.type === 'mobile-stop')).toBe(true);
    await expect(page.locator('[data-agenda-status]')).toHaveText(`${stops.length}\u00a0rendez-vous (Type de rendez-vous\u00a0: Étape Factory Mobile)`);
    await expect(filters.locator('[aria-current="page"]')).toContainText('Étape Factory Mobile');
    expect(await page.evaluate(() => (window as { agendaMarker?: string }).agendaMarker), 'no new page was loaded').toBe('same-page');
    await page.goBack();
    await expect(page).toHaveURL(/\/agenda\/$/);
    expect((await visibleItems(page)).length).toBe(all);
  });

  test('a cancelled event stays in the lists, marked « Annulé » in words, and its page says it is cancelled', async ({ page }) => {
    await page.goto('/agenda/');
    const cancelled = page.locator('[data-agenda-item]', { hasText: 'Annulé' }).first();
    await expect(cancelled).toBeVisible();
    await expect(cancelled.getByRole('link')).toHaveAccessibleName(/\(annulé\)$/);
    const href = await cancelled.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/evenements\/[^/]+\/$/);
    // The month page lists it too.
    const month = await cancelled.locator('xpath=ancestor::section[@data-agenda-month]').getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href');
    await page.goto(month ?? '/agenda/');
    await expect(page.locator(`[data-agenda-item]:has(a[href="${href}"])`)).toContainText('Annulé');
    await page.goto(href ?? '/');
    await expect(page.getByRole('main')).toContainText('Cet événement est annulé.');
    await expect(page.getByRole('main')).toContainText(/État\s*Annulé/);
    await expect(page.getByRole('link', { name: /^S’inscrire/ })).toHaveCount(0);
  });

  test('past events of a month are marked « Terminé » on its page, left out of the upcoming lists, and keep their page', async ({ page }) => {
    await page.goto('/agenda/');
    const upcomingHrefs = await page
      .locator('[data-agenda] [data-agenda-item] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(upcomingHrefs.length).toBeGreaterThan(0);
    await expect(page.locator('[data-agenda] [data-agenda-item]', { hasText: 'Terminé' })).toHaveCount(0);
    const pastHrefs: string[] = [];
    for (const href of await monthHrefs(page)) {
      await page.goto(href);
      const past = page.getByRole('region', { name: /^Déjà passés ce mois-ci/ }).locator('[data-agenda-item]');
      for (const item of await past.all()) {
        await expect(item).toContainText('Terminé');
        pastHrefs.push((await item.getByRole('link').getAttribute('href')) ?? '');
      }
      // Every event of the month is either upcoming (listed on /agenda/) or marked past here.
      const all = await page.locator('[data-agenda-item] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const event of all) expect(upcomingHrefs.includes(event) !== pastHrefs.includes(event), event).toBe(true);
    }
    for (const href of pastHrefs) {
      const response = await page.goto(href);
      expect(response?.status(), `the page of the past event ${href}`).toBe(200);
    }
  });

  test('an event page gives its date in French, its place and access, audiences, registration and a link back to its month', async ({ page }) => {
    await page.goto('/agenda/type/info-session/');
    const href = await page.locator('[data-agenda-item]:visible a').first().getAttribute('href');
    await page.goto(href ?? '/');
    const facts = page.getByRole('complementary', { name: 'Infos pratiques' });
    await expect(facts).toContainText(
      /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})\u00a0\p{L}+\u00a0\d{4}, de \d{1,2}\u00a0h\u00a0\d{2} à \d{1,2}\u00a0h\u00a0\d{2}/u,
    );
    await expect(facts.getByRole('link', { name: /^Point relais/ }).first()).toHaveAttribute('href', /^\/lieux\/point-relais-[a-z-]+\/$/);
    await expect(facts).toContainText('Pour qui');
    await expect(facts).toContainText(/Inscription/);
    await expect(page.getByRole('heading', { name: 'Accessibilité' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Entreprises présentes' })).toBeVisible();
    const back = facts.getByRole('link', { name: /^Tout le programme de / });
    await expect(back).toHaveAttribute('href', MONTH_LINK);
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Agenda' })).toHaveAttribute('href', '/agenda/');
    await expectNoAxeViolations(page);
    await back.click();
    await expect(page.locator(`[data-agenda-item] a[href="${href}"]`)).toHaveCount(1);
  });

  test('the print page of a month has a QR code SVG to the online agenda, the places with their hours, and prints on at most two A4 pages', async ({ page }) => {
    const [month] = await monthHrefs(page);
    const response = await page.goto(`${month}imprimer/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const qr = page.locator('svg.qr-code');
    await expect(qr).toHaveCount(1);
    await expect(qr).toHaveAttribute('role', 'img');
    await expect(qr).toHaveAttribute('aria-label', new RegExp(`^Code QR vers l’agenda en ligne\u00a0: https?://[^ ]+${month}$`));
    expect(await qr.locator('path').count()).toBeGreaterThan(0);
    const places = page.getByRole('region', { name: 'Les lieux et leurs horaires' });
    await expect(places).toContainText('Point relais Dunkerque – place de la Gare');
    await expect(places).toContainText(/Du lundi au \p{L}+\u00a0: \d{1,2}\u00a0h\u00a0\d{2} – \d{1,2}\u00a0h\u00a0\d{2}/u);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header').first()).toBeHidden();
    await expect(page.getByText('Pour l’imprimer, utilisez')).toBeHidden();
    await expect(qr).toBeVisible();
    // Every month's poster prints on one or two A4 sheets.
    for (const href of await monthHrefsAfterPrint(page)) {
      await page.goto(`${href}imprimer/`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `A4 pages of ${href}imprimer/`).toBeGreaterThanOrEqual(1);
      expect(pages, `A4 pages of ${href}imprimer/`).toBeLessThanOrEqual(2);
    }
  });

  test('the Factory Mobile page lists the upcoming stops by date with their town, links each stop and carries Event JSON-LD', async ({ page }) => {
    const response = await page.goto('/factory-mobile/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('La Fabuleuse Factory Mobile');
    const rows = page.locator('tr[data-stop]');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    const towns = await rows.locator('[data-town]').allInnerTexts();
    for (const town of ['Dunkerque', 'Calais', 'Saint-Omer', 'Hazebrouck']) expect(towns).toContain(town);
    const hrefs = await rows.locator('th a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^\/evenements\/[^/]+\/$/.test(href))).toBe(true);
    await expect(rows.first().locator('td a')).toHaveAttribute('href', /^\/lieux\/factory-mobile-[a-z-]+\/$/);
    await expect(page.getByRole('heading', { name: 'À bord du camion' })).toBeVisible();
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    const events = ld.map((text) => JSON.parse(text) as { '@type': string; startDate?: string }).filter((d) => d['@type'] === 'Event');
    expect(events.length).toBe(await rows.count());
    const starts = events.map((e) => Date.parse(e.startDate ?? ''));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await expectNoAxeViolations(page);
  });

  test('filter pages and the Factory Mobile page have no axe violations, nor a cancelled event hidden', async ({ page }) => {
    for (const path of ['/agenda/lieu/point-relais-dunkerque-gare/', '/agenda/public/jeunes/', '/agenda/type/mobile-stop/']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    const cancelled = page.locator('[data-agenda-item]:visible', { hasText: 'Annulé' });
    expect(await cancelled.count(), 'the cancelled truck stop is listed among the stops').toBeGreaterThan(0);
  });

  test('every agenda page type reflows at 320 px wide without horizontal scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const months = await monthHrefs(page);
    const event = await page.locator('[data-agenda] [data-agenda-item] a').first().getAttribute('href');
    const paths = ['/agenda/', months[0] ?? '', `${months[0] ?? ''}imprimer/`, '/agenda/lieu/point-relais-dunkerque-gare/', '/factory-mobile/', event ?? ''];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
      );
      expect(wide, `elements wider than the screen on ${path}`).toBe(0);
    }
    await context.close();
  });

  test('/agenda/ offers calendar subscriptions (webcal: and https) to the whole programme and to each place, served as text/calendar', async ({
    page,
    request,
  }) => {
    await page.goto('/agenda/');
    const box = page.getByRole('region', { name: 'S’abonner au programme dans votre agenda' });
    const subscribe = box.getByRole('link', { name: 'S’abonner à l’agenda\u00a0: Tout le programme' });
    await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/.+\/agenda\/programme\.ics$/);
    const download = box.getByRole('link', { name: 'Télécharger le fichier .ics à l’agenda\u00a0: Tout le programme' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^https?:\/\/.+\/agenda\/programme\.ics$/);
    const ics = await request.get(new URL(href!).pathname);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    expect(await box.locator('a[href$="/agenda/lieu/point-relais-dunkerque-gare.ics"]').count()).toBe(2);
    await expect(page.getByRole('link', { name: 'Suivre les prochains rendez-vous par flux RSS' })).toHaveAttribute('href', '/agenda/rss.xml');
    await expectNoAxeViolations(page);
  });
});

const EN_MONTH_LINK = /^\/en\/programme\/\d{4}-\d{2}\/$/;
const EN_DATE =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2}\u00a0(January|February|March|April|May|June|July|August|September|October|November|December)\u00a0\d{4}, \d{1,2}:\d{2} (am|pm) to \d{1,2}:\d{2} (am|pm)/;

test.describe('English programme', () => {
  test('/en/programme/ is in English: this month’s programme (French text marked and noted), months, filters, calendars and the RSS feed', async ({
    page,
  }) => {
    const response = await page.goto('/en/programme/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme');
    await expect(page.getByRole('heading', { name: 'Upcoming events' })).toBeVisible();
    const months = await page
      .getByRole('navigation', { name: 'All months' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((href) => EN_MONTH_LINK.test(href))).toBe(true);
    // The month's programme is written in French in the demo: noted, and marked lang="fr".
    await expect(page.locator('[data-fallback-note]').first()).toContainText('Available in French');
    await expect(page.locator('[data-agenda] [data-agenda-item] a[href^="/en/events/"] [lang="fr"]').first()).toBeVisible();
    await expect(page.locator('[data-agenda] [data-agenda-item] time').first()).toHaveText(EN_DATE);
    const filters = page.getByRole('navigation', { name: 'Filter the events' });
    await expect(filters.getByRole('link', { name: /^Factory Mobile stop/ })).toHaveAttribute('href', '/en/programme/type/mobile-stop/');
    const box = page.getByRole('region', { name: 'Subscribe to the programme in your calendar' });
    await expect(box.getByRole('link', { name: 'Subscribe to the calendar: The whole programme' })).toHaveAttribute(
      'href',
      /^webcal:\/\/.+\/en\/programme\/programme\.ics$/,
    );
    await expect(page.getByRole('link', { name: 'Follow the upcoming events by RSS feed' })).toHaveAttribute('href', '/en/programme/rss.xml');
    await expectNoAxeViolations(page);
  });

  test('an English month page lists its events with English dates, links the English event pages and its English poster', async ({ page }) => {
    await page.goto('/en/programme/');
    const [month] = await page
      .getByRole('navigation', { name: 'All months' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const response = await page.goto(month!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Months of the programme' }).getByRole('link', { name: /^A4 poster for / })).toHaveAttribute(
      'href',
      `${month}print/`,
    );
    const items = page.locator('[data-agenda-item]');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first().locator('time')).toHaveText(EN_DATE);
    const hrefs = await items.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^\/en\/events\/[^/]+\/$/.test(href))).toBe(true);
    await expectNoAxeViolations(page);
    // The language switcher leads to the same month in French.
    await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', month!.replace('/en/programme/', '/agenda/'));
  });

  test('with JavaScript an English filter link filters in place and says the count in English', async ({ page }) => {
    await page.goto('/en/programme/');
    const all = (await visibleItems(page)).length;
    await page.evaluate(() => Object.assign(window, { agendaMarker: 'same-page' }));
    const filters = page.getByRole('navigation', { name: 'Filter the events' });
    await filters.getByRole('link', { name: /^Factory Mobile stop/ }).click();
    await expect(page).toHaveURL(/\/en\/programme\/type\/mobile-stop\/$/);
    const stops = await visibleItems(page);
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.length).toBeLessThan(all);
    expect(stops.every((item) => item.type === 'mobile-stop')).toBe(true);
    await expect(page.locator('[data-agenda-status]')).toHaveText(`${stops.length}\u00a0events (Type of event: Factory Mobile stop)`);
    expect(await page.evaluate(() => (window as { agendaMarker?: string }).agendaMarker), 'no new page was loaded').toBe('same-page');
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/programme\/$/);
    expect((await visibleItems(page)).length).toBe(all);
  });

  test('an English filter page works without JavaScript: a place, an audience and a type each list only their events', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, key, value] of [
      ['/en/programme/place/point-relais-dunkerque-gare/', 'lieu', 'point-relais-dunkerque-gare'],
      ['/en/programme/audience/jeunes/', 'public', 'jeunes'],
      ['/en/programme/type/job-dating/', 'type', 'job-dating'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const items = await visibleItems(page);
      expect(items.length, path).toBeGreaterThan(0);
      for (const item of items) expect(key === 'public' ? item.public.includes(value) : item[key] === value, `${path}: ${item.title}`).toBe(true);
    }
    await context.close();
  });

  test('an English event page is the French event with the « Available in French » note, English practical information and an English calendar file', async ({
    page,
    request,
  }) => {
    await page.goto('/en/programme/type/info-session/');
    const href = await page.locator('[data-agenda-item]:visible a').first().getAttribute('href');
    expect(href).toMatch(/^\/en\/events\/[^/]+\/$/);
    const response = await page.goto(href!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-fallback-note]')).toContainText('Available in French');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    const facts = page.getByRole('complementary', { name: 'Practical information' });
    await expect(facts).toContainText(EN_DATE);
    await expect(facts).toContainText('Who it is for');
    await expect(facts).toContainText('Registration');
    await expect(facts.getByRole('link', { name: /^Point relais/ }).first()).toHaveAttribute('href', /^\/en\/places\/point-relais-[a-z-]+\/$/);
    const back = facts.getByRole('link', { name: /^The whole programme for / });
    await expect(back).toHaveAttribute('href', EN_MONTH_LINK);
    const calendar = page.getByRole('link', { name: /^Add to my calendar/ });
    await expect(calendar).toHaveAttribute('href', `${href}event.ics`);
    const ics = await request.get(`${href}event.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const text = (await ics.text()).replace(/\r\n /g, '');
    expect(text).toContain(`/en/events/`);
    expect(text).toContain('PRODID:-//20 000 emplois durables//Programme//EN');
    await expectNoAxeViolations(page);
    await back.click();
    await expect(page.locator(`[data-agenda-item] a[href="${href}"]`)).toHaveCount(1);
  });

  test('the English poster has its QR code to the English month online and the places’ hours in English', async ({ page }) => {
    await page.goto('/en/programme/');
    const [month] = await page
      .getByRole('navigation', { name: 'All months' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const response = await page.goto(`${month}print/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('svg.qr-code')).toHaveAttribute('aria-label', new RegExp(`^QR code to the programme online: https?://[^ ]+${month}$`));
    const places = page.getByRole('region', { name: 'Places and opening hours' });
    await expect(places).toContainText(/Monday to \p{L}+: \d{1,2}:\d{2}\s(am|pm) – \d{1,2}:\d{2}\s(am|pm)/u);
    await expectNoAxeViolations(page);
  });

  test('the English calendars of a place and an audience are served as text/calendar with English names and English event links', async ({ request }) => {
    for (const path of ['/en/programme/programme.ics', '/en/programme/place/point-relais-dunkerque-gare.ics', '/en/programme/audience/jeunes.ics']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const text = (await response.text()).replace(/\r\n /g, '');
      expect(text, path).toContain('X-WR-CALNAME:20,000 sustainable jobs');
      expect(text, path).toMatch(/URL;VALUE=URI:https?:\/\/[^/]+\/en\/events\//);
    }
  });
});
