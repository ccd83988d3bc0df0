import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseResult } from '../lib/releases.ts';
import { serveStatic, siteDir } from '../lib/site.ts';
import { startStrapi, type RunningStrapi } from '../lib/strapi.ts';
import { rebuildConfigFromEnv } from '../rebuild/config.ts';
import { createRebuildService, type BuildEndEvent, type RebuildService } from '../rebuild/server.ts';
import { liveFolder } from '../lib/releases/paths.ts';

/*
 * A throw-away copy of the product as `npm start` runs it: the built CMS on its own SQLite
 * database, Strapi's webhook pointing to a rebuild service with its own releases folder, and the
 * live release served over HTTP. Debounce and max wait come from the environment (defaults of the
 * design: 1 500 ms and 10 000 ms); the periodic reconciliation is off so that it cannot add builds.
 */

export interface Ports {
  strapi: number;
  rebuild: number;
  site: number;
}

export interface Instance {
  root: string;
  strapi: RunningStrapi;
  service: RebuildService;
  releasesDir: string;
  siteUrl: string;
  /** Every build the service ran, in order. */
  builds: BuildEndEvent[];
  /** The live release folder (throws before the first release). */
  live(): string;
  settings: { debounceMs: number; maxWaitMs: number };
  /** Waits for the service to be idle and returns the builds that ended meanwhile. */
  settle(): Promise<BuildEndEvent[]>;
  stop(): Promise<void>;
}

/**
 * `buildsDir` holds the releases: it must be inside the site folder. Astro writes its prerender
 * bundle into `<outDir>/.prerender` only when the output folder is under its working directory
 * (site/); otherwise into site/.astro/.prerender, which every other such build on this checkout
 * shares and deletes (a concurrent test's build then breaks ours with ERR_MODULE_NOT_FOUND).
 */
export async function startInstance(root: string, buildsDir: string, ports: Ports, options: { seedDemo: boolean }): Promise<Instance> {
  mkdirSync(root, { recursive: true });
  const secret = randomBytes(24).toString('hex');
  const rebuildUrl = `http://127.0.0.1:${ports.rebuild}`;
  const strapi = await startStrapi({
    dataDir: join(root, 'cms'),
    port: ports.strapi,
    seedDemo: options.seedDemo,
    env: { REBUILD_URL: rebuildUrl, REBUILD_SECRET: secret },
  });
  const releasesDir = join(buildsDir, 'releases');
  const logFile = join(root, 'rebuild.log');
  const config = rebuildConfigFromEnv();
  const builds: BuildEndEvent[] = [];
  let service: RebuildService;
  try {
    service = await createRebuildService({
      secret,
      port: ports.rebuild,
      debounceMs: config.debounceMs,
      maxWaitMs: config.maxWaitMs,
      reconcileMs: 0,
      maxBody: config.maxBody,
      keep: config.keep,
      releasesDir,
      strapiUrl: strapi.url,
      tokenFile: strapi.tokenFile,
      quiet: true,
      initialBuild: 'start',
      log: (line) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`),
    });
  } catch (error) {
    await strapi.stop();
    throw error;
  }
  service.events.on('build:end', (event: BuildEndEvent) => builds.push(event));
  const live = () => {
    const folder = liveFolder(releasesDir);
    if (!folder) throw new Error(`No live release in ${releasesDir} (see ${logFile})`);
    return folder;
  };
  // Before the first release, serve the site's public folder (as npm start does).
  const site = await serveStatic(() => liveFolder(releasesDir) ?? join(siteDir, 'public'), ports.site);
  let seen = 0;
  return {
    root,
    strapi,
    service,
    releasesDir,
    siteUrl: site.url,
    builds,
    live,
    settings: { debounceMs: config.debounceMs, maxWaitMs: config.maxWaitMs },
    async settle() {
      await service.idle();
      const ended = builds.slice(seen);
      seen = builds.length;
      return ended;
    },
    async stop() {
      await service.stop().catch(() => undefined);
      await site.close();
      await strapi.stop();
    },
  };
}

/** The release result of a build event, failing loudly when the build failed. */
export function releaseOf(event: BuildEndEvent | undefined, what: string, logDir: string): ReleaseResult {
  const result = event?.result as ReleaseResult | undefined;
  if (!event || !result || result.ok === false) {
    throw new Error(`${what}: the build failed (${result?.failure ?? 'no build ran'}); see ${join(logDir, 'rebuild.log')}`);
  }
  return result;
}
