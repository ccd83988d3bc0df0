import { resolve } from 'node:path';
import { cmsDir } from '../lib/strapi.ts';

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
    port: number('REBUILD_PORT', 4322),
    secret: env.REBUILD_SECRET ?? '',
    debounceMs: number('REBUILD_DEBOUNCE_MS', 1500),
    maxWaitMs: number('REBUILD_MAX_WAIT_MS', 10_000),
    reconcileMs: number('REBUILD_RECONCILE_MS', 300_000),
    maxBody: number('REBUILD_MAX_BODY', 1_048_576),
    keep: number('SITE_RELEASES_KEEP', 3),
    strapiUrl: env.STRAPI_URL ?? 'http://127.0.0.1:1337',
    token: env.STRAPI_TOKEN || undefined,
    tokenFile: env.STRAPI_TOKEN ? undefined : resolve(cmsDir, env.SITE_TOKEN_FILE ?? '.tmp/site-build-token'),
  };
}
