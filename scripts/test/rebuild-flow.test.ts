/**
 * The editors' loop against a real CMS (demo seed) and the real build: publish, unpublish and delete
 * in the admin → the rebuild service → a new release served by the static server and its Pagefind
 * index. One Strapi for the whole file (it is restarted once, on the same data, by the last test).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type AdminClient } from '../src/lib/admin-client.ts';
import { loadPagefind } from '../src/lib/pagefind-search.ts';
import { runningGroups } from '../src/lib/process-group.ts';
import { liveRelease, type BuildStep } from '../src/lib/releases.ts';
import { serveStatic } from '../src/lib/site.ts';
import { randomSecrets, startStrapi, type RunningStrapi } from '../src/lib/strapi.ts';
import { createRebuildService, type BuildEndEvent, type RebuildService } from '../src/rebuild/server.ts';

const STRAPI_PORT = 1461;
const SERVICE_PORT = 4470;
const SITE_PORT = 4471;
const DEBOUNCE_MS = 1500;
const MAX_WAIT_MS = 10_000;
const SECRET = randomBytes(24).toString('hex');

const root = mkdtempSync(join(tmpdir(), 'dk-rebuild-flow-'));
const dataDir = join(root, 'cms');
const releasesDir = join(root, 'releases');
// Same secrets at the restart (the API token and admin sessions stay valid); Strapi calls this service.
const strapiEnv = { ...randomSecrets(), REBUILD_SECRET: SECRET, REBUILD_URL: `http://127.0.0.1:${SERVICE_PORT}` };

let strapi: RunningStrapi;
let admin: AdminClient;
let service: RebuildService;
let site: Awaited<ReturnType<typeof serveStatic>>;
const log: string[] = [];
const ends: (BuildEndEvent & { at: number })[] = [];
const starts: number[] = [];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(200);
  }
}

/** What Strapi's webhook sends; these tests signal the service themselves, except the webhook test. */
async function notify(event: string, uid: string) {
  const res = await fetch(`${service.url}/hooks/strapi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Rebuild-Secret': SECRET },
    body: JSON.stringify({ event, uid, model: uid.split('.').pop(), createdAt: new Date().toISOString(), entry: {} }),
  });
  expect(res.status).toBe(202);
}

const status = (path: string) => fetch(`${site.url}${path}`).then((res) => res.status);
const text = (path: string) => fetch(`${site.url}${path}`).then((res) => res.text());

/** Pages Pagefind finds for `term`, searching the live release's French index through the static server like a browser. */
async function search(term: string): Promise<string[]> {
  const pagefind = await loadPagefind(liveRelease(releasesDir)!, site.url);
  const found = await pagefind.search(term);
  const urls = await Promise.all(found.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
  await pagefind.destroy?.();
  return urls.map((url) => new URL(url, site.url).pathname);
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${strapi.url}${path}`, { headers: { Authorization: `Bearer ${strapi.token}` } });
  expect(res.ok).toBe(true);
  return ((await res.json()) as { data: T }).data;
}

/**
 * Processes of a build (Astro, Pagefind, cp) still running: their command lines name this test's
 * releases folder. The idle service's deletion of old releases (rm -rf of .trash) is not a build.
 */
function buildProcesses(): string {
  let lines: string;
  try {
    lines = execFileSync('pgrep', ['-f', '-a', releasesDir]).toString();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
  return lines
    .split('\n')
    .filter((line) => line.trim() && !line.includes(`${releasesDir}/.trash/`))
    .join('\n');
}

beforeAll(async () => {
  strapi = await startStrapi({ dataDir, port: STRAPI_PORT, seedDemo: true, env: strapiEnv });
  admin = await adminClient(strapi.url, strapi.adminEmail, strapi.adminPassword);
  service = await createRebuildService({
    secret: SECRET,
    port: SERVICE_PORT,
    debounceMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    reconcileMs: 0,
    releasesDir,
    strapiUrl: strapi.url,
    tokenFile: strapi.tokenFile,
    initialBuild: 'start',
    log: (line) => log.push(`${new Date().toISOString()} ${line}`),
  });
  service.events.on('build:start', () => starts.push(Date.now()));
  service.events.on('build:end', (event: BuildEndEvent) => ends.push({ ...event, at: Date.now() }));
  site = await serveStatic(() => liveRelease(releasesDir) ?? root, SITE_PORT);
  await service.idle();
  expect(service.status().live, log.join('\n')).not.toBeNull();
}, 300_000);

afterAll(async () => {
  await service?.stop();
  await site?.close();
  await strapi?.stop();
  console.log(`Rebuild service log:\n${log.join('\n')}`);
  rmSync(root, { recursive: true, force: true });
});

describe('publishing in the admin rebuilds the live site and its search (real CMS, real build)', () => {
  it(
    'an event created and published in the admin is served at /evenements/<slug>/ and found by Pagefind within the debounce plus one build; unpublished, its page and search hit are gone; a deleted company’s page and search hit are gone',
    async () => {
      const word = 'Ornithorynque';
      const published = Date.now();
      const buildsBefore = ends.length;
      const [venue] = await api<{ documentId: string }[]>('/api/venues?pagination[pageSize]=1');
      const uid = 'api::event.event';
      const slug = `rencontre-${word.toLowerCase()}`;
      const event = await admin.create(
        uid,
        {
          title: `Rencontre ${word} des métiers de l’hydrogène`,
          slug,
          type: 'info-session',
          summary: `Une rencontre ${word} pour découvrir les métiers de l’hydrogène et leurs formations.`,
          startsAt: '2027-03-10T09:00:00.000Z',
          endsAt: '2027-03-10T11:00:00.000Z',
          venue: { connect: [{ documentId: venue.documentId }] },
          registration: 'none',
          state: 'scheduled',
        },
        { publish: true },
      );
      const documentId = event.documentId;
      const path = `/evenements/${(await api<{ slug: string }[]>(`/api/events?filters[documentId][$eq]=${documentId}`))[0].slug}/`;
      await notify('entry.publish', uid);
      await waitFor(`${path} served`, async () => (await status(path)) === 200);
      const visible = Date.now() - published;
      expect(await search(word)).toContain(path);
      const build = ends.slice(buildsBefore).find((end) => end.result?.ok);
      expect(build, log.join('\n')).toBeDefined();
      console.log(`publish → live and searchable: ${visible} ms (build ${build!.durationMs} ms, debounce ${DEBOUNCE_MS} ms)`);
      // One build after the quiet window (plus the admin calls and the polling above).
      expect(visible).toBeLessThanOrEqual(DEBOUNCE_MS + build!.durationMs + 3000);

      await admin.unpublish(uid, documentId);
      await notify('entry.unpublish', uid);
      await waitFor(`${path} gone`, async () => (await status(path)) === 404);
      expect(await search(word)).not.toContain(path);

      const [company] = await api<{ documentId: string; slug: string; name: string }[]>('/api/companies?sort=name:desc&pagination[pageSize]=1');
      const companyPath = `/entreprises/${company.slug}/`;
      expect(await status(companyPath)).toBe(200);
      expect(await search(company.name)).toContain(companyPath);
      await admin.remove('api::company.company', company.documentId);
      await notify('entry.delete', 'api::company.company');
      await waitFor(`${companyPath} gone`, async () => (await status(companyPath)) === 404);
      expect(await search(company.name)).not.toContain(companyPath);
      expect(await text('/entreprises/')).not.toContain(`href="${companyPath}"`);
    },
    240_000,
  );

  it('Strapi’s own webhook (REBUILD_URL, REBUILD_SECRET given to Strapi) rebuilds the site: a summary published in the admin goes live with no other signal', async () => {
    await service.idle();
    const [company] = await api<{ documentId: string; slug: string }[]>('/api/companies?sort=name:asc&pagination[pageSize]=1');
    const summary = 'Résumé publié depuis l’administration, reconstruit par le webhook de Strapi.';
    const buildsBefore = starts.length;
    await admin.update('api::company.company', company.documentId, { summary }, { publish: true });
    await waitFor('a build started by the webhook', async () => starts.length > buildsBefore, 20_000);
    await waitFor('the new summary live', async () => (await text(`/entreprises/${company.slug}/`)).includes(summary));
  }, 120_000);

  it('an edit the contract rejects (a website without https://) keeps the company’s previous page live and is named in French in /status; fixed, the issue is gone', async () => {
    await service.idle();
    const [company] = await api<{ documentId: string; slug: string; name: string; summary: string }[]>(
      '/api/companies?sort=name:asc&pagination[start]=1&pagination[limit]=1',
    );
    const path = `/entreprises/${company.slug}/`;
    const before = await text(path);
    const rejected = 'Nouveau résumé qui ne doit pas paraître tant que le site web est invalide.';
    const buildsBefore = ends.length;
    await admin.update('api::company.company', company.documentId, { summary: rejected, website: 'www.exemple.fr' }, { publish: true });
    await notify('entry.publish', 'api::company.company');
    await waitFor('a build after the rejected edit', async () => ends.length > buildsBefore && !service.status().building && !service.status().pending);
    expect(ends.at(-1)?.result?.ok, log.slice(-5).join('\n')).toBe(true);

    const status = (await (await fetch(`${service.url}/status`)).json()) as ReturnType<RebuildService['status']>;
    const issue = status.contentIssues.find((item) => item.documentId === company.documentId);
    expect(issue, JSON.stringify(status.contentIssues)).toMatchObject({ type: 'companies', field: 'website', keptPrevious: true, locale: 'fr' });
    expect(issue!.text).toMatch(new RegExp(`^Entreprise «\u00a0${escapeRegExp(company.name)}\u00a0» \\(fr\\), champ «\u00a0.+\u00a0»\u00a0: .+ La version précédente reste en ligne\\.$`));
    const page = await text(path);
    expect(page).not.toContain(rejected);
    expect(page).toContain(company.summary.slice(0, 40));
    expect(before).toContain(company.summary.slice(0, 40));

    const fixedAt = ends.length;
    await admin.update('api::company.company', company.documentId, { website: 'https://www.exemple.fr' }, { publish: true });
    await notify('entry.publish', 'api::company.company');
    await waitFor('the fixed edit live', async () => ends.length > fixedAt && (await text(path)).includes(rejected));
    await service.idle();
    expect(service.status().contentIssues.filter((item) => item.documentId === company.documentId)).toEqual([]);
  }, 180_000);

  it('a reconciliation with nothing changed in the CMS makes no new release', async () => {
    await service.idle();
    const liveBefore = liveRelease(releasesDir);
    const idBefore = service.status().live?.id;
    const done = new Promise<BuildEndEvent>((resolve) => service.events.once('build:end', resolve));
    service.scheduler.now('reconcile');
    const end = await done;
    expect(end.result).toMatchObject({ ok: true, skipped: true });
    expect(end.durationMs).toBeLessThan(5000);
    expect(liveRelease(releasesDir)).toBe(liveBefore);
    expect(service.status().live?.id).toBe(idBefore);
  });

  it('a storm of 100 publishes started over 10 s (one every 100 ms) gives at most 3 builds, and the final release holds all 100 pages', async () => {
    const total = 100;
    const drafts: string[] = [];
    for (let i = 0; i < total; i += 5) {
      const batch = await Promise.all(
        Array.from({ length: 5 }, (_, k) =>
          admin.create(
            'api::company.company',
            { name: `Tempête ${i + k}`, slug: `tempete-${i + k}`, summary: `Entreprise numéro ${i + k} de la tempête de publications.`, presence: 'growing' },
            { publish: false },
          ),
        ),
      );
      drafts.push(...batch.map((doc) => doc.documentId));
    }
    // The drafts' own webhooks (entry.create) may have started builds: let them settle first.
    await sleep(DEBOUNCE_MS + 500);
    await service.idle();

    const buildsBefore = starts.length;
    const stormStart = Date.now();
    await Promise.all(
      drafts.map(async (documentId, i) => {
        await sleep(i * 100);
        await admin.publish('api::company.company', documentId);
        await notify('entry.publish', 'api::company.company');
      }),
    );
    // Sent one every 100 ms; a loaded CMS may take longer to answer them all (logged below).
    const stormMs = Date.now() - stormStart;
    await sleep(DEBOUNCE_MS + 200);
    await service.idle();
    const builds = starts.length - buildsBefore;
    console.log(`storm: ${total} publishes in ${stormMs} ms → ${builds} builds`);
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(3);
    expect(ends.at(-1)?.result?.ok, log.slice(-10).join('\n')).toBe(true);
    const live = liveRelease(releasesDir)!;
    const missing = Array.from({ length: total }, (_, i) => `entreprises/tempete-${i}/index.html`).filter((file) => !existsSync(join(live, file)));
    expect(missing).toEqual([]);
    expect(await status('/entreprises/tempete-99/')).toBe(200);
  }, 300_000);

  it('stopping Strapi during a build leaves the live release unchanged, /status names the error in French, and no build process survives; restarted, the next trigger recovers', async () => {
    await service.idle();
    const liveBefore = liveRelease(releasesDir)!;
    const stateBefore = service.status().live;
    const [company] = await api<{ documentId: string; slug: string; summary: string }[]>('/api/companies?sort=name:asc&pagination[pageSize]=1');
    const path = `/entreprises/${company.slug}/`;
    const summary = 'Résumé publié juste avant l’arrêt du CMS, en ligne après son redémarrage.';
    await admin.update('api::company.company', company.documentId, { summary }, { publish: true });

    // Strapi stops as soon as Astro starts (before its loader has read the CMS).
    const stopped = new Promise<void>((resolve) => {
      const onStep = (step: BuildStep) => {
        if (step !== 'astro') return;
        service.events.off('build:step', onStep);
        void strapi.stop().then(resolve);
      };
      service.events.on('build:step', onStep);
    });
    const failed = new Promise<BuildEndEvent>((resolve) => service.events.once('build:end', resolve));
    await notify('entry.publish', 'api::company.company');
    await stopped;
    const end = await failed;
    expect(end.result?.ok, log.slice(-5).join('\n')).toBe(false);
    await service.idle();

    expect(liveRelease(releasesDir)).toBe(liveBefore);
    const afterFailure = (await (await fetch(`${service.url}/status`)).json()) as ReturnType<RebuildService['status']>;
    expect(afterFailure.live).toEqual(stateBefore);
    expect(afterFailure.building).toBe(false);
    expect(afterFailure.lastBuild).toMatchObject({ ok: false, trigger: 'webhook' });
    expect(afterFailure.lastError?.message).toMatch(/^Le CMS a cessé de répondre pendant la construction du site \(http:\/\/127\.0\.0\.1:1461\)\. Le site en ligne reste inchangé\./);
    expect(afterFailure.lastError?.detail).not.toBe('');
    expect(await text(path)).not.toContain(summary);
    expect(runningGroups()).toEqual([]);
    expect(buildProcesses()).toBe('');

    strapi = await startStrapi({ dataDir, port: STRAPI_PORT, seedDemo: true, env: strapiEnv });
    await notify('entry.publish', 'api::company.company');
    await waitFor('the recovered build', async () => ends.at(-1)?.result?.ok === true && !service.status().building, 180_000);
    await service.idle();
    expect(liveRelease(releasesDir)).not.toBe(liveBefore);
    expect(await text(path)).toContain(summary);
    const recovered = service.status();
    expect(recovered.lastError).toBeNull();
    expect(recovered.lastBuild).toMatchObject({ ok: true });
    // The failed build left a half-written work folder: the recovery was a clean build.
    expect(log.some((line) => line.includes('clean build'))).toBe(true);
    expect(buildProcesses()).toBe('');
    expect(JSON.parse(readFileSync(join(releasesDir, 'state.json'), 'utf8')).live.id).toBe(recovered.live!.id);
  }, 400_000);
});
