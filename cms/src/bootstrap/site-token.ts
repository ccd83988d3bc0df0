import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const SITE_TOKEN_NAME = 'Construction du site';

/**
 * The static site build reads the CMS with a read-only API token. It is created on first
 * start and its key written to SITE_TOKEN_FILE, where the build picks it up: no manual step.
 * When the file is lost or stale, the token is regenerated.
 */
export async function ensureSiteToken(strapi: Core.Strapi) {
  const file = path.resolve(strapi.dirs.app.root, strapi.config.get('site.tokenFile') as string);
  const tokens = strapi.service('admin::api-token-content-api') as {
    create(attributes: Record<string, unknown>): Promise<{ accessKey: string }>;
    regenerate(id: number): Promise<{ accessKey: string }>;
    hash(accessKey: string): string;
  };
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: SITE_TOKEN_NAME } });
  const saved = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';

  let accessKey: string;
  if (!existing) {
    ({ accessKey } = await tokens.create({
      name: SITE_TOKEN_NAME,
      description: 'Lecture seule du contenu publié, utilisé par la construction du site statique.',
      type: 'read-only',
      lifespan: null,
    }));
  } else if (saved && tokens.hash(saved) === existing.accessKey) {
    return;
  } else {
    ({ accessKey } = await tokens.regenerate(existing.id));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`Site build token written to ${file}`);
}
