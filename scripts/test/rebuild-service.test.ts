import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runStep } from '../src/lib/process-group.ts';
import type { BuildTrigger } from '../src/lib/releases.ts';
import { createRebuildService, type RebuildService, type RebuildServiceOptions } from '../src/rebuild/server.ts';

const SECRET = 'le-secret-partagé-des-tests';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A service whose builds are a fake that records when each one ran. */
async function fakeService(port: number, options: Partial<RebuildServiceOptions> & { buildMs?: number } = {}) {
  const builds: { trigger: BuildTrigger; startedAt: number; endedAt?: number }[] = [];
  const service = await createRebuildService({
    secret: SECRET,
    port,
    debounceMs: 100,
    maxWaitMs: 1000,
    reconcileMs: 0,
    releasesDir: tempFolder(),
    log: () => {},
    ...options,
    build:
      options.build ??
      (async (trigger) => {
        const build: (typeof builds)[number] = { trigger, startedAt: Date.now() };
        builds.push(build);
        await sleep(options.buildMs ?? 50);
        build.endedAt = Date.now();
        return { ok: true };
      }),
  });
  services.push(service);
  const post = (path: string, init: { secret?: string; body?: BodyInit; headers?: Record<string, string> } = {}) =>
    fetch(`${service.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(init.secret === undefined ? {} : { 'X-Rebuild-Secret': init.secret }), ...init.headers },
      body: init.body ?? JSON.stringify({ event: 'entry.publish', uid: 'api::company.company', entry: { id: 1 } }),
      ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  const hook = () => post('/hooks/strapi', { secret: SECRET });
  return { service, builds, post, hook };
}

const services: RebuildService[] = [];
const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-rebuild-unit-'));
  folders.push(dir);
  return dir;
};
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('rebuild service HTTP API (fake build, no CMS)', () => {
  it('answers 401 with a French error to a missing or wrong X-Rebuild-Secret on /hooks/strapi and /build, and queues no build', async () => {
    const { service, builds, post } = await fakeService(4460);
    for (const path of ['/hooks/strapi', '/build']) {
      for (const secret of [undefined, '', 'wrong', `${SECRET}x`, SECRET.slice(0, -1)]) {
        const res = await post(path, { secret });
        expect(res.status, `${path} with secret ${JSON.stringify(secret)}`).toBe(401);
        expect(((await res.json()) as { error: string }).error).toMatch(/Secret manquant ou invalide/);
      }
    }
    await sleep(300);
    expect(builds).toHaveLength(0);
    expect(service.status()).toMatchObject({ building: false, pending: false, live: null, lastBuild: null, lastError: null });
  });

  it('answers 413 to a body over REBUILD_MAX_BODY (declared or streamed) and queues no build; a body at the limit gets 202', async () => {
    const { builds, post } = await fakeService(4461, { maxBody: 1024, debounceMs: 50 });
    const declared = await post('/hooks/strapi', { secret: SECRET, body: 'x'.repeat(1025) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: string }).error).toMatch(/trop volumineuse/);

    // No Content-Length: the limit is enforced while reading.
    const chunk = new TextEncoder().encode('y'.repeat(600));
    const streamed = await post('/hooks/strapi', {
      secret: SECRET,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.enqueue(chunk);
          controller.close();
        },
      }),
    });
    expect(streamed.status).toBe(413);
    await sleep(200);
    expect(builds).toHaveLength(0);

    const atLimit = await post('/hooks/strapi', { secret: SECRET, body: 'z'.repeat(1024) });
    expect(atLimit.status).toBe(202);
    expect(await atLimit.json()).toEqual({ queued: true });
    await sleep(300);
    expect(builds.map((b) => b.trigger)).toEqual(['webhook']);
  });

  it('debounces: a burst of webhooks builds once after the quiet window; a steady stream still builds at the max wait', async () => {
    const { service, builds, hook } = await fakeService(4462, { debounceMs: 200, maxWaitMs: 700 });
    for (let i = 0; i < 5; i++) {
      expect((await hook()).status).toBe(202);
      await sleep(30);
    }
    const lastSignal = Date.now();
    expect(service.status().pending).toBe(true);
    await service.idle();
    expect(builds).toHaveLength(1);
    expect(builds[0].startedAt - lastSignal).toBeGreaterThanOrEqual(150);

    // A webhook every 100 ms for 1.5 s never leaves a 200 ms quiet window: the max wait fires.
    const first = Date.now();
    while (Date.now() - first < 1500) {
      await hook();
      await sleep(100);
    }
    const during = builds.slice(1).filter((b) => b.startedAt < first + 1500);
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(during[0].startedAt - first).toBeGreaterThanOrEqual(650);
    expect(during[0].startedAt - first).toBeLessThan(1000);
    await service.idle();
  });

  it('runs one build at a time: webhooks and « Publier maintenant » during a build cause exactly one more build after it', async () => {
    const { service, builds, hook, post } = await fakeService(4463, { debounceMs: 50, buildMs: 600 });
    await hook();
    while (builds.length === 0) await sleep(10);
    expect(service.status()).toMatchObject({ building: true, pending: false });
    for (let i = 0; i < 10; i++) await hook();
    expect((await post('/build', { secret: SECRET, body: '' })).status).toBe(202);
    expect(service.status()).toMatchObject({ building: true, pending: true });
    await service.idle();
    await sleep(300);
    expect(builds).toHaveLength(2);
    // Never overlapping: the second started after the first ended.
    expect(builds[1].startedAt).toBeGreaterThanOrEqual(builds[0].endedAt!);
    expect(builds[1].trigger).toBe('manual');
    expect(service.status()).toMatchObject({ building: false, pending: false });
  });

  it('POST /build starts a build at once, without waiting for the quiet window', async () => {
    const { builds, post } = await fakeService(4464, { debounceMs: 5000, maxWaitMs: 20_000 });
    const asked = Date.now();
    expect((await post('/build', { secret: SECRET, body: '' })).status).toBe(202);
    while (builds.length === 0 && Date.now() - asked < 2000) await sleep(10);
    expect(builds.map((b) => b.trigger)).toEqual(['manual']);
    expect(builds[0].startedAt - asked).toBeLessThan(500);
  });

  it('reconciles periodically (trigger « reconcile ») without any webhook', async () => {
    const { builds } = await fakeService(4465, { reconcileMs: 250 });
    await sleep(1000);
    expect(builds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(builds.map((b) => b.trigger))).toEqual(new Set(['reconcile']));
  });

  it('stop() during a build kills the build’s whole process group (no grandchild survives)', async () => {
    // A step whose leader starts a grandchild in the background, like Astro's workers or Pagefind's binary.
    const marker = `sleep 3${process.pid % 100}.5`;
    const count = () => Number(execFileSync('sh', ['-c', `pgrep -c -x -f '${marker}' || true`]).toString().trim());
    const { service, hook } = await fakeService(4466, {
      debounceMs: 10,
      build: async (_trigger, signal) => {
        await runStep('sh', ['-c', `${marker} & ${marker}`], { cwd: tmpdir(), quiet: true, signal }).catch(() => {});
        return { ok: false, failure: 'aborted' };
      },
    });
    await hook();
    while (!service.status().building) await sleep(10);
    await sleep(500);
    expect(count()).toBe(2);
    await service.stop();
    await sleep(200);
    expect(count()).toBe(0);
  });
});
