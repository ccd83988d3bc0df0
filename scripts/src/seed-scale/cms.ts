import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cmsDir, randomSecrets } from '../lib/strapi.ts';
import type { StrapiDb } from './writer.ts';

const require = createRequire(join(cmsDir, 'package.json'));

export interface CmsTarget {
  /** Folder of a throw-away instance, laid out as startStrapi({ dataDir }) expects (data.db, public/, site-build-token). */
  dataDir?: string;
  /** A SQLite file; its uploads go to the CMS's public folder unless dataDir is given. */
  database?: string;
}

/** A loaded Strapi (not listening) plus what seed:scale needs of it. */
export interface LoadedStrapi extends StrapiDb {
  contentTypes: Record<string, unknown>;
  documents(uid: string): {
    findMany(params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  };
  log: { level: string };
  destroy(): Promise<void>;
}

/**
 * Loads the built CMS in this process (`createStrapi` on cms/dist), without the HTTP server or
 * the admin panel, and with the demo seed turned off: seed:scale decides what to seed.
 */
export async function loadCms(target: CmsTarget): Promise<LoadedStrapi> {
  if (!existsSync(join(cmsDir, 'dist', 'src', 'index.js'))) {
    throw new Error('The CMS server code is not built: run `cd cms && npx tsc -p tsconfig.json` (or `npm run build -w @dk20000/cms`).');
  }
  const env: Record<string, string> = { SEED_DEMO: 'false', STRAPI_TELEMETRY_DISABLED: 'true' };
  if (target.dataDir) {
    const dataDir = resolve(target.dataDir);
    mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
    Object.assign(env, randomSecrets(), {
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(dataDir, 'data.db'),
      PUBLIC_DIR: join(dataDir, 'public'),
      SITE_TOKEN_FILE: join(dataDir, 'site-build-token'),
      // A throw-away instance: no webhook towards whatever rebuild service runs on this machine.
      REBUILD_SECRET: '',
      // Strapi reads cms/.env unless told otherwise; a throw-away instance must not use its secrets or database.
      ENV_PATH: join(dataDir, '.env'),
    });
  } else {
    env.ENV_PATH = process.env.ENV_PATH ?? join(cmsDir, '.env');
  }
  if (target.database) Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: resolve(target.database) });
  Object.assign(process.env, env);

  const { createStrapi } = require('@strapi/strapi') as {
    createStrapi(options: Record<string, unknown>): LoadedStrapi & { load(): Promise<LoadedStrapi> };
  };
  const strapi = createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  return strapi.load();
}

/** A module of the compiled CMS (cms/dist/src/…), e.g. the demo seed and its data. */
export function cmsModule<T>(path: string): T {
  return require(join(cmsDir, 'dist', 'src', path)) as T;
}

/** Strapi's own documentId generator (@strapi/core uses cuid2's createId). */
export function documentIdGenerator(): () => string {
  return (require('@paralleldrive/cuid2') as { createId(): string }).createId;
}
