import { z } from 'zod';
import { BlocksSchema, FigureSchema, ImageSchema } from './common.js';
import { entryFields, text } from './fields.js';

/** The home page (single type `api::home.home`). */
export const HomeSchema = z.object({
  ...entryFields,
  /** Main title. */
  heroTitle: text(),
  /** Text under the main title. */
  heroText: text(),
  /** Main picture. */
  heroImage: ImageSchema.optional(),
  /** Key figures of the programme, with sources. */
  keyFigures: z.array(FigureSchema).default([]),
  /** Introduction. */
  intro: BlocksSchema.optional(),
});
export type Home = z.output<typeof HomeSchema>;
