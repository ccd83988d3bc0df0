import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::career-story.career-story', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: ['global::populate'] },
    findOne: { middlewares: ['global::populate'] },
  },
});
