import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ContentIssue } from '@dk20000/shared';
import { releasePaths } from './paths.ts';

export type BuildTrigger = 'webhook' | 'manual' | 'reconcile' | 'start' | 'cli';

/** An entry the content contract rejected (shared/src/issues.ts), as the loader writes them to SITE_CONTENT_ISSUES_FILE. */
export type { ContentIssue };

export interface LiveInfo {
  id: string;
  builtAt: string;
  durationMs: number;
  pages: number;
}

export interface BuildInfo {
  ok: boolean;
  trigger: BuildTrigger;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

export interface BuildErrorInfo {
  at: string;
  /** One French sentence for editors. */
  message: string;
  /** Tail of the failed step's log, for whoever fixes it. */
  detail: string;
}

/** SITE_RELEASES_DIR/state.json: what /status shows, whoever built (the service or npm run build:site). */
export interface ReleasesState {
  live: LiveInfo | null;
  lastBuild: BuildInfo | null;
  lastError: BuildErrorInfo | null;
  /** The contract issues of the live release's build. */
  contentIssues: ContentIssue[];
  /** Fingerprint of the CMS's published content when the live release was built (reconciliation skips a build when unchanged). */
  syncFingerprint?: string | null;
}

const EMPTY: ReleasesState = { live: null, lastBuild: null, lastError: null, contentIssues: [], syncFingerprint: null };

export function readState(root: string): ReleasesState {
  const file = releasePaths(root).state;
  if (!existsSync(file)) return { ...EMPTY };
  try {
    return { ...EMPTY, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<ReleasesState>) };
  } catch {
    return { ...EMPTY };
  }
}

/** Replaces the state file atomically (written beside it, then renamed). */
export function writeState(root: string, state: ReleasesState): void {
  const file = releasePaths(root).state;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

/** The loader's list of rejected entries for this build; [] when it wrote none. */
export function readContentIssues(file: string): ContentIssue[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const list = Array.isArray(parsed) ? parsed : ((parsed as { issues?: unknown[] })?.issues ?? []);
    return list.filter((issue): issue is ContentIssue => typeof issue === 'object' && issue !== null && 'text' in issue);
  } catch {
    return [];
  }
}
