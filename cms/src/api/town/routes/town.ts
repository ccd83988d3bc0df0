import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::town.town', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
