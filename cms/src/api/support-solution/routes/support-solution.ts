import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::support-solution.support-solution', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
