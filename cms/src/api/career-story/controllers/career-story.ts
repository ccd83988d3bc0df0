import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::career-story.career-story');
