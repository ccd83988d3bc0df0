import { fileSlug } from '@dk20000/shared';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildProgrammeFeed, type FeedSlice, feedSlices, serializeFeed } from '../../../../../../lib/feed';
import { buildInstant, feedTranslation, jsonHeaders, programmeEntries } from '../../../../../../lib/programme-entries';

/**
 * One slice of the English programme feed per place, public and type: /api/v1/en/programme/<lieu|public|type>/<slug>.json,
 * with the same slugs (identifiers) as the French slices, so that a widget's filters work in both languages.
 */
export const getStaticPaths = (async () => {
  const entries = await programmeEntries();
  return feedSlices(entries).map((slice) => ({ params: { kind: slice.kind, slug: fileSlug(slice.slug) }, props: { slice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ slice: FeedSlice }> = async ({ props, site, url }) => {
  const [entries, translation] = await Promise.all([programmeEntries(), feedTranslation('en')]);
  const feed = buildProgrammeFeed({ ...entries, translation, site: site ?? url, now: buildInstant }, props.slice.filter);
  return new Response(serializeFeed(feed), { headers: jsonHeaders });
};
