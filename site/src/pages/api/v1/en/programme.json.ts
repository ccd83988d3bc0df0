import type { APIRoute } from 'astro';
import { buildProgrammeFeed, serializeFeed } from '../../../../lib/feed';
import { buildInstant, feedTranslation, jsonHeaders, programmeEntries } from '../../../../lib/programme-entries';

/**
 * The English programme feed v1 (docs/programme-feed.md): the same events, identifiers and filters as
 * /api/v1/programme.json, with English labels, English names where translated, links to the English pages and
 * `lang` (the feed's, and each event's: `fr` for an event not translated yet). Read by `<dk-programme lang="en">`.
 */
export const GET: APIRoute = async ({ site, url }) => {
  const [entries, translation] = await Promise.all([programmeEntries(), feedTranslation('en')]);
  const feed = buildProgrammeFeed({ ...entries, translation, site: site ?? url, now: buildInstant });
  return new Response(serializeFeed(feed), { headers: jsonHeaders });
};
