import { z } from 'zod';
import { BlocksSchema, RefSchema } from './common.js';
import { email, entryFields, phone, slug, text, webUrl } from './fields.js';
import { SupportThemeSchema } from './labels.js';

/** Help to lift a barrier to employment: housing, mobility, childcare… (`api::support-solution.support-solution`). */
export const SupportSolutionSchema = z.object({
  ...entryFields,
  /** Name of the solution. */
  title: text(),
  /** URL identifier, from the title. */
  slug: slug(),
  /** Barrier the solution lifts. */
  theme: SupportThemeSchema,
  /** What the solution offers. */
  summary: text(),
  /** Full description. */
  description: BlocksSchema.optional(),
  /** Organisation offering the solution. */
  provider: RefSchema.optional(),
  /** Publics it is meant for. */
  audiences: z.array(RefSchema).default([]),
  /** How to get it, step by step. */
  howToAccess: text(),
  /** Page with more information. */
  url: webUrl().optional(),
  /** Phone number. */
  phone: phone().optional(),
  /** Contact e-mail. */
  email: email().optional(),
  /** Towns where it is available. */
  towns: z.array(RefSchema).default([]),
});
export type SupportSolution = z.output<typeof SupportSolutionSchema>;
