// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const strapiUrl = new URL(process.env.STRAPI_URL || 'http://127.0.0.1:1337');

export default defineConfig({
  site,
  output: 'static',
  outDir: process.env.SITE_OUT_DIR || './dist',
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  image: {
    remotePatterns: [
      {
        protocol: strapiUrl.protocol.replace(':', ''),
        hostname: strapiUrl.hostname,
        ...(strapiUrl.port ? { port: strapiUrl.port } : {}),
        pathname: '/uploads/**',
      },
    ],
  },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    plugins: [tailwindcss()],
  },
});
