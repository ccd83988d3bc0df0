import { z } from 'zod';
import {
  absoluteUrl,
  int,
  isBefore,
  latitude,
  longitude,
  POSTAL_CODE_PATTERN,
  text,
  webUrl,
} from './fields.js';

/** An image from the media library. */
export const ImageSchema = z.object({
  /** Absolute URL of the file. */
  url: absoluteUrl(),
  /** Alternative text; empty when the image is decorative. */
  alt: z.string().default(''),
  /** Width in pixels. */
  width: int().positive().optional(),
  /** Height in pixels. */
  height: int().positive().optional(),
  /** MIME type, always `image/…`. */
  mime: z.string().startsWith('image/', { error: 'une image est attendue (JPEG, PNG, WebP, SVG…)' }),
  /** Original file name. */
  name: z.string(),
});
export type Image = z.output<typeof ImageSchema>;

/** A downloadable file from the media library (PDF, archive, font, image). */
export const FileSchema = z.object({
  /** Absolute URL of the file. */
  url: absoluteUrl(),
  /** Alternative text or description. */
  alt: z.string().default(''),
  /** Width in pixels, for images. */
  width: int().positive().optional(),
  /** Height in pixels, for images. */
  height: int().positive().optional(),
  /** MIME type. */
  mime: z.string(),
  /** Original file name. */
  name: z.string(),
  /** Size in kB. */
  size: z.number().nonnegative().optional(),
});
export type File = z.output<typeof FileSchema>;

/** A link to another entry (a populated relation). */
export const RefSchema = z.object({
  /** Strapi document id of the target. */
  documentId: z.string().min(1),
  /** Slug of the target, when its type has one. */
  slug: z.string().optional(),
  /** Display name of the target (its name, title, first name or month). */
  name: z.string(),
});
export type Ref = z.output<typeof RefSchema>;

/** Postal address (`shared.address`). */
export const AddressSchema = z.object({
  /** Number and street. */
  street: z.string().optional(),
  /** Five-digit French postal code. */
  postalCode: z
    .string()
    .regex(POSTAL_CODE_PATTERN, { error: 'code postal invalide (5 chiffres, ex. 59140)' })
    .optional(),
  /** Town name. */
  city: text(),
  /** Latitude in decimal degrees. */
  latitude: latitude().optional(),
  /** Longitude in decimal degrees. */
  longitude: longitude().optional(),
});
export type Address = z.output<typeof AddressSchema>;

/** A key figure with its source (`shared.figure`). */
export const FigureSchema = z.object({
  /** What is counted (« emplois créés d’ici 2030 »). */
  label: text(),
  /** The number. */
  value: z.number(),
  /** Unit shown after the value (« emplois », « % », « Mt CO₂/an »). */
  unit: z.string().optional(),
  /** Year the figure refers to. */
  year: int().min(1900).max(2100).optional(),
  /** Who published the figure. */
  source: text(),
  /** Where the figure was published. */
  sourceUrl: webUrl().optional(),
});
export type Figure = z.output<typeof FigureSchema>;

/** One item of a plain list (`shared.list-item`). */
export const ListItemSchema = z.object({
  /** Text of the item. */
  text: text(),
});
export type ListItem = z.output<typeof ListItemSchema>;

/** A labelled external link (`shared.link`). */
export const LinkSchema = z.object({
  /** Visible text of the link. */
  label: text(),
  /** Target address. */
  url: webUrl(),
});
export type Link = z.output<typeof LinkSchema>;

/** A period with a start and an end date, the end not before the start. */
export function checkDateRange(
  value: { startDate: string; endDate?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.endDate !== undefined && isBefore(value.endDate, value.startDate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'la date de fin doit être postérieure ou égale à la date de début',
      input: value.endDate,
    });
  }
}

/* Strapi rich text (blocks). */

const BLOCK_LINK_PATTERN = /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9 .()-]+|\/[^\s]*|#[^\s]*)$/;

/** A run of text with its marks. */
export const TextNodeSchema = z.object({
  /** Node type. */
  type: z.literal('text'),
  /** The text itself. */
  text: z.string(),
  /** Bold. */
  bold: z.boolean().optional(),
  /** Italic. */
  italic: z.boolean().optional(),
  /** Underlined. */
  underline: z.boolean().optional(),
  /** Struck through. */
  strikethrough: z.boolean().optional(),
  /** Inline code. */
  code: z.boolean().optional(),
});
export type TextNode = z.output<typeof TextNodeSchema>;

/** A hyperlink inside a block. */
export const LinkNodeSchema = z.object({
  /** Node type. */
  type: z.literal('link'),
  /** Target: http(s)://…, mailto:, tel:, or a path of the site (/metiers). */
  url: z.string().regex(BLOCK_LINK_PATTERN, {
    error: 'lien invalide (attendu https://…, mailto:…, tel:… ou un chemin du site commençant par /)',
  }),
  /** Linked text. */
  children: z.array(TextNodeSchema),
});
export type LinkNode = z.output<typeof LinkNodeSchema>;

const unknownNode = (kind: string) => ({
  error: (issue: { input?: unknown; options?: unknown }) => {
    const type = (issue.input as { type?: unknown } | undefined)?.type;
    const known = Array.isArray(issue.options) ? ` (types possibles\u00a0: ${issue.options.join(', ')})` : '';
    return `${kind} de type inconnu${typeof type === 'string' ? ` «\u00a0${type}\u00a0»` : ''}${known}`;
  },
});

/** Text or link, the content of a paragraph, heading, quote, code or list item. */
export const InlineNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, LinkNodeSchema], unknownNode('élément de texte'));
export type InlineNode = z.output<typeof InlineNodeSchema>;

/** A paragraph. */
export const ParagraphBlockSchema = z.object({
  /** Node type. */
  type: z.literal('paragraph'),
  /** Content. */
  children: z.array(InlineNodeSchema),
});

/** A heading. */
export const HeadingBlockSchema = z.object({
  /** Node type. */
  type: z.literal('heading'),
  /** Heading level, 1 to 6. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  /** Content. */
  children: z.array(InlineNodeSchema),
});

/** A quotation. */
export const QuoteBlockSchema = z.object({
  /** Node type. */
  type: z.literal('quote'),
  /** Content. */
  children: z.array(InlineNodeSchema),
});

/** A code block. */
export const CodeBlockSchema = z.object({
  /** Node type. */
  type: z.literal('code'),
  /** Programming language, when given. */
  language: z.string().optional(),
  /** Content. */
  children: z.array(InlineNodeSchema),
});

/** An image block; its media is mapped like any other media. */
export const ImageBlockSchema = z.object({
  /** Node type. */
  type: z.literal('image'),
  /** The image. */
  image: ImageSchema,
  /** Empty text node required by the editor. */
  children: z.array(InlineNodeSchema).default([]),
});

/** One item of a list. */
export const ListItemNodeSchema = z.object({
  /** Node type. */
  type: z.literal('list-item'),
  /** Content. */
  children: z.array(InlineNodeSchema),
});
export type ListItemNode = z.output<typeof ListItemNodeSchema>;

const ListChildSchema = () =>
  z.discriminatedUnion('type', [ListItemNodeSchema, ListBlockSchema], unknownNode('élément de liste'));

/** A bulleted or numbered list; a nested list stands for an indented sub-list (recursive through a getter). */
export const ListBlockSchema = z.object({
  /** Node type. */
  type: z.literal('list'),
  /** Numbered or bulleted. */
  format: z.enum(['ordered', 'unordered']),
  /** Nesting depth, 0 at the top. */
  indentLevel: int().min(0).optional(),
  /** Items and nested lists. */
  get children(): z.ZodArray<ReturnType<typeof ListChildSchema>> {
    return z.array(ListChildSchema());
  },
});
export type ListBlock = z.output<typeof ListBlockSchema>;

/** Any top-level block. */
export const BlockNodeSchema = z.discriminatedUnion(
  'type',
  [ParagraphBlockSchema, HeadingBlockSchema, ListBlockSchema, QuoteBlockSchema, CodeBlockSchema, ImageBlockSchema],
  unknownNode('bloc'),
);
export type BlockNode = z.output<typeof BlockNodeSchema>;
export type ParagraphBlock = z.output<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.output<typeof HeadingBlockSchema>;
export type QuoteBlock = z.output<typeof QuoteBlockSchema>;
export type CodeBlock = z.output<typeof CodeBlockSchema>;
export type ImageBlock = z.output<typeof ImageBlockSchema>;

/** Strapi rich text (blocks field): an array of block nodes. */
export const BlocksSchema = z.array(BlockNodeSchema);
export type Blocks = z.output<typeof BlocksSchema>;

/** A required rich text: at least one block. */
export const requiredBlocks = () => BlocksSchema.min(1, { error: 'ne doit pas être vide' });
