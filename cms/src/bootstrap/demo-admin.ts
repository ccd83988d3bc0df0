import type { Core } from '@strapi/strapi';

/** A demo administrator for local use, never in production. */
export async function ensureDemoAdmin(strapi: Core.Strapi) {
  const { email, password } = strapi.config.get('site.demoAdmin') as { email: string; password: string };
  if (process.env.NODE_ENV === 'production') {
    if (process.env.DEMO_ADMIN_EMAIL || process.env.DEMO_ADMIN_PASSWORD) {
      strapi.log.error('DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD are ignored in production: no demo account is created.');
    }
    return;
  }
  if (!email || !password) return;
  if (await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() } })) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: email.toLowerCase(),
    firstname: 'Équipe',
    lastname: 'Communication',
    password,
    isActive: true,
    preferedLanguage: 'fr',
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`Demo admin created: ${email}`);
}
