import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/preview';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  autoOpen: false,
  ai: {
    enabled: false,
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', false),
  },
  // « Aperçu » in the edit view: the preview server renders the draft with the site's own components.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(env('PREVIEW_URL', 'http://127.0.0.1:4323')).origin],
      handler: (uid, params) =>
        previewUrl({ url: env('PREVIEW_URL', 'http://127.0.0.1:4323'), secret: env('PREVIEW_SECRET', '') }, uid, params),
    },
  },
});

export default config;
