import type { APIRoute } from 'astro';
import { buildProgrammeFeed, serializeFeed } from '../../../lib/feed';
import { buildInstant, jsonHeaders, programmeEntries } from '../../../lib/programme-entries';

/** The programme feed v1: every upcoming event (docs/programme-feed.md). English twin: /api/v1/en/programme.json. */
export const GET: APIRoute = async ({ site, url }) => {
  const feed = buildProgrammeFeed({ ...(await programmeEntries()), site: site ?? url, now: buildInstant });
  return new Response(serializeFeed(feed), { headers: jsonHeaders });
};
