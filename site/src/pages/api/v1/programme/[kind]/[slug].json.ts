import { fileSlug } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildProgrammeFeed, type FeedSlice, feedSlices, serializeFeed } from '../../../../../lib/feed';
import { buildInstant, jsonHeaders, programmeEntries } from '../../../../../lib/programme-entries';

/** One slice of the programme feed v1 per place, public and type: /api/v1/programme/<lieu|public|type>/<slug>.json. */
export const getStaticPaths = (async () => {
  const entries = await programmeEntries();
  return feedSlices(entries).map((slice) => ({ params: { kind: slice.kind, slug: fileSlug(slice.slug) }, props: { slice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ slice: FeedSlice }> = async ({ props, site, url }) => {
  const feed = buildProgrammeFeed({ ...(await programmeEntries()), site: site ?? url, now: buildInstant }, props.slice.filter);
  return new Response(serializeFeed(feed), { headers: jsonHeaders });
};
