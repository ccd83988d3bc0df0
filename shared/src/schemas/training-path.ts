import { z } from 'zod';
import { BlocksSchema, checkDateRange, ListItemSchema, RefSchema } from './common.js';
import { date, entryFields, nonNegativeInt, positiveInt, slug, text, webUrl } from './fields.js';
import { LevelSchema, TrainingFormatSchema } from './labels.js';

/** A session of a training path (`training.session`). */
export const TrainingSessionSchema = z
  .object({
    /** First day. */
    startDate: date(),
    /** Last day. */
    endDate: date().optional(),
    /** Town where the session takes place. */
    town: z.string().optional(),
    /** Last day to apply. */
    registrationDeadline: date().optional(),
  })
  .superRefine(checkDateRange);
export type TrainingSession = z.output<typeof TrainingSessionSchema>;

/** A training path leading to jobs of the basin (`api::training-path.training-path`). */
export const TrainingPathSchema = z.object({
  ...entryFields,
  /** Name of the training. */
  title: text(),
  /** URL identifier, from the title. */
  slug: slug(),
  /** What the training is about. */
  summary: text(),
  /** Full description. */
  description: BlocksSchema.optional(),
  /** Jobs the training leads to. */
  jobs: z.array(RefSchema).default([]),
  /** Organisation that delivers the training. */
  provider: RefSchema.optional(),
  /** Duration in words (« 6 mois dont 8 semaines en entreprise »). */
  duration: text(),
  /** Duration in hours. */
  durationHours: positiveInt().optional(),
  /** Initial, work-study, continuing or retraining. */
  format: TrainingFormatSchema,
  /** Level reached at the end. */
  level: LevelSchema,
  /** Ways to fund the training. */
  fundingOptions: z.array(ListItemSchema).default([]),
  /** What is needed before starting. */
  prerequisites: z.string().optional(),
  /** Publics the training is open to. */
  audiences: z.array(RefSchema).default([]),
  /** Places per session. */
  seats: nonNegativeInt().optional(),
  /** Town where the training takes place. */
  town: RefSchema.optional(),
  /** Upcoming sessions. */
  sessions: z.array(TrainingSessionSchema).default([]),
  /** Page of the training on the provider’s site. */
  url: webUrl().optional(),
  /** Free of charge for the trainee. */
  free: z.boolean().default(false),
  /** Trainees are paid during the training. */
  paid: z.boolean().default(false),
});
export type TrainingPath = z.output<typeof TrainingPathSchema>;
