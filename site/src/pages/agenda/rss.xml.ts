import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from '../../lib/entries';
import { eventItems } from '../../lib/rss';
import { programmeName } from '../../lib/site';

/** RSS feed of the upcoming events (/agenda/rss.xml), soonest first. */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getEntries('events', 'fr')).map((e) => e.data);
  return rss({
    title: `Agenda · ${programmeName}`,
    description: `Les prochains rendez-vous du programme «\u00a0${programmeName}\u00a0»\u00a0: informations collectives, job datings, visites…`,
    site: site ?? 'http://127.0.0.1:4321',
    items: eventItems(events, Date.now()),
    customData: '<language>fr-fr</language>',
    trailingSlash: true,
  });
};
