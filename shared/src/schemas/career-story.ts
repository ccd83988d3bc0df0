import { z } from 'zod';
import { BlocksSchema, ImageSchema, RefSchema } from './common.js';
import { entryFields, limitedText, slug, text, webUrl } from './fields.js';

/** A testimony of someone working in the basin (`api::career-story.career-story`). */
export const CareerStorySchema = z.object({
  ...entryFields,
  /** First name of the person. */
  firstName: text(),
  /** URL identifier, from the first name. */
  slug: slug(),
  /** What the person does (« technicienne de maintenance »). */
  role: text(),
  /** Employer. */
  company: RefSchema.optional(),
  /** Job held. */
  job: RefSchema.optional(),
  /** Short quote (280 characters max). */
  quote: limitedText(280),
  /** The full story. */
  story: BlocksSchema.optional(),
  /** Portrait photo. */
  portrait: ImageSchema.optional(),
  /** Video of the testimony. */
  videoUrl: webUrl().optional(),
  /** Publics the story speaks to. */
  audiences: z.array(RefSchema).default([]),
  /** Shown first on the home page and lists. */
  featured: z.boolean().default(false),
});
export type CareerStory = z.output<typeof CareerStorySchema>;
