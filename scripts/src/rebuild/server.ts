/**
 * The rebuild service: Strapi's webhook calls POST /hooks/strapi, the admin's « Publier le site
 * maintenant » calls POST /build (both with the X-Rebuild-Secret header), editors' status panels
 * read GET /status. Signals are debounced; one build runs at a time; a periodic reconciliation
 * catches what a lost webhook missed (Strapi does not retry).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptyTrash, releasesRoot, runRelease, type BuildTrigger, type ReleaseResult } from '../lib/releases.ts';
import { secretMatches } from '../lib/secret.ts';
import { BodyTooLargeError, readBody, rejectTooLarge, sendJson } from './http.ts';
import { BuildScheduler } from './scheduler.ts';
import { REBUILD_DEFAULTS } from './config.ts';
import { currentStatus, type RebuildStatus } from './status.ts';

const NBSP = '\u00a0';

export interface RebuildServiceOptions {
  /** Shared secret of the X-Rebuild-Secret header (required). */
  secret: string;
  /** 0 picks a free port; defaults to 4322. */
  port?: number;
  host?: string;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Period of the reconciliation build (cheap when nothing changed); 0 turns it off. */
  reconcileMs?: number;
  /** Request bodies above this many bytes get 413. */
  maxBody?: number;
  /** Build once as soon as the service listens, under this trigger (npm start: 'start'). */
  initialBuild?: BuildTrigger;
  releasesDir?: string;
  keep?: number;
  strapiUrl?: string;
  token?: string;
  tokenFile?: string;
  /** Keep the build steps' output off this terminal. */
  quiet?: boolean;
  /** Replaces the release pipeline (tests): one build; `signal` aborts it. */
  build?: (trigger: BuildTrigger, signal: AbortSignal) => Promise<Partial<ReleaseResult> | undefined>;
  /** Operator log (English); defaults to the console with a timestamp. */
  log?: (line: string) => void;
}

export interface BuildEndEvent {
  trigger: BuildTrigger;
  result: Partial<ReleaseResult> | undefined;
  durationMs: number;
}

export interface RebuildService {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly scheduler: BuildScheduler;
  /** 'build:start' (trigger), 'build:step' (BuildStep, real pipeline only), 'build:end' (BuildEndEvent). */
  readonly events: EventEmitter;
  status(): RebuildStatus;
  /** Resolves once no build runs or waits. */
  idle(): Promise<void>;
  /** Stops listening, aborts the running build (its processes are killed) and waits for it. */
  stop(): Promise<void>;
}

const defaultLog = (line: string) => console.log(`[rebuild ${new Date().toISOString()}] ${line}`);

/** Starts the rebuild service; resolves once it listens. */
export async function createRebuildService(options: RebuildServiceOptions): Promise<RebuildService> {
  if (!options.secret) throw new Error('The rebuild service needs a secret (REBUILD_SECRET): webhooks would be unauthenticated.');
  const log = options.log ?? defaultLog;
  const root = releasesRoot(options.releasesDir);
  const maxBody = options.maxBody ?? REBUILD_DEFAULTS.maxBody;
  const strapiUrl = options.strapiUrl ?? REBUILD_DEFAULTS.strapiUrl;
  const events = new EventEmitter();
  let current: AbortController | undefined;
  let stopped = false;
  let trash: { controller: AbortController; done: Promise<void> } | undefined;

  const build =
    options.build ??
    ((trigger: BuildTrigger, signal: AbortSignal) =>
      runRelease({
        strapiUrl,
        token: options.token,
        tokenFile: options.tokenFile,
        releasesDir: root,
        keep: options.keep,
        trigger,
        signal,
        quiet: options.quiet ?? true,
        emptyTrash: false,
        skipIfUnchanged: trigger === 'reconcile',
        log,
        onStep: (step) => events.emit('build:step', step),
      }));

  const scheduler: BuildScheduler = new BuildScheduler({
    debounceMs: options.debounceMs ?? REBUILD_DEFAULTS.debounceMs,
    maxWaitMs: options.maxWaitMs ?? REBUILD_DEFAULTS.maxWaitMs,
    async run(trigger) {
      if (trash) {
        trash.controller.abort();
        await trash.done;
      }
      const controller = new AbortController();
      current = controller;
      const started = performance.now();
      log(`Build started (${trigger}).`);
      events.emit('build:start', trigger);
      let result: Partial<ReleaseResult> | undefined;
      try {
        result = (await build(trigger, controller.signal)) ?? undefined;
      } catch (error) {
        result = { ok: false, failure: error instanceof Error ? error.message : String(error) };
      } finally {
        current = undefined;
      }
      const durationMs = Math.round(performance.now() - started);
      if (result?.ok === false) log(`Build failed after ${(durationMs / 1000).toFixed(1)} s: ${result.failure ?? 'unknown error'}`);
      else log(`Build finished in ${(durationMs / 1000).toFixed(1)} s${result?.skipped ? ' (nothing changed)' : ''}.`);
      events.emit('build:end', { trigger, result, durationMs } satisfies BuildEndEvent);
    },
    onChange() {
      // Old releases are deleted while nothing else runs (deleting a tree slows a build down).
      if (!scheduler.building && !scheduler.pending && !trash && !stopped && !options.build) {
        const controller = new AbortController();
        trash = {
          controller,
          done: emptyTrash(root, { signal: controller.signal })
            .catch((error) => log(`Could not empty the trash: ${(error as Error).message}`))
            .finally(() => (trash = undefined)),
        };
      }
    },
  });

  const refuse = (res: ServerResponse) =>
    sendJson(res, 401, { error: `Secret manquant ou invalide${NBSP}: l’en-tête X-Rebuild-Secret est requis.` });

  async function signalRoute(req: IncomingMessage, res: ServerResponse, kind: 'webhook' | 'manual') {
    if (!secretMatches(req.headers['x-rebuild-secret'], options.secret)) {
      log(`Refused ${req.method} ${req.url}: missing or wrong secret.`);
      req.resume();
      refuse(res);
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        log(`Refused ${req.method} ${req.url}: body over ${maxBody} bytes.`);
        rejectTooLarge(req, res, maxBody, `Requête trop volumineuse (plus de ${maxBody}${NBSP}octets).`);
        return;
      }
      throw error;
    }
    if (kind === 'webhook') {
      let what = '';
      try {
        const event = JSON.parse(body.toString('utf8')) as { event?: string; model?: string; uid?: string };
        what = [event.event, event.uid ?? event.model].filter(Boolean).join(' ');
      } catch {
        // a webhook is only a signal
      }
      log(`Webhook${what ? ` ${what}` : ''}: build queued.`);
      scheduler.signal('webhook');
    } else {
      log('Build requested (« Publier le site maintenant »).');
      scheduler.now('manual');
    }
    sendJson(res, 202, { queued: true });
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    const handle = async () => {
      switch (route) {
        case 'POST /hooks/strapi':
          return signalRoute(req, res, 'webhook');
        case 'POST /build':
          return signalRoute(req, res, 'manual');
        case 'GET /status':
          return sendJson(res, 200, currentStatus(root, scheduler));
        default:
          req.resume();
          if (['/hooks/strapi', '/build', '/status'].includes(path)) {
            return sendJson(res, 405, { error: `Méthode ${req.method} non autorisée sur ${path}.` });
          }
          return sendJson(res, 404, { error: `Adresse inconnue${NBSP}: ${path}` });
      }
    };
    handle().catch((error) => {
      log(`Error on ${route}: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'Erreur interne du service de publication.' });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  server.listen(options.port ?? REBUILD_DEFAULTS.port, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;

  const reconcileMs = options.reconcileMs ?? REBUILD_DEFAULTS.reconcileMs;
  const reconcile =
    reconcileMs > 0
      ? setInterval(() => {
          if (scheduler.building || scheduler.pending) return;
          log('Reconciliation: checking the CMS for changes a lost webhook may have missed.');
          scheduler.now('reconcile');
        }, reconcileMs)
      : undefined;
  reconcile?.unref();

  log(`Listening on ${url} (debounce ${options.debounceMs ?? REBUILD_DEFAULTS.debounceMs} ms, max wait ${options.maxWaitMs ?? REBUILD_DEFAULTS.maxWaitMs} ms, reconciliation ${reconcileMs > 0 ? `every ${Math.round(reconcileMs / 1000)} s` : 'off'}).`);
  if (options.initialBuild) scheduler.now(options.initialBuild);

  return {
    url,
    port,
    server,
    scheduler,
    events,
    status: () => currentStatus(root, scheduler),
    idle: () => scheduler.idle(),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(reconcile);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      current?.abort();
      trash?.controller.abort();
      await scheduler.stop();
      await trash?.done;
      await closed;
    },
  };
}
