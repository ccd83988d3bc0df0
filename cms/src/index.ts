import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { ensureLocales } from './bootstrap/locales';
import { closePublicAccess } from './bootstrap/permissions';
import { ensureSiteToken } from './bootstrap/site-token';
import { seedDemoIfEmpty } from './bootstrap/seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await closePublicAccess(strapi);
    await applyAdminLabels(strapi);
    await ensureSiteToken(strapi);
    await ensureDemoAdmin(strapi);
    await seedDemoIfEmpty(strapi);
  },
};
