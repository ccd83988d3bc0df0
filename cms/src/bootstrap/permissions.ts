import type { Core } from '@strapi/strapi';

/**
 * The CMS is not a public API: the static site and its feeds are. In Strapi 5 any role
 * allowed to `find` can also read drafts with `?status=draft`, so the Public role gets
 * no permission at all and the site build reads with a read-only API token.
 */
export async function closePublicAccess(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const removed = await strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { role: { id: role.id } } });
  if (removed.count > 0) strapi.log.info(`Public role: removed ${removed.count} permission(s)`);
}
