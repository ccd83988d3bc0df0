import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEnumLabel, enums, labels, listViews } from '@dk20000/shared';
import { adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

/** Port of this test file's own Strapi (the helper range 1450-1459; 1450 is site-publisher.test.ts's). */
const STRAPI_PORT = 1452;
const EVENT = 'api::event.event';
const COMPANY = 'api::company.company';

interface Configuration {
  layouts: { list: string[]; edit: unknown[] };
  settings: { defaultSortBy: string; defaultSortOrder: string; mainField: string };
  metadatas: Record<string, { edit?: Record<string, unknown>; list: { label: string; mainField?: string } }>;
}

let dataDir: string;
let strapi: RunningStrapi;
let admin: AdminClient;

async function start() {
  strapi = await startStrapi({ dataDir, port: STRAPI_PORT, seedDemo: true });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
}

async function configuration(uid: string): Promise<Configuration> {
  const answer = await admin.request<{ data: { contentType: Configuration } }>(
    'GET',
    `/content-manager/content-types/${encodeURIComponent(uid)}/configuration`,
  );
  return answer.data.contentType;
}

/** Saves a list view as « Configurez la vue » does: the list metadatas without their main field, which Strapi refuses. */
async function saveListView(uid: string, list: string[], settings: Partial<Configuration['settings']> = {}) {
  const current = await configuration(uid);
  const metadatas = Object.fromEntries(
    Object.entries(current.metadatas).map(([name, { list: { mainField: _mainField, ...listMeta }, ...rest }]) => [name, { ...rest, list: listMeta }]),
  );
  await admin.request('PUT', `/content-manager/content-types/${encodeURIComponent(uid)}/configuration`, {
    layouts: { ...current.layouts, list },
    metadatas,
    settings: { ...current.settings, ...settings },
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dk-admin-views-'));
  await start();
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('list views of the admin, set from code at bootstrap', () => {
  it('shows title, start date, venue, type and state for events, newest first, and name, town and presence for companies', async () => {
    const events = await configuration(EVENT);
    expect(events.layouts.list).toEqual(['title', 'startsAt', 'venue', 'type', 'state']);
    expect(events.settings).toMatchObject({ defaultSortBy: 'startsAt', defaultSortOrder: 'DESC' });
    expect(events.metadatas.venue?.list).toMatchObject({ label: 'Lieu', mainField: 'name' });
    expect(events.metadatas.startsAt?.list.label).toBe('Début');

    const companies = await configuration(COMPANY);
    expect(companies.layouts.list.slice(0, 3)).toEqual(['name', 'town', 'presence']);
    expect(companies.metadatas.town?.list).toMatchObject({ label: 'Commune', mainField: 'name' });
    expect(companies.metadatas.presence?.list.label).toBe('Présence sur le territoire');
  });

  it('gives every content type of the code its columns and sort, each column with a French label', async () => {
    for (const [uid, view] of Object.entries(listViews)) {
      const config = await configuration(uid);
      expect(config.layouts.list, uid).toEqual(view.columns);
      expect(config.settings, uid).toMatchObject({ defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder });
      expect(config.layouts.list[0], `${uid}: the first column is the entry's name`).toBe(config.settings.mainField);
      for (const column of view.columns) {
        const label = config.metadatas[column]?.list.label ?? '';
        expect(label, `${uid}.${column}`).not.toBe(column);
        expect(label, `${uid}.${column}`).toMatch(/^[A-ZÀ-Ý]/);
      }
    }
  });

  it('keeps a list view an editor changed in « Configurez la vue » across a restart, and re-applies the code’s view to the others', async () => {
    const editorsColumns = ['name', 'jobsPlanned', 'featured'];
    await saveListView(COMPANY, editorsColumns, { defaultSortBy: 'jobsPlanned', defaultSortOrder: 'DESC' });
    expect((await configuration(COMPANY)).layouts.list).toEqual(editorsColumns);

    await strapi.stop();
    await start();

    const after = await configuration(COMPANY);
    expect(after.layouts.list).toEqual(editorsColumns);
    expect(after.settings).toMatchObject({ defaultSortBy: 'jobsPlanned', defaultSortOrder: 'DESC' });
    expect((await configuration(EVENT)).layouts.list).toEqual(listViews[EVENT]!.columns);
  }, 300_000);

  it('stores enumeration values unchanged: the public API still answers the contract’s English values', async () => {
    const response = await fetch(`${strapi.url}/api/events?locale=fr&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${strapi.token}` },
    });
    expect(response.status).toBe(200);
    const events = ((await response.json()) as { data: Array<{ type: string; state: string; registration: string }> }).data;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(enums.eventType.options).toContain(event.type);
      expect(enums.eventState.options).toContain(event.state);
      expect(enums.registration.options).toContain(event.registration);
    }
  });
});

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

/**
 * The guided tour Strapi shows the first administrator covers the page once its content has loaded: an editor would
 * press « Passer », which ends the tour for good in this browser. It only shows when the admin was built with it.
 */
let tourSkipped = false;
async function skipGuidedTour(page: Page) {
  await page.getByRole('grid').waitFor();
  if (tourSkipped) return;
  const skip = page.getByRole('button', { name: 'Passer' });
  const shown = await skip.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (shown) await skip.click();
  tourSkipped = true;
}

/** Texts of one column of the list view's grid, by its header. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const grid = page.getByRole('grid');
  const rows = grid.getByRole('row');
  // Strapi's header cells are `th role="gridcell"` in the grid's first row.
  const headers = (await rows.first().getByRole('gridcell').allTextContents()).map((text) => text.trim().toLocaleLowerCase('fr'));
  const index = headers.indexOf(header.toLocaleLowerCase('fr'));
  expect(index, `column « ${header} » among ${headers.join(', ')}`).toBeGreaterThan(-1);
  const texts: string[] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    texts.push(((await rows.nth(i).getByRole('gridcell').nth(index).textContent()) ?? '').trim());
  }
  return texts;
}

describe('the real admin in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const eventTypeLabels = enums.eventType.options.map((value) => adminEnumLabel('eventType', value));

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1600, height: 1000 } });
    await page.goto(`${strapi.url}/admin/auth/login`);
    // A first visit opens in French, with the project's welcome.
    await page.getByText('Bienvenue sur 20 000 emplois durables').waitFor();
    await page.getByLabel(/^e-?mail/i).fill(strapi.adminEmail);
    await page.getByLabel(/mot de passe/i).first().fill(strapi.adminPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/admin\/?$/);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the home page in French: « Ajouter un widget », none of Strapi’s English-only strings (Add Widget, Your tasks…)', async () => {
    await page.getByRole('button', { name: 'Ajouter un widget' }).waitFor();
    const text = (await page.locator('main').allTextContents()).join(' ');
    for (const english of ['Add Widget', 'Your tasks', 'Discover your application', 'Last activity']) expect(text).not.toContain(english);
  });

  it('shows « Information collective »-style French labels, never `info-session`, in the events list, with date and place', async () => {
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${EVENT}?pageSize=100&plugins[i18n][locale]=fr`);
    await skipGuidedTour(page);
    const types = await columnTexts(page, 'Type d’événement');
    expect(types.length).toBeGreaterThan(10);
    expect(types).toContain(labels.eventType['info-session'].fr);
    expect(types).toContain('Levée des freins');
    expect(types).toContain('After-work');
    for (const type of types) expect(eventTypeLabels, type).toContain(type);
    const states = await columnTexts(page, 'État');
    for (const state of states) expect(['Programmé', 'Annulé', 'Complet', 'Reporté']).toContain(state);
    const gridText = (await page.getByRole('grid').textContent()) ?? '';
    for (const slug of ['info-session', 'barrier-removal', 'after-work', 'scheduled']) expect(gridText).not.toContain(slug);
    // Date in French and place by name.
    expect((await columnTexts(page, 'Début')).every((text) => /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} /.test(text))).toBe(true);
    expect(await columnTexts(page, 'Lieu')).toContain('Point relais Dunkerque – place de la Gare');
  });

  it('filters the events list by a French type label, shown in the applied filter, on the stored value', async () => {
    await page.getByRole('button', { name: 'Filtres' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Type d’événement' }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog.getByRole('combobox').nth(2).click();
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual(expect.arrayContaining(eventTypeLabels));
    await page.getByRole('option', { name: 'Information collective' }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Ajouter un filtre' }).click();
    await page.getByText('Type d’événement est Information collective').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('[type][$eq]=info-session');
    await page.getByRole('grid').waitFor();
    const types = await columnTexts(page, 'Type d’événement');
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Information collective']));
  });

  it('shows name, town and presence in French in the companies list, and French presence options and length hint in a company’s edit view', async () => {
    // Back to the code's view after the restart test's editor columns (this browser never opened the list yet).
    await saveListView(COMPANY, listViews[COMPANY]!.columns);
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${COMPANY}?pageSize=100&plugins[i18n][locale]=fr`);
    await skipGuidedTour(page);
    const presences = await columnTexts(page, 'Présence sur le territoire');
    expect(presences.length).toBeGreaterThan(0);
    for (const presence of presences) expect(['S’installe', 'Se développe', 'Implantée', '-']).toContain(presence);
    expect(await columnTexts(page, 'Commune')).toContain('Dunkerque');
    // A company's edit view: its presence select in French, and the summary's length hint « max. 300 caractères ».
    await page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.waitForURL(/api::company\.company\/[a-z0-9]{20,}/);
    await page.getByText('max. 300 caractères').first().waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain('characters');
    await page.getByRole('combobox', { name: /^Présence sur le territoire/ }).click();
    const options = (await page.getByRole('listbox').getByRole('option').allTextContents()).map((text) => text.trim());
    expect(options.filter((text) => text !== '' && text !== 'Choisissez ici')).toEqual(['S’installe', 'Se développe', 'Implantée']);
    await page.keyboard.press('Escape');
  });

  it('offers French options in the event edit view’s type select, and saves the stored value of the one picked', async () => {
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${EVENT}?pageSize=10&plugins[i18n][locale]=fr`);
    await skipGuidedTour(page);
    await page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.waitForURL(/api::event\.event\/[a-z0-9]{20,}/);
    const documentId = new URL(page.url()).pathname.split('/').pop()!;
    const select = page.getByRole('combobox', { name: /^Type d’événement/ });
    await select.click();
    const options = (await page.getByRole('listbox').getByRole('option').allInnerTexts()).map((text) => text.trim());
    expect(options.filter((text) => text !== '' && text !== 'Choisissez ici')).toEqual(eventTypeLabels);
    for (const slug of enums.eventType.options) expect(options).not.toContain(slug);
    await page.getByRole('option', { name: 'Salon' }).click();
    expect(await select.textContent()).toContain('Salon');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Sauvegardé').first().waitFor();
    const saved = await admin.request<{ data: { type: string } }>(
      'GET',
      `/content-manager/collection-types/${EVENT}/${documentId}?locale=fr`,
    );
    expect(saved.data.type).toBe('fair');
  });
});
