import { z } from 'zod';
import { AddressSchema, BlocksSchema, ImageSchema, RefSchema } from './common.js';
import { entryFields, int, limitedText, NAF_CODE_PATTERN, nonNegativeInt, slug, text, webUrl } from './fields.js';
import { PresenceSchema } from './labels.js';

/** A company of the basin that hires or will hire (`api::company.company`). */
export const CompanySchema = z.object({
  ...entryFields,
  /** Company name. */
  name: text(),
  /** URL identifier, from the name. */
  slug: slug(),
  /** Logo. */
  logo: ImageSchema.optional(),
  /** Wide picture shown at the top of the company page. */
  cover: ImageSchema.optional(),
  /** What the company does, in a few sentences (300 characters max). */
  summary: limitedText(300),
  /** Full presentation. */
  description: BlocksSchema.optional(),
  /** Industrial sectors. */
  sectors: z.array(RefSchema).default([]),
  /** French activity code (NAF), e.g. 27.20Z. */
  nafCode: z
    .string()
    .regex(NAF_CODE_PATTERN, { error: 'code NAF invalide (ex. 27.20Z)' })
    .optional(),
  /** Arriving, growing or established in the basin. */
  presence: PresenceSchema,
  /** Town where the site is. */
  town: RefSchema.optional(),
  /** Postal address of the site. */
  address: AddressSchema.optional(),
  /** Number of jobs the company plans to create. */
  jobsPlanned: nonNegativeInt().optional(),
  /** Year by which those jobs are planned (2024–2040). */
  horizonYear: int()
    .min(2024, { error: 'année entre 2024 et 2040' })
    .max(2040, { error: 'année entre 2024 et 2040' })
    .optional(),
  /** Jobs (skills) the company is looking for. */
  jobs: z.array(RefSchema).default([]),
  /** What working there is like. */
  workEnvironment: z.string().optional(),
  /** Photos. */
  gallery: z.array(ImageSchema).default([]),
  /** Presentation video (YouTube, Vimeo, PeerTube…). */
  videoUrl: webUrl().optional(),
  /** How the company contributes to decarbonisation. */
  decarbonation: z.string().optional(),
  /** Website. */
  website: webUrl().optional(),
  /** Careers or job offers page. */
  careersUrl: webUrl().optional(),
  /** Shown first on the home page and lists. */
  featured: z.boolean().default(false),
});
export type Company = z.output<typeof CompanySchema>;
