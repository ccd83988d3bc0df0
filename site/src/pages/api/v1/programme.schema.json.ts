import { programmeFeedJsonSchema } from '@dk20000/shared';
import type { APIRoute } from 'astro';
import { serializeFeed } from '../../../lib/feed';
import { jsonHeaders } from '../../../lib/programme-entries';

/** JSON Schema of the programme feed v1, generated from the shared zod schema (they cannot drift). */
export const GET: APIRoute = ({ site, url }) =>
  new Response(serializeFeed(programmeFeedJsonSchema(new URL('/api/v1/programme.schema.json', site ?? url).href), true), {
    headers: jsonHeaders,
  });
