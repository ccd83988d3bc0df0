import { z } from 'zod';
import { BlocksSchema } from './common.js';
import { entryFields, slug, text } from './fields.js';

/** A public the programme speaks to: young people, job seekers, career changers… (`api::audience.audience`). */
export const AudienceSchema = z.object({
  ...entryFields,
  /** Name of the public. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** Who they are and what the programme offers them. */
  summary: text(),
  /** Full description. */
  description: BlocksSchema.optional(),
});
export type Audience = z.output<typeof AudienceSchema>;
