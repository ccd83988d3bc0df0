import type { Core } from '@strapi/strapi';

/**
 * Admin-panel routes of the site publisher, served under /admin/site-publisher.
 *
 * They are not in ./routes on purpose: Strapi registers every router of an app API (src/api/<name>/routes)
 * as a content-API router (@strapi/core registerAPIRoutes forces `type: 'content-api'`), authenticated by API
 * tokens and users-permissions. These are registered from this API's `register` with strapi.server.routes on
 * the admin router instead, so they use the admin JWT strategy, like /admin/users/me.
 */
const controller = 'api::site-publisher.site-publisher';
const adminOnly = { policies: ['admin::isAuthenticatedAdmin'] };

export const adminRouter: Core.Router = {
  type: 'admin',
  prefix: '/admin/site-publisher',
  routes: [
    { method: 'GET', path: '/status', handler: `${controller}.status`, config: adminOnly, info: { apiName: 'site-publisher' } },
    { method: 'POST', path: '/build', handler: `${controller}.build`, config: adminOnly, info: { apiName: 'site-publisher' } },
  ],
};
