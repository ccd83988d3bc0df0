import { z } from 'zod';
import { BlocksSchema, ImageSchema, RefSchema } from './common.js';
import { dateTime, entryFields, isBefore, positiveInt, slug, text, webUrl } from './fields.js';
import { EventStateSchema, EventTypeSchema, RegistrationSchema } from './labels.js';

/** A dated event: information session, job dating, visit… (`api::event.event`). */
export const EventSchema = z
  .object({
    ...entryFields,
    /** Title of the event. */
    title: text(),
    /** URL identifier, from the title. */
    slug: slug(),
    /** Kind of event. */
    type: EventTypeSchema,
    /** What the event is about. */
    summary: text(),
    /** Full description. */
    description: BlocksSchema.optional(),
    /** Start, ISO date and time with offset. */
    startsAt: dateTime(),
    /** End, ISO date and time with offset; after the start. */
    endsAt: dateTime(),
    /** Where it takes place. */
    venue: RefSchema,
    /** Publics it is meant for. */
    audiences: z.array(RefSchema).default([]),
    /** Partner organisations taking part. */
    partners: z.array(RefSchema).default([]),
    /** Companies taking part. */
    companies: z.array(RefSchema).default([]),
    /** How to register. */
    registration: RegistrationSchema.default('none'),
    /** Registration page, required when registration is online. */
    registrationUrl: webUrl().optional(),
    /** Number of places. */
    capacity: positiveInt().optional(),
    /** Scheduled, cancelled, full or postponed. */
    state: EventStateSchema.default('scheduled'),
    /** Accessibility for disabled people. */
    accessibility: z.string().optional(),
    /** Picture. */
    cover: ImageSchema.optional(),
  })
  .refine((event) => isBefore(event.startsAt, event.endsAt), {
    error: 'la fin (endsAt) doit être après le début (startsAt)',
    path: ['endsAt'],
  })
  .refine((event) => event.registration !== 'link' || event.registrationUrl !== undefined, {
    error: 'lien d’inscription obligatoire quand l’inscription se fait en ligne',
    path: ['registrationUrl'],
  });
export type Event = z.output<typeof EventSchema>;
