import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runStep } from '../process-group.ts';
import { releasePaths } from './paths.ts';

/**
 * Moves a folder into SITE_RELEASES_DIR/.trash (a rename: instant). Deleting a large tree right
 * before a build slows that build down by half on this machine, so trees are deleted after it.
 */
export function moveToTrash(root: string, path: string): void {
  if (!existsSync(path)) return;
  const { trash } = releasePaths(root);
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, `${basename(path)}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`));
}

/** Deletes what was moved into the trash, in a child process (abortable: a build may be about to start). */
export async function emptyTrash(root: string, options: { signal?: AbortSignal } = {}): Promise<void> {
  const { trash } = releasePaths(root);
  if (!existsSync(trash)) return;
  const entries = readdirSync(trash).map((name) => join(trash, name));
  if (entries.length === 0) return;
  try {
    await runStep('rm', ['-rf', '--', ...entries], { cwd: root, quiet: true, signal: options.signal });
  } catch (error) {
    if (!options.signal?.aborted) throw error;
  }
}
