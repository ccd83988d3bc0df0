import { z } from 'zod';
import { ImageSchema, RefSchema, requiredBlocks } from './common.js';
import { date, entryFields, slug, text } from './fields.js';

/** A news article (`api::article.article`). */
export const ArticleSchema = z.object({
  ...entryFields,
  /** Headline. */
  title: text(),
  /** URL identifier, from the title. */
  slug: slug(),
  /** Standfirst. */
  summary: text(),
  /** Body of the article. */
  body: requiredBlocks(),
  /** Picture. */
  cover: ImageSchema.optional(),
  /** Publication date shown to readers. */
  date: date(),
  /** Companies mentioned. */
  companies: z.array(RefSchema).default([]),
  /** Sectors concerned. */
  sectors: z.array(RefSchema).default([]),
});
export type Article = z.output<typeof ArticleSchema>;
