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
      security: {
        allowedTypes: ['image/*', 'video/*', 'application/pdf', 'application/zip', 'font/*', 'application/vnd.openxmlformats-officedocument.*'],
        deniedTypes: ['image/svg+xml', 'application/x-sh', 'application/x-msdownload', 'application/x-executable'],
      },
    },
  },
});

export default config;
