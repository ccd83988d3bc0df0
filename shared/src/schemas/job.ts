import { z } from 'zod';
import { ListItemSchema, RefSchema } from './common.js';
import { entryFields, nonNegativeInt, ROME_CODE_PATTERN, slug, text } from './fields.js';
import { LevelSchema } from './labels.js';

/** A job (occupation) in demand in the basin (`api::job.job`). */
export const JobSchema = z
  .object({
    ...entryFields,
    /** Job title, epicene or usual form (« Opérateur·rice de production »). */
    title: text(),
    /** Feminine form of the title. */
    titleFeminine: z.string().optional(),
    /** Masculine form of the title. */
    titleMasculine: z.string().optional(),
    /** URL identifier, from the title. */
    slug: slug(),
    /** ROME code of France Travail, e.g. H2102. */
    romeCode: z.string().regex(ROME_CODE_PATTERN, {
      error: 'code ROME invalide (une lettre de A à N puis 4 chiffres, ex. H2102)',
    }),
    /** What the job is about. */
    summary: text(),
    /** Skills the job requires. */
    skills: z.array(ListItemSchema).default([]),
    /** Working conditions (shifts, clothing, physical demands…). */
    workingConditions: z.string().optional(),
    /** Qualification usually required to start. */
    accessLevel: LevelSchema,
    /** Lowest gross monthly salary, in euros. */
    salaryMin: nonNegativeInt().optional(),
    /** Highest gross monthly salary, in euros. */
    salaryMax: nonNegativeInt().optional(),
    /** Industrial sector. */
    sector: RefSchema.optional(),
    /** Training paths leading to the job. */
    trainings: z.array(RefSchema).default([]),
    /** Companies looking for this job. */
    companies: z.array(RefSchema).default([]),
  })
  .refine((job) => job.salaryMin === undefined || job.salaryMax === undefined || job.salaryMax >= job.salaryMin, {
    error: 'le salaire maximum doit être supérieur ou égal au salaire minimum',
    path: ['salaryMax'],
  });
export type Job = z.output<typeof JobSchema>;
