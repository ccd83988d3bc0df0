import { z } from 'zod';
import { ImageSchema } from './common.js';
import { entryFields, slug, text, webUrl } from './fields.js';
import { PartnerKindSchema } from './labels.js';

/** A partner organisation of the programme (`api::partner.partner`). */
export const PartnerSchema = z.object({
  ...entryFields,
  /** Name of the organisation. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** Role of the organisation. */
  kind: PartnerKindSchema,
  /** What the organisation does for job seekers. */
  summary: z.string().optional(),
  /** Logo. */
  logo: ImageSchema.optional(),
  /** Website. */
  website: webUrl().optional(),
});
export type Partner = z.output<typeof PartnerSchema>;
