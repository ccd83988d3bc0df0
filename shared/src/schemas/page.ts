import { z } from 'zod';
import { requiredBlocks } from './common.js';
import { entryFields, slug, text } from './fields.js';

/** A free page: legal notice, accessibility statement, about… (`api::page.page`). */
export const PageSchema = z.object({
  ...entryFields,
  /** Title of the page. */
  title: text(),
  /** URL identifier, from the title. */
  slug: slug(),
  /** Short description, also used for search engines. */
  summary: z.string().optional(),
  /** Content of the page. */
  body: requiredBlocks(),
});
export type Page = z.output<typeof PageSchema>;
