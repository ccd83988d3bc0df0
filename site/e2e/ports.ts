export const E2E_SITE_PORT = 4399;
export const E2E_STRAPI_PORT = 1399;
