import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap';

/** robots.txt with the sitemap's absolute URL (from SITE_URL, the config's `site`). */
export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(site ?? url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
