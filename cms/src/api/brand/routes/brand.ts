import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::brand.brand', {
  only: ['find'],
  config: { find: { middlewares: ['global::populate'] } },
});
