import type { Core } from '@strapi/strapi';
import { adminRouter } from './admin-routes';

/** The admin's « Site public » status and « Publier le site maintenant » action, proxied to the rebuild service. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.server.routes(adminRouter);
  },
};
