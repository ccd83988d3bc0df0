/**
 * The release pipeline: one build at a time (a lock across processes), Astro's incremental build
 * into a persistent work folder, a real copy of it into a new release folder, Pagefind on that
 * release, checks, then an atomic switch of the `live` link. A failed step leaves `live` as it was
 * and records why (in French) in the state file that GET /status serves.
 *
 *   SITE_RELEASES_DIR/
 *     live -> 2026-12-01T10-42-00-123Z   served by the static server
 *     2026-12-01T10-42-00-123Z/          releases (the last SITE_RELEASES_KEEP are kept)
 *     work/  cache/                      Astro's output and its caches, reused build after build
 *     state.json  .lock  .trash/         status, the build lock, old folders waiting for deletion
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { runStep } from './process-group.ts';
import { runAstroBuild, runPagefind } from './site.ts';
import { checkRelease } from './releases/checks.ts';
import { acquireLock, type HeldLock } from './releases/lock.ts';
import { describeFailure, ReleaseError, type BuildStep } from './releases/messages.ts';
import { liveFolder, newReleaseId, RELEASE_NAME, releasePaths, releasesRoot } from './releases/paths.ts';
import {
  readContentIssues,
  readState,
  writeState,
  type BuildErrorInfo,
  type BuildTrigger,
  type ContentIssue,
} from './releases/state.ts';
import { cmsAnswers, syncFingerprint } from './releases/sync.ts';
import { emptyTrash, moveToTrash } from './releases/trash.ts';

export { ReleaseError, type BuildStep } from './releases/messages.ts';
export { currentLock, type LockInfo } from './releases/lock.ts';
export { releasesRoot, releasePaths } from './releases/paths.ts';
export { readState, type BuildTrigger, type ContentIssue, type ReleasesState } from './releases/state.ts';
export { emptyTrash } from './releases/trash.ts';

/** Releases root of the current environment (SITE_RELEASES_DIR or site/.releases). */
export const releasesDir = releasesRoot();

/** The folder of the release being served, or undefined before the first good build. */
export function liveRelease(dir?: string): string | undefined {
  return liveFolder(releasesRoot(dir));
}

export interface BuildReleaseOptions {
  strapiUrl: string;
  token?: string;
  /** Read at each build (the CMS may rewrite it). */
  tokenFile?: string;
  /** Keep the steps' output out of this terminal. */
  quiet?: boolean;
  /** Releases root; defaults to SITE_RELEASES_DIR or site/.releases. */
  releasesDir?: string;
  /** Releases kept, the live one included; defaults to SITE_RELEASES_KEEP or 3. */
  keep?: number;
  trigger?: BuildTrigger;
  /** Aborting kills the running step's process group; the build fails and live is untouched. */
  signal?: AbortSignal;
  /** How long to wait for another process's build before giving up. */
  lockTimeoutMs?: number;
  /** Delete the trash when done (default). The rebuild service does it itself when idle. */
  emptyTrash?: boolean;
  /** Skip the build when the CMS's published content is unchanged since the live release and the last build succeeded (reconciliation). */
  skipIfUnchanged?: boolean;
  /** Operator log lines (English); defaults to the console unless quiet. */
  log?: (line: string) => void;
  /** Called as each step starts (tests, progress). */
  onStep?: (step: BuildStep) => void;
}

export interface ReleaseResult {
  ok: boolean;
  /** Nothing changed in the CMS: no new release (only with skipIfUnchanged). */
  skipped?: boolean;
  id?: string;
  /** Folder of the live release after this build (unchanged when it failed). */
  live?: string;
  durationMs: number;
  pages?: number;
  contentIssues: ContentIssue[];
  error?: BuildErrorInfo;
  /** English summary of the failure, for logs. */
  failure?: string;
  /** The step that failed. */
  failedStep?: BuildStep;
  /** Milliseconds spent in each step. */
  timings?: Partial<Record<BuildStep, number>>;
}

function tokenOf(options: BuildReleaseOptions): string | undefined {
  if (options.token) return options.token;
  if (options.tokenFile && existsSync(options.tokenFile)) return readFileSync(options.tokenFile, 'utf8').trim() || undefined;
  return undefined;
}

async function copyTree(from: string, to: string, signal?: AbortSignal) {
  if (process.platform === 'linux') {
    // A real copy (reflinked where the file system can, never hard links: Astro rewrites files in place).
    mkdirSync(to, { recursive: true });
    await runStep('cp', ['-a', '--reflink=auto', `${from}/.`, to], { cwd: from, quiet: true, signal });
  } else {
    await cp(from, to, { recursive: true });
  }
}

/** Runs the whole pipeline once and reports what happened; never throws for a failed build. */
export async function runRelease(options: BuildReleaseOptions): Promise<ReleaseResult> {
  const root = releasesRoot(options.releasesDir);
  const paths = releasePaths(root);
  const keep = Math.max(1, options.keep ?? Number(process.env.SITE_RELEASES_KEEP ?? 3));
  const trigger = options.trigger ?? 'cli';
  const log = options.log ?? (options.quiet ? () => {} : (line: string) => console.log(line));
  mkdirSync(root, { recursive: true });

  let step = 'lock' as BuildStep;
  let lock: HeldLock | undefined;
  let staging: string | undefined;
  let startedAt = new Date();
  const timings: Partial<Record<BuildStep, number>> = {};
  let stepStarted = performance.now();
  const begin = (next: BuildStep) => {
    timings[step] = Math.round(performance.now() - stepStarted);
    stepStarted = performance.now();
    step = next;
    options.onStep?.(next);
  };
  try {
    begin('lock');
    lock = await acquireLock(root, {
      trigger,
      timeoutMs: options.lockTimeoutMs,
      signal: options.signal,
      onWait: (holder) => log(`Waiting for the build of process ${holder.pid} (started ${holder.startedAt}) to finish…`),
    });
    startedAt = new Date();
    const started = performance.now();

    // Leftovers of a process that died mid-build.
    for (const name of readdirSync(root)) {
      if (name.startsWith('.staging-')) moveToTrash(root, join(root, name));
      if (name.startsWith('live.next')) rmSync(join(root, name), { force: true });
    }

    begin('cms');
    if (!(await cmsAnswers(options.strapiUrl))) throw new Error(`${options.strapiUrl}/_health does not answer`);
    const token = tokenOf(options);
    const fingerprint = await syncFingerprint(options.strapiUrl, token);
    const previous = readState(root);
    const live = liveFolder(root);
    // A failed last build is retried even when the content is unchanged (the CMS may be back, the code fixed).
    if (options.skipIfUnchanged && live && fingerprint && previous.syncFingerprint === fingerprint && previous.lastBuild?.ok !== false) {
      log('Nothing changed in the CMS since the live release: no build.');
      return { ok: true, skipped: true, live, durationMs: Math.round(performance.now() - started), contentIssues: previous.contentIssues };
    }

    begin('astro');
    // A build that died midway may have left the work folder or the caches half-written: start clean.
    const clean = existsSync(paths.workDirty) || !existsSync(paths.work);
    if (existsSync(paths.workDirty)) {
      log('The previous build did not finish: clean build (work folder and caches discarded).');
      moveToTrash(root, paths.work);
      moveToTrash(root, paths.cache);
    }
    writeFileSync(paths.workDirty, `${process.pid} ${startedAt.toISOString()}\n`);
    rmSync(paths.contentIssues, { force: true });
    await runAstroBuild({
      strapiUrl: options.strapiUrl,
      token: options.token,
      tokenFile: options.tokenFile,
      outDir: paths.work,
      cacheDir: paths.cache,
      contentIssuesFile: paths.contentIssues,
      force: clean && existsSync(paths.cache),
      quiet: options.quiet,
      signal: options.signal,
    });
    rmSync(paths.workDirty, { force: true });
    const contentIssues = readContentIssues(paths.contentIssues);
    for (const issue of contentIssues) log(`Content issue: ${issue.type} ${issue.documentId} (${issue.locale}) ${issue.field || '(entry)'}: ${issue.message}`);

    begin('copy');
    const id = newReleaseId(startedAt);
    staging = join(root, `.staging-${id}`);
    await copyTree(paths.work, staging, options.signal);

    begin('pagefind');
    await runPagefind(staging, { quiet: options.quiet, signal: options.signal });

    begin('check');
    const { pages } = await checkRelease(staging);

    begin('switch');
    const release = join(root, id);
    renameSync(staging, release);
    staging = undefined;
    const next = `${paths.live}.next-${process.pid}`;
    rmSync(next, { force: true });
    symlinkSync(id, next);
    renameSync(next, paths.live);
    const nowLive = liveFolder(root)!;
    const releases = readdirSync(root).filter((name) => RELEASE_NAME.test(name)).sort();
    for (const name of releases.slice(0, Math.max(0, releases.length - keep))) {
      if (join(root, name) !== nowLive) moveToTrash(root, join(root, name));
    }

    begin('done');
    const finishedAt = new Date();
    const durationMs = Math.round(performance.now() - started);
    writeState(root, {
      live: { id, builtAt: finishedAt.toISOString(), durationMs, pages },
      lastBuild: { ok: true, trigger, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs },
      lastError: null,
      contentIssues,
      syncFingerprint: fingerprint ?? null,
    });
    const seconds = (ms = 0) => `${(ms / 1000).toFixed(1)} s`;
    log(
      `Release ${id} is live: ${pages} pages in ${seconds(durationMs)} (${trigger}; astro ${seconds(timings.astro)}, copy ${seconds(timings.copy)}, pagefind ${seconds(timings.pagefind)}, checks ${seconds(timings.check)}).`,
    );
    return { ok: true, id, live: nowLive, durationMs, pages, contentIssues, timings };
  } catch (caught) {
    const cmsUp = step === 'astro' ? await cmsAnswers(options.strapiUrl) : undefined;
    const failure = caught instanceof ReleaseError ? caught : describeFailure(step, caught, { strapiUrl: options.strapiUrl, cmsUp, hasLive: liveFolder(root) !== undefined });
    if (staging) {
      try {
        moveToTrash(root, staging);
      } catch {
        // left for the next build's clean-up
      }
    }
    const finishedAt = new Date();
    const durationMs = finishedAt.getTime() - startedAt.getTime();
    if (lock) {
      const state = readState(root);
      writeState(root, {
        ...state,
        lastBuild: { ok: false, trigger, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs },
        lastError: failure.info,
      });
    }
    log(`Build failed (${step}): ${failure.message}; the live release is unchanged.`);
    return { ok: false, live: liveFolder(root), durationMs, contentIssues: readState(root).contentIssues, error: failure.info, failure: failure.message, failedStep: step };
  } finally {
    lock?.release();
    if (options.emptyTrash !== false) await emptyTrash(root).catch(() => {});
  }
}

/**
 * Builds a new release and makes it live; resolves with its folder. Rejects with a ReleaseError
 * (live untouched, the reason recorded in the state file) when a step fails.
 */
export async function buildRelease(options: BuildReleaseOptions): Promise<string> {
  const result = await runRelease(options);
  if (!result.ok) {
    throw new ReleaseError(result.failedStep ?? 'astro', `${result.failure}\n${result.error?.detail ?? ''}`, result.error!);
  }
  return result.live!;
}
