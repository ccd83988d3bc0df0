import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { applyListViews } from './bootstrap/list-layouts';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { ensureLocales } from './bootstrap/locales';
import { closePublicAccess } from './bootstrap/permissions';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { ensureRebuildWebhook } from './bootstrap/rebuild-webhook';
import { ensureEditorialRoles } from './bootstrap/roles';
import { ensureIndexes } from './bootstrap/indexes';
import { ensureSiteToken } from './bootstrap/site-token';
import { registerSlugHistory } from './bootstrap/slug-history';
import { seedDemoIfEmpty } from './bootstrap/seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // The site has no reader accounts: editors never need the users-permissions « User » list.
    const user = strapi.contentType('plugin::users-permissions.user');
    user.pluginOptions = { ...user.pluginOptions, 'content-manager': { visible: false } };
    // Old addresses keep working: the slugs a published entry loses are recorded for the site's redirects.
    registerSlugHistory(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the demo seed, which then writes into indexed tables.
    await ensureIndexes(strapi);
    await ensureLocales(strapi);
    await closePublicAccess(strapi);
    await applyAdminLabels(strapi);
    await applyListViews(strapi);
    await ensureSiteToken(strapi);
    await ensurePreviewToken(strapi);
    await ensureEditorialRoles(strapi);
    await ensureDemoAdmin(strapi);
    await seedDemoIfEmpty(strapi);
    // Last, so that seeding an empty database does not send hundreds of rebuild signals.
    await ensureRebuildWebhook(strapi);
  },
};
