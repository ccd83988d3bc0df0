import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::support-solution.support-solution');
