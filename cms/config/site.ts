import type { Core } from '@strapi/strapi';

/** Settings of this project (read with strapi.config.get('site.…')). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  tokenFile: env('SITE_TOKEN_FILE', '.tmp/site-build-token'),
  seedDemo: env.bool('SEED_DEMO', env('NODE_ENV') !== 'production'),
  demoAdmin: {
    email: env('DEMO_ADMIN_EMAIL', 'demo@example.org'),
    password: env('DEMO_ADMIN_PASSWORD', 'Demo-20000-emplois'),
  },
  /** The rebuild service (scripts/src/rebuild): Strapi's webhook and the admin's status panel talk to it. */
  rebuild: {
    url: env('REBUILD_URL', 'http://127.0.0.1:4322'),
    /** Shared secret sent as the X-Rebuild-Secret header; no webhook is registered without it. */
    secret: env('REBUILD_SECRET', ''),
  },
  /** The preview server (drafts rendered with the site's components). */
  preview: {
    url: env('PREVIEW_URL', 'http://127.0.0.1:4323'),
    secret: env('PREVIEW_SECRET', ''),
    tokenFile: env('PREVIEW_TOKEN_FILE', '.tmp/preview-token'),
  },
});

export default config;
