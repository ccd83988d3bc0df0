import { resolve } from 'node:path';
import { cmsDir } from '../lib/strapi.ts';

/** Defaults of the rebuild service, documented in scripts/.env.example and CONTRACT.md. */
export const REBUILD_DEFAULTS = {
  port: 4322,
  /** Short enough to keep publish-to-live low, long enough to merge the few events of one publication. */
  debounceMs: 500,
  maxWaitMs: 10_000,
  reconcileMs: 300_000,
  maxBody: 1_048_576,
  strapiUrl: 'http://127.0.0.1:1337',
} as const;

/** The rebuild service's settings from the environment, with the defaults documented in scripts/.env.example. */
export function rebuildConfigFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const number = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number ≥ 0 (got "${value}")`);
    return parsed;
  };
  return {
    port: number('REBUILD_PORT', REBUILD_DEFAULTS.port),
    secret: env.REBUILD_SECRET ?? '',
    debounceMs: number('REBUILD_DEBOUNCE_MS', REBUILD_DEFAULTS.debounceMs),
    maxWaitMs: number('REBUILD_MAX_WAIT_MS', REBUILD_DEFAULTS.maxWaitMs),
    reconcileMs: number('REBUILD_RECONCILE_MS', REBUILD_DEFAULTS.reconcileMs),
    maxBody: number('REBUILD_MAX_BODY', REBUILD_DEFAULTS.maxBody),
    keep: number('SITE_RELEASES_KEEP', 3),
    strapiUrl: env.STRAPI_URL ?? REBUILD_DEFAULTS.strapiUrl,
    token: env.STRAPI_TOKEN || undefined,
    tokenFile: env.STRAPI_TOKEN ? undefined : resolve(cmsDir, env.SITE_TOKEN_FILE ?? '.tmp/site-build-token'),
  };
}
