import { z } from 'zod';
import { BlocksSchema, RefSchema } from './common.js';
import { entryFields, MONTH_PATTERN, text } from './fields.js';

/** The programme of one month (`api::programme.programme`). */
export const ProgrammeSchema = z.object({
  ...entryFields,
  /** Month, AAAA-MM (e.g. 2026-03). */
  month: z.string().regex(MONTH_PATTERN, { error: 'mois invalide (attendu AAAA-MM, ex. 2026-03)' }),
  /** Title of the programme. */
  title: text(),
  /** Introduction. */
  intro: BlocksSchema.optional(),
  /** Events put forward this month. */
  highlightedEvents: z.array(RefSchema).default([]),
});
export type Programme = z.output<typeof ProgrammeSchema>;
