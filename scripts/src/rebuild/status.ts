import { currentLock, readState, type BuildTrigger, type ReleasesState } from '../lib/releases.ts';
import type { BuildScheduler } from './scheduler.ts';

/** GET /status (scripts/src/rebuild and the admin's panel read the same shape; see design-issue5.md). */
export interface RebuildStatus {
  live: ReleasesState['live'];
  building: boolean;
  buildStartedAt: string | null;
  pending: boolean;
  lastBuild: (NonNullable<ReleasesState['lastBuild']> & { trigger: BuildTrigger }) | null;
  lastError: ReleasesState['lastError'];
  contentIssues: ReleasesState['contentIssues'];
}

/**
 * The service's view: what the state file says of the live release and the last build (whoever ran
 * it), and what runs now — this service's build, or another process's holding the lock (npm run build:site).
 */
export function currentStatus(root: string, scheduler: BuildScheduler): RebuildStatus {
  const state = readState(root);
  const lock = currentLock(root);
  const since = scheduler.buildStartedAt;
  return {
    live: state.live,
    building: scheduler.building || lock !== undefined,
    buildStartedAt: since !== undefined ? new Date(since).toISOString() : (lock?.startedAt ?? null),
    pending: scheduler.pending,
    lastBuild: state.lastBuild,
    lastError: state.lastError,
    contentIssues: state.contentIssues,
  };
}
