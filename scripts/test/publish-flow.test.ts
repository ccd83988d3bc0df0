import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { adminClient } from '../src/lib/admin-client.ts';
import { loadPagefind } from '../src/lib/pagefind-search.ts';
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

/** Every file of a release as text; gzip files (Pagefind's fragments and index) are read uncompressed. */
function* releaseTexts(dir: string): Generator<[string, string]> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* releaseTexts(path);
      continue;
    }
    const bytes = readFileSync(path);
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    yield [path, (gzipped ? gunzipSync(bytes) : bytes).toString('utf8')];
  }
}

/** Pages the live release's French Pagefind index finds for the exact word, searched like a browser does. */
async function search(siteUrl: string, word: string): Promise<number> {
  const pagefind = await loadPagefind(liveRelease()!, siteUrl);
  const found = await pagefind.search(`"${word}"`);
  await pagefind.destroy?.();
  return found.results.length;
}

describe('an editor publishes, the site is rebuilt', () => {
  it('shows the published change on the live site; the text of a draft, new or edited, is in no file of the release nor its search index', async () => {
    strapi = await startStrapi({ dataDir: join(root, 'cms'), port: 1433, seedDemo: true });
    const build = () => buildRelease({ strapiUrl: strapi!.url, token: strapi!.token, quiet: true });
    const first = await build();
    site = await serveStatic(() => liveRelease()!, 4398);

    const list = await fetch(`${strapi.url}/api/companies?sort=name&pagination[pageSize]=2`, { headers: { Authorization: `Bearer ${strapi.token}` } });
    const [company, other] = ((await list.json()) as { data: { documentId: string; slug: string; summary: string }[] }).data;
    const page = async (slug: string) => (await fetch(`${site!.url}/entreprises/${slug}/`)).text();
    expect(await page(company.slug)).toContain(company.summary.slice(0, 40));

    const admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
    const published = 'Nouvelle présentation publiée par l’équipe communication, avec le mot Capybara.';
    await admin.update('api::company.company', company.documentId, { summary: published }, { publish: true });
    // A new entry never published, and an unpublished edit of a published one.
    const draft = await admin.create(
      'api::company.company',
      { name: 'Fiche en préparation', slug: 'fiche-en-preparation', summary: 'Pas encore publiée : Quetzalcoatlus.', presence: 'arriving' },
      { publish: false },
    );
    expect(draft.documentId).toBeTruthy();
    await admin.update('api::company.company', other.documentId, { summary: 'Brouillon non publié : Zeppelinoide.' }, { publish: false });

    const second = await build();
    expect(second).not.toBe(first);
    expect(liveRelease()).toBe(second);
    expect(await page(company.slug)).toContain(published);
    expect(await page(other.slug)).toContain(other.summary.slice(0, 40));
    expect((await fetch(`${site.url}/entreprises/fiche-en-preparation/`)).status).toBe(404);

    let files = 0;
    let fragmentsWithPublishedWord = 0;
    for (const [path, text] of releaseTexts(second)) {
      files += 1;
      if (path.includes('/pagefind/fragment/') && text.includes('Capybara')) fragmentsWithPublishedWord += 1;
      expect(text, path).not.toMatch(/Quetzalcoatlus|Zeppelinoide|Fiche en préparation/i);
    }
    expect(files).toBeGreaterThan(100);
    // The same reading does see published text inside the compressed search fragments.
    expect(fragmentsWithPublishedWord).toBeGreaterThanOrEqual(1);
    expect(await search(site.url, 'Capybara'), 'the published word is found').toBeGreaterThanOrEqual(1);
    expect(await search(site.url, 'Quetzalcoatlus')).toBe(0);
    expect(await search(site.url, 'Zeppelinoide')).toBe(0);
  });
});
