import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/site-sync/state?locale=fr — what the site build needs to know to fetch only what changed. */
  async state(ctx: any) {
    const locale = String(ctx.query.locale ?? 'fr');
    if (!(await strapi.plugin('i18n').service('locales').findByCode(locale))) return ctx.badRequest(`Langue inconnue\u00a0: « ${locale} »`);
    ctx.body = await strapi.service('api::site-sync.site-sync').state(locale);
  },
});
