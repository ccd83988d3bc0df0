// @ts-check
/**
 * The preview bundle: the same components, layout and styles as the static site, rendered on request
 * (output 'server', @astrojs/node in middleware mode) by the preview server of scripts/src/preview/.
 * Its only route, preview/pages/[...path].astro, renders what the preview server hands it in `locals`;
 * it never reads the CMS itself, so this bundle is built once and needs no CMS to build.
 */
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';

const strapiUrl = new URL(process.env.CMS_MEDIA_URL || process.env.STRAPI_URL || 'http://127.0.0.1:1337');
const uploads = (/** @type {URL} */ url) => ({
  protocol: url.protocol.replace(':', ''),
  hostname: url.hostname,
  ...(url.port ? { port: url.port } : {}),
  pathname: '/uploads/**',
});

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  srcDir: './preview',
  publicDir: './public',
  outDir: './.preview-dist',
  cacheDir: './node_modules/.astro-preview',
  output: 'server',
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  compressHTML: true,
  // The preview server rewrites each request to the entry's public path (always with a trailing slash).
  trailingSlash: 'ignore',
  image: {
    // Media of a local CMS on any port (tests run their own), plus the configured CMS.
    remotePatterns: [
      { protocol: 'http', hostname: '127.0.0.1', pathname: '/uploads/**' },
      { protocol: 'http', hostname: 'localhost', pathname: '/uploads/**' },
      uploads(strapiUrl),
    ],
  },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    plugins: [tailwindcss()],
  },
});
