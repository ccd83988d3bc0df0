import type { Core } from '@strapi/strapi';

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      sizeLimit: 20 * 1024 * 1024,
      // Uploads may be cached for a day (Strapi sends no max-age by default): the site build then reuses its
      // transformed images instead of downloading and converting every image at each build. A replaced file keeps
      // its URL, so the site adds the file's version to media URLs (site/src/loaders/media.ts).
      providerOptions: { localServer: { maxage: 24 * 60 * 60 * 1000 } },
      security: {
        allowedTypes: ['image/*', 'video/*', 'application/pdf', 'application/zip', 'font/*', 'application/vnd.openxmlformats-officedocument.*'],
        deniedTypes: ['image/svg+xml', 'application/x-sh', 'application/x-msdownload', 'application/x-executable'],
      },
    },
  },
});

export default config;
