import { z } from 'zod';
import { AddressSchema, BlocksSchema, checkDateRange, ImageSchema, ListItemSchema, RefSchema } from './common.js';
import { date, email, entryFields, phone, slug, text, time } from './fields.js';
import { VenueKindSchema, WeekdaySchema } from './labels.js';

const HH_MM = /^\d{2}:\d{2}$/;

/** One opening slot of a venue (`venue.opening-hours`). */
export const OpeningHoursSchema = z
  .object({
    /** Day of the week. */
    day: WeekdaySchema,
    /** Opening time, HH:mm. */
    opens: time(),
    /** Closing time, HH:mm. */
    closes: time(),
    /** Remark (« sur rendez-vous l’après-midi »). */
    note: z.string().optional(),
  })
  .refine((slot) => !HH_MM.test(slot.opens) || !HH_MM.test(slot.closes) || slot.opens < slot.closes, {
    error: 'l’heure de fermeture doit être après l’heure d’ouverture',
    path: ['closes'],
  });
export type OpeningHours = z.output<typeof OpeningHoursSchema>;

/** A period when a venue is closed (`venue.closure`). */
export const ClosureSchema = z
  .object({
    /** First day of the closure. */
    startDate: date(),
    /** Last day of the closure. */
    endDate: date(),
    /** Why it is closed (« congés d’été »). */
    reason: text(),
  })
  .superRefine(checkDateRange);
export type Closure = z.output<typeof ClosureSchema>;

/** A place where the public can come: relay point, Factory Mobile stop, partner place (`api::venue.venue`). */
export const VenueSchema = z.object({
  ...entryFields,
  /** Name of the place. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** Relay point, Factory Mobile stop or partner place. */
  kind: VenueKindSchema,
  /** What happens there, in a few sentences. */
  summary: z.string().optional(),
  /** Full description. */
  description: BlocksSchema.optional(),
  /** Postal address. */
  address: AddressSchema,
  /** Town. */
  town: RefSchema.optional(),
  /** How to get there: bus lines, parking, train. */
  access: z.string().optional(),
  /** Weekly opening hours. */
  openingHours: z.array(OpeningHoursSchema).default([]),
  /** Exceptional closures. */
  closures: z.array(ClosureSchema).default([]),
  /** Services on site (virtual reality headsets, computers, interview rooms…). */
  services: z.array(ListItemSchema).default([]),
  /** Accessibility for disabled people. */
  accessibility: z.string().optional(),
  /** Photos. */
  photos: z.array(ImageSchema).default([]),
  /** Phone number. */
  phone: phone().optional(),
  /** Contact e-mail. */
  email: email().optional(),
});
export type Venue = z.output<typeof VenueSchema>;
