import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::visit.visit', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
