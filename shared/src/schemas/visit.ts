import { z } from 'zod';
import { BlocksSchema, ImageSchema, RefSchema } from './common.js';
import { entryFields, latitude, longitude, positiveInt, slug, text, webUrl } from './fields.js';
import { BookingSchema, VisitModeSchema } from './labels.js';

/** One stop of a visit (`visit.stop`). */
export const VisitStopSchema = z.object({
  /** Name of the stop. */
  name: text(),
  /** Address or landmark. */
  place: z.string().optional(),
  /** Latitude in decimal degrees. */
  latitude: latitude().optional(),
  /** Longitude in decimal degrees. */
  longitude: longitude().optional(),
  /** What there is to see. */
  description: z.string().optional(),
});
export type VisitStop = z.output<typeof VisitStopSchema>;

/** A guided or self-guided visit of industrial sites (`api::visit.visit`). */
export const VisitSchema = z
  .object({
    ...entryFields,
    /** Title of the visit. */
    title: text(),
    /** URL identifier, from the title. */
    slug: slug(),
    /** Guided or self-guided. */
    mode: VisitModeSchema,
    /** What the visit shows. */
    summary: text(),
    /** Full description. */
    description: BlocksSchema.optional(),
    /** Stops, in order. */
    stops: z.array(VisitStopSchema).default([]),
    /** Duration in minutes. */
    durationMinutes: positiveInt(),
    /** How to get there: bus lines, free bus network. */
    access: z.string().optional(),
    /** Where the visit starts. */
    startVenue: RefSchema.optional(),
    /** How to book. */
    booking: BookingSchema.default('none'),
    /** Booking page, required when booking is online. */
    bookingUrl: webUrl().optional(),
    /** Publics it is meant for. */
    audiences: z.array(RefSchema).default([]),
    /** Picture. */
    cover: ImageSchema.optional(),
  })
  .refine((visit) => visit.booking !== 'link' || visit.bookingUrl !== undefined, {
    error: 'lien de réservation obligatoire quand la réservation se fait en ligne',
    path: ['bookingUrl'],
  });
export type Visit = z.output<typeof VisitSchema>;
