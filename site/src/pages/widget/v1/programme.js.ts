import type { APIRoute } from 'astro';
import code from 'virtual:dk-programme-widget';
import { getSingle } from '../../../lib/entries';
import { widgetScript, widgetTheme } from '../../../lib/widget';

/** The partner widget `<dk-programme>` (site/widget/src/), themed with the brand's tokens. */
export const GET: APIRoute = async ({ site, url }) => {
  const brand = await getSingle('brand', 'fr');
  return new Response(widgetScript(code, widgetTheme(brand?.data), (site ?? url).origin), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
