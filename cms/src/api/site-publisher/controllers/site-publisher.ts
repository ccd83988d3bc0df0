import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

type Publisher = {
  status(): Promise<unknown>;
  build(): Promise<{ status: number; body: unknown }>;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publisher = () => strapi.service('api::site-publisher.site-publisher') as unknown as Publisher;
  return {
    async status(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await publisher().status();
    },
    async build(ctx: Context) {
      const { status, body } = await publisher().build();
      ctx.status = status;
      ctx.body = body;
    },
  };
};
