import type { Core } from '@strapi/strapi';

/** Settings of this project (read with strapi.config.get('site.…')). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  tokenFile: env('SITE_TOKEN_FILE', '.tmp/site-build-token'),
  seedDemo: env.bool('SEED_DEMO', env('NODE_ENV') !== 'production'),
  demoAdmin: {
    email: env('DEMO_ADMIN_EMAIL', 'demo@example.org'),
    password: env('DEMO_ADMIN_PASSWORD', 'Demo-20000-emplois'),
  },
});

export default config;
