import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface ApiTokenSpec {
  name: string;
  /** Shown to administrators in Réglages › Jetons d’API. */
  description: string;
  /** Content-API actions, e.g. `api::company.company.find`. */
  permissions: string[];
  /** Where the key is written, relative to cms/. */
  file: string;
}

interface ContentApiTokens {
  create(attributes: Record<string, unknown>): Promise<{ id: number; accessKey: string }>;
  update(id: number, attributes: Record<string, unknown>): Promise<unknown>;
  regenerate(id: number): Promise<{ accessKey: string }>;
  hash(accessKey: string): string;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * A `custom` API token allowed exactly `permissions`. Created on first start, migrated in place
 * afterwards (type, description and permissions follow the code, the key is kept), and its key
 * written to `file` where the process that reads with it picks it up. When the file is lost or
 * stale, the key is regenerated. Returns the token's id.
 */
export async function ensureApiToken(strapi: Core.Strapi, spec: ApiTokenSpec): Promise<number> {
  const file = path.resolve(strapi.dirs.app.root, spec.file);
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokens;
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: spec.name }, populate: ['permissions'] });
  const saved = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  const write = (accessKey: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${accessKey}\n`, { mode: 0o600 });
    strapi.log.info(`API token « ${spec.name} » written to ${file}`);
  };

  if (!existing) {
    const { name, description, permissions } = spec;
    const created = await tokens.create({ name, description, permissions, type: 'custom', lifespan: null });
    write(created.accessKey);
    return created.id;
  }
  const actions = ((existing.permissions ?? []) as { action: string }[]).map((p) => p.action);
  if (existing.type !== 'custom' || existing.description !== spec.description || !sameSet(actions, spec.permissions)) {
    await tokens.update(existing.id, { type: 'custom', description: spec.description, permissions: spec.permissions });
    strapi.log.info(`API token « ${spec.name} »: limited to ${spec.permissions.length} action(s)`);
  }
  if (!saved || tokens.hash(saved) !== existing.accessKey) write((await tokens.regenerate(existing.id)).accessKey);
  return existing.id;
}
