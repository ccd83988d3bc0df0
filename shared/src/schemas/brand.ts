import { z } from 'zod';
import { FileSchema, ImageSchema } from './common.js';
import { CSS_TOKEN_PATTERN, entryFields, HEX_COLOR_PATTERN, text } from './fields.js';
import { BrandRuleKindSchema } from './labels.js';

/** A colour of the brand (`brand.color`). */
export const BrandColorSchema = z.object({
  /** Name of the colour (« Bleu mer du Nord »). */
  name: text(),
  /** CSS custom property name, without dashes (`primary` gives `--primary`). */
  token: z.string().regex(CSS_TOKEN_PATTERN, {
    error: 'nom de variable CSS invalide (minuscules, chiffres et tirets, ex. primary)',
  }),
  /** Hexadecimal value, #RRGGBB. */
  value: z.string().regex(HEX_COLOR_PATTERN, { error: 'couleur invalide (attendu #RRGGBB, ex. #0055A4)' }),
  /** When to use it. */
  usage: z.string().optional(),
});
export type BrandColor = z.output<typeof BrandColorSchema>;

/** A typeface of the brand (`brand.font`). */
export const BrandFontSchema = z.object({
  /** Font family name. */
  name: text(),
  /** What it is used for (titres, texte…). */
  role: text(),
  /** CSS fallback stack. */
  fallback: z.string().optional(),
  /** Font file or archive. */
  file: FileSchema.optional(),
});
export type BrandFont = z.output<typeof BrandFontSchema>;

/** A rule of use of the brand (`brand.rule`). */
export const BrandRuleSchema = z.object({
  /** Short statement of the rule. */
  title: text(),
  /** Explanation. */
  body: text(),
  /** Good practice or practice to avoid. */
  kind: BrandRuleKindSchema,
});
export type BrandRule = z.output<typeof BrandRuleSchema>;

/** The brand guidelines (single type `api::brand.brand`). */
export const BrandSchema = z.object({
  ...entryFields,
  /** Introduction to the guidelines. */
  intro: z.string().optional(),
  /** Colours. */
  colors: z.array(BrandColorSchema).default([]),
  /** Typefaces. */
  fonts: z.array(BrandFontSchema).default([]),
  /** Logo variants. */
  logos: z.array(ImageSchema).default([]),
  /** Downloadable kit: images, PDF, archives. */
  kit: z.array(FileSchema).default([]),
  /** Rules of use. */
  rules: z.array(BrandRuleSchema).default([]),
});
export type Brand = z.output<typeof BrandSchema>;
