import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::training-path.training-path');
