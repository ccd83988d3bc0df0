import { readFileSync, renameSync, unlinkSync, writeFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { releasePaths } from './paths.ts';

/** Contents of SITE_RELEASES_DIR/.lock while a build holds it. */
export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  trigger: string;
}

export class LockTimeoutError extends Error {
  readonly holder: LockInfo;
  constructor(holder: LockInfo, waitedMs: number) {
    super(`Another build (pid ${holder.pid}, since ${holder.startedAt}) still holds the releases lock after ${Math.round(waitedMs / 1000)} s`);
    this.name = 'LockTimeoutError';
    this.holder = holder;
  }
}

/** Lock files this process holds now (a lock naming this pid but not held here is a previous incarnation's). */
const heldHere = new Set<string>();

/** When a process started (Linux /proc), to tell a reused pid from the lock's owner; undefined elsewhere. */
function processStartedAt(pid: number): number | undefined {
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (start time in clock ticks since boot), counted after the command's closing parenthesis.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    if (!Number.isFinite(btime) || !Number.isFinite(ticks)) return undefined;
    return (btime + ticks / 100) * 1000;
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote this lock still runs (and is that process, not a later one with its pid). */
function ownerAlive(file: string, info: LockInfo): boolean {
  if (info.pid === process.pid) return heldHere.has(file);
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartedAt(info.pid);
  // Started well after the lock was written: the pid was reused.
  return started === undefined || started <= Date.parse(info.startedAt) + 2000;
}

function readLockFile(file: string): LockInfo | 'unreadable' | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    if (typeof info.pid === 'number') return info;
  } catch {
    // written right now, or garbage
  }
  return 'unreadable';
}

/**
 * The build holding the lock of `root`, when its process is alive; a lock left by a dead process
 * (or another host's, which cannot be checked) counts as held only if its process lives.
 */
export function currentLock(root: string): LockInfo | undefined {
  const file = releasePaths(root).lock;
  const info = readLockFile(file);
  if (!info || info === 'unreadable') return undefined;
  if (info.host !== hostname()) return info;
  return ownerAlive(file, info) ? info : undefined;
}

export interface HeldLock {
  info: LockInfo;
  release(): void;
}

/**
 * Takes the releases lock (a file created exclusively), waiting while another live process holds
 * it. A lock whose process is dead is stale and taken over.
 */
export async function acquireLock(
  root: string,
  options: { trigger: string; timeoutMs?: number; signal?: AbortSignal; onWait?: (holder: LockInfo) => void },
): Promise<HeldLock> {
  const file = releasePaths(root).lock;
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), trigger: options.trigger };
  const text = JSON.stringify(info);
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 20 * 60_000;
  let told = false;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      writeFileSync(file, text, { flag: 'wx' });
      heldHere.add(file);
      return {
        info,
        release() {
          heldHere.delete(file);
          try {
            if (readFileSync(file, 'utf8') === text) unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLockFile(file);
    const stale =
      holder === 'unreadable'
        ? ageMs(file) > 5000
        : holder !== undefined && holder.host === hostname() && !ownerAlive(file, holder);
    if (stale) {
      // Renamed, not deleted: of two processes seeing the same stale lock, only one moves it.
      try {
        renameSync(file, `${file}.stale-${process.pid}`);
        unlinkSync(`${file}.stale-${process.pid}`);
      } catch {
        // the other one did
      }
      continue;
    }
    if (holder && holder !== 'unreadable') {
      if (Date.now() - started > timeoutMs) throw new LockTimeoutError(holder, Date.now() - started);
      if (!told) options.onWait?.(holder);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
