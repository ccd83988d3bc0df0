import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::training-path.training-path', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
