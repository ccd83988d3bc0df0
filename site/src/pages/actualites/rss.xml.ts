import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from '../../lib/entries';
import { articleItems } from '../../lib/rss';
import { programmeName } from '../../lib/site';

/** RSS feed of the news (/actualites/rss.xml), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getEntries('articles', 'fr')).map((e) => e.data);
  return rss({
    title: `Actualités · ${programmeName}`,
    description: `Les actualités du programme «\u00a0${programmeName}\u00a0» du bassin d’emploi de Dunkerque.`,
    site: site ?? 'http://127.0.0.1:4321',
    items: articleItems(articles),
    customData: '<language>fr-fr</language>',
    trailingSlash: true,
  });
};
