import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminClient } from '../src/lib/admin-client.ts';
import { serveStatic } from '../src/lib/site.ts';
import { startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';

const root = mkdtempSync(join(tmpdir(), 'dk-flow-'));
process.env.SITE_RELEASES_DIR = join(root, 'releases');
const { buildRelease, liveRelease } = await import('../src/lib/releases.ts');

let strapi: RunningStrapi | undefined;
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
afterAll(async () => {
  await site?.close();
  await strapi?.stop();
});

describe('an editor publishes, the site is rebuilt', () => {
  it('shows the published change on the live site, and never a draft', async () => {
    strapi = await startStrapi({ dataDir: join(root, 'cms'), port: 1433, seedDemo: true });
    const build = () => buildRelease({ strapiUrl: strapi!.url, token: strapi!.token, quiet: true });
    const first = await build();
    site = await serveStatic(() => liveRelease()!, 4398);

    const list = await fetch(`${strapi.url}/api/companies?sort=name&pagination[pageSize]=1`, { headers: { Authorization: `Bearer ${strapi.token}` } });
    const [company] = ((await list.json()) as { data: { documentId: string; slug: string; summary: string }[] }).data;
    const page = async () => (await fetch(`${site!.url}/entreprises/${company.slug}/`)).text();
    expect(await page()).toContain(company.summary.slice(0, 40));

    const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    const published = 'Nouvelle présentation publiée par l’équipe communication.';
    await admin.update('api::company.company', company.documentId, { summary: published }, { publish: true });
    const draft = await admin.create(
      'api::company.company',
      { name: 'Fiche en préparation', slug: 'fiche-en-preparation', summary: 'Pas encore publiée.', presence: 'arriving' },
      { publish: false },
    );
    expect(draft.documentId).toBeTruthy();

    const second = await build();
    expect(second).not.toBe(first);
    expect(liveRelease()).toBe(second);
    expect(await page()).toContain(published);
    expect((await fetch(`${site.url}/entreprises/fiche-en-preparation/`)).status).toBe(404);
  });
});
