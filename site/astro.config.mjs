// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { pruneStaleOutput } from './src/lib/prune-output.ts';
import { redirectsFile } from './src/lib/redirects-file.ts';
import { ogImages } from './src/lib/og-integration.ts';
import { sitemapCompanion } from './src/lib/sitemap.ts';
import { widgetPlugin } from './widget/vite-plugin.ts';

const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
// sitemap.xml lists every page built, except those marked noindex (read from the built HTML).
const sitemapXml = sitemapCompanion();
const strapiUrl = new URL(process.env.STRAPI_URL || 'http://127.0.0.1:1337');

export default defineConfig({
  site,
  output: 'static',
  // The release pipeline builds into one persistent work folder (SITE_RELEASES_DIR/work) and copies it into a release.
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Content layer store and incremental-build manifest; builds against different CMS instances (tests) need their own.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  image: {
    // AVIF at sharp's default effort (4) costs about a minute of CPU per cold demo build; effort 2 keeps the files small.
    service: sharpImageService({ avif: { effort: 2 } }),
    remotePatterns: [
      {
        protocol: strapiUrl.protocol.replace(':', ''),
        hostname: strapiUrl.hostname,
        ...(strapiUrl.port ? { port: strapiUrl.port } : {}),
        pathname: '/uploads/**',
      },
    ],
  },
  experimental: {
    // Pages whose getStaticPaths() cacheKey and code did not change since the previous build are copied, not rendered.
    incrementalBuild: true,
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // The output folder is reused from build to build (skipped pages stay in place); what a build no longer
  // produces is removed once it is done.
  // The sitemap is rewritten at every build from all the pages produced (rendered or skipped).
  // _redirects (old addresses of renamed entries) is written from the redirect pages this build produced.
  // Open Graph images are drawn after the pages, only those no previous build drew (before the pruning: see og-integration.ts).
  integrations: [sitemap({ filter: sitemapXml.filter, serialize: sitemapXml.serialize }), sitemapXml.integration, ogImages(), redirectsFile(), pruneStaleOutput()],
  vite: {
    plugins: [tailwindcss(), widgetPlugin()],
    build: { emptyOutDir: false },
  },
});
