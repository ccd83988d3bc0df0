import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::company.company', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
