import type { Core, UID } from '@strapi/strapi';
import { seedDemo } from '../seed';

/** Seeds the demo content on the first start of an empty database; never touches one that has content. */
export async function seedDemoIfEmpty(strapi: Core.Strapi) {
  if (!strapi.config.get('site.seedDemo')) return;
  const uids = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')) as UID.ContentType[];
  for (const uid of uids) {
    if ((await strapi.db.query(uid).count()) > 0) return;
  }
  const started = Date.now();
  strapi.log.info('Empty database: seeding the demo content…');
  const { created } = await seedDemo(strapi);
  const total = Object.values(created).reduce((sum: number, n: number) => sum + n, 0);
  strapi.log.info(`Demo content seeded: ${total} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
