import { z } from 'zod';
import { entryFields, latitude, longitude, POSTAL_CODE_PATTERN, slug, text } from './fields.js';

/** A town of the area (`api::town.town`). */
export const TownSchema = z.object({
  ...entryFields,
  /** Name of the town. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** Five-digit postal code. */
  postalCode: z
    .string()
    .regex(POSTAL_CODE_PATTERN, { error: 'code postal invalide (5 chiffres, ex. 59140)' })
    .optional(),
  /** One of the four towns of the « carré magique » (Dunkerque, Calais, Saint-Omer, Hazebrouck). */
  carreMagique: z.boolean().default(false),
  /** Latitude in decimal degrees. */
  latitude: latitude().optional(),
  /** Longitude in decimal degrees. */
  longitude: longitude().optional(),
});
export type Town = z.output<typeof TownSchema>;
