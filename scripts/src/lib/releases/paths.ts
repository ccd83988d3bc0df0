import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteDir } from '../site.ts';

/** Releases root: SITE_RELEASES_DIR (relative to the repository root) or site/.releases; read at call time. */
export function releasesRoot(dir?: string): string {
  if (dir) return resolve(dir);
  const fromEnv = process.env.SITE_RELEASES_DIR;
  return fromEnv ? resolve(join(siteDir, '..'), fromEnv) : join(siteDir, '.releases');
}

/** The folders and files of a releases root. Only release folders are ever served. */
export function releasePaths(root: string) {
  return {
    root,
    live: join(root, 'live'),
    work: join(root, 'work'),
    cache: join(root, 'cache'),
    /** Present while the work folder is being written; left behind by a failed build. */
    workDirty: join(root, 'work.incomplete'),
    trash: join(root, '.trash'),
    lock: join(root, '.lock'),
    state: join(root, 'state.json'),
    contentIssues: join(root, 'content-issues.json'),
  };
}

/** Release folders are named by their UTC start time: 2026-12-01T10-42-00-123Z. */
export const RELEASE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

export function newReleaseId(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The folder of the release being served under `root`, or undefined before the first good build. */
export function liveFolder(root: string): string | undefined {
  const { live } = releasePaths(root);
  try {
    return existsSync(live) ? realpathSync(live) : undefined;
  } catch {
    return undefined;
  }
}
