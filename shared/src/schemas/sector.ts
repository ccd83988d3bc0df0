import { z } from 'zod';
import { BlocksSchema, FigureSchema, ImageSchema } from './common.js';
import { entryFields, slug, text } from './fields.js';

/** An industrial sector: batteries, steel, chemistry… (`api::sector.sector`). */
export const SectorSchema = z.object({
  ...entryFields,
  /** Name of the sector. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** NAF divisions covered (« 24, 20, 23 »). */
  nafCodes: z.string().optional(),
  /** What the sector does. */
  summary: text(),
  /** Full description. */
  description: BlocksSchema.optional(),
  /** How the sector changes with the energy transition. */
  outlook: z.string().optional(),
  /** Key figures with their sources. */
  figures: z.array(FigureSchema).default([]),
  /** Picture. */
  cover: ImageSchema.optional(),
});
export type Sector = z.output<typeof SectorSchema>;
