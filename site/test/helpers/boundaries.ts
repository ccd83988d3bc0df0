/**
 * Boundary entries generated from the Strapi model itself (cms/src/api/<api>/content-types/<name>/schema.json and
 * cms/src/components/<category>/<name>.json): for each content type, the smallest entry Strapi accepts (required
 * fields only, shortest texts, lowest numbers, first enumeration values) and the largest (every field, longest texts,
 * highest numbers, last enumeration values, several items in every list).
 *
 * Bounds come from Strapi's schema. Where Strapi states none, a number takes the contract's bound if it has one
 * (else the database's), a text the column size (255 characters for a string, TEXT_MAX for a long text). Strings
 * that must have a form (URL, e-mail, phone, code…) are picked among sample values by the contract's own field
 * schema, so that only their form, not their length, comes from the contract.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeByUid, contentTypes, type ContentTypeName, internalContentTypeUids } from '@dk20000/shared';
import { detailSections, sections } from '../../src/i18n/routes';

export type Size = 'smallest' | 'largest';

export interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  enum?: string[];
  default?: unknown;
  relation?: string;
  target?: string;
  multiple?: boolean;
  allowedTypes?: string[];
  component?: string;
  repeatable?: boolean;
}

export interface StrapiType {
  uid: string;
  name: ContentTypeName;
  kind: 'collectionType' | 'singleType';
  attributes: Record<string, Attribute>;
}

export interface UploadedFile {
  id: number;
  documentId: string;
  url: string;
  mime: string;
  name: string;
  width?: number;
  height?: number;
  alternativeText?: string | null;
}

export interface Media {
  images: UploadedFile[];
  file: UploadedFile;
}

/** Longest text generated for a `text` attribute without maxLength (Strapi stores it in a TEXT column). */
export const TEXT_MAX = 5000;
/** A `string` attribute without maxLength is a VARCHAR(255) column. */
export const STRING_MAX = 255;
const INT32 = 2_147_483_647;
const DECIMAL_BOUND = 1_000_000_000;
const LIST_ITEMS = 3;

/** Every content type and component of the CMS model, read from its schema files. */
export function readModel(cmsSrc: string): { types: StrapiType[]; components: Map<string, Record<string, Attribute>> } {
  const types: StrapiType[] = [];
  const apiDir = join(cmsSrc, 'api');
  for (const api of readdirSync(apiDir).sort()) {
    const typesDir = join(apiDir, api, 'content-types');
    if (!existsSync(typesDir)) continue;
    for (const name of readdirSync(typesDir).sort()) {
      const schema = JSON.parse(readFileSync(join(typesDir, name, 'schema.json'), 'utf8')) as {
        kind: StrapiType['kind'];
        attributes: Record<string, Attribute>;
      };
      const uid = `api::${api}.${name}`;
      if (internalContentTypeUids.includes(uid)) continue;
      const registryName = contentTypeByUid(uid);
      if (!registryName) throw new Error(`${uid} has no entry in the registry of @dk20000/shared`);
      types.push({ uid, name: registryName, kind: schema.kind, attributes: schema.attributes });
    }
  }
  const components = new Map<string, Record<string, Attribute>>();
  const componentsDir = join(cmsSrc, 'components');
  for (const category of readdirSync(componentsDir)) {
    for (const file of readdirSync(join(componentsDir, category))) {
      const schema = JSON.parse(readFileSync(join(componentsDir, category, file), 'utf8')) as { attributes: Record<string, Attribute> };
      components.set(`${category}.${file.replace(/\.json$/, '')}`, schema.attributes);
    }
  }
  return { types, components };
}

/** Types ordered so that the targets of required relations are created first. */
export function creationOrder(types: StrapiType[]): StrapiType[] {
  const byUid = new Map(types.map((t) => [t.uid, t]));
  const ordered: StrapiType[] = [];
  const visiting = new Set<string>();
  const visit = (type: StrapiType) => {
    if (ordered.includes(type)) return;
    if (visiting.has(type.uid)) throw new Error(`required relations form a cycle through ${type.uid}`);
    visiting.add(type.uid);
    for (const attribute of Object.values(type.attributes)) {
      if (attribute.type === 'relation' && attribute.required && attribute.target) {
        const target = byUid.get(attribute.target);
        if (target && target !== type) visit(target);
      }
    }
    visiting.delete(type.uid);
    ordered.push(type);
  };
  for (const type of types) visit(type);
  return ordered;
}

/* The contract's view of a field, to pick well-formed values and read the bounds Strapi does not state. */

interface ZodLike {
  safeParse(value: unknown): { success: boolean };
  def: {
    type: string;
    innerType?: ZodLike;
    in?: ZodLike;
    getter?: () => ZodLike;
    element?: ZodLike;
    shape?: Record<string, ZodLike>;
    checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
  };
}

function unwrap(schema: ZodLike): { base: ZodLike; checks: Record<string, unknown>[] } {
  const checks: Record<string, unknown>[] = [];
  let current = schema;
  for (;;) {
    for (const check of current.def.checks ?? []) checks.push(check._zod.def);
    const { type } = current.def;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(type)) current = current.def.innerType!;
    else if (type === 'pipe') current = current.def.in!;
    else if (type === 'lazy') current = current.def.getter!();
    else return { base: current, checks };
  }
}

/** The zod shape of a component field (`address`, `sessions`…). */
function componentShape(field: ZodLike): Record<string, ZodLike> {
  let { base } = unwrap(field);
  if (base.def.type === 'array') base = unwrap(base.def.element!).base;
  const shape = base.def.shape;
  if (!shape) throw new Error('component field without an object schema in the contract');
  return shape;
}

function numberBounds(checks: Record<string, unknown>[], integer: boolean): { min?: number; max?: number } {
  const step = integer ? 1 : 0.01;
  const bounds: { min?: number; max?: number } = {};
  for (const check of checks) {
    const value = check.value as number;
    if (check.check === 'greater_than') bounds.min = check.inclusive ? value : value + step;
    if (check.check === 'less_than') bounds.max = check.inclusive ? value : value - step;
  }
  return bounds;
}

/* Sample values. */

const WORDS = ['Énergie', 'durable', 'emploi', 'industrie', 'Dunkerque', 'avenir', 'métier', 'formation', 'territoire', 'compétence'];

/** French words, exactly `length` characters, never ending with a space. */
export function words(length: number, seed = 0): string {
  let text = '';
  for (let i = seed; text.length < length; i += 1) text += `${WORDS[i % WORDS.length]} `;
  text = text.slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}e` : text;
}

function slugOf(length: number): string {
  let slug = '';
  for (let i = 0; slug.length < length; i += 1) slug += `${i === 0 ? '' : '-'}${WORDS[i % WORDS.length]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}`;
  slug = slug.slice(0, length);
  return slug.endsWith('-') ? `${slug.slice(0, -1)}a` : slug;
}

/** Candidate values for a string that must have a form; the contract and Strapi's own rules choose among them. */
function formedCandidates(max: number): string[] {
  const url = (length: number) => {
    const head = 'https://www.exemple.fr/';
    return length <= head.length ? 'https://a.fr' : `${head}${slugOf(length - head.length)}`;
  };
  const localPart = 'a'.repeat(Math.min(64, Math.max(1, max - 12)));
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  return [
    'x',
    'a',
    '0',
    'a'.repeat(max),
    slugOf(max),
    '0'.repeat(Math.min(max, 20)),
    '59140',
    '2720Z',
    '27.20Z',
    'A1234',
    'N9999',
    ...months,
    '#000000',
    '#FFFFFF',
    '03280',
    '03 28 00 00 00',
    '+33 3 28 00 00 00 00',
    'https://a.fr',
    url(max),
    'a@b.fr',
    `${localPart}@exemple.fr`,
  ];
}

function extreme(candidates: string[], size: Size): string | undefined {
  if (candidates.length === 0) return undefined;
  const lengths = candidates.map((c) => c.length);
  const target = size === 'smallest' ? Math.min(...lengths) : Math.max(...lengths);
  const matching = candidates.filter((c) => c.length === target);
  return size === 'smallest' ? matching[0] : matching[matching.length - 1];
}

/* Rich text. */

function smallestBlocks() {
  return [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }];
}

function largestBlocks(image: UploadedFile) {
  const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
  return [
    ...[1, 2, 3, 4, 5, 6].map((level) => ({ type: 'heading', level, children: [text(`Titre de niveau ${level}`)] })),
    paragraph(
      text(words(400)),
      text(' gras', { bold: true }),
      text(' italique', { italic: true }),
      text(' souligné', { underline: true }),
      text(' barré', { strikethrough: true }),
      text(' code', { code: true }),
      text(' tout à la fois', { bold: true, italic: true, underline: true, strikethrough: true }),
      { type: 'link', url: 'https://www.exemple.fr/emplois', children: [text('un lien')] },
      { type: 'link', url: 'mailto:contact@exemple.fr', children: [text('un e-mail')] },
      { type: 'link', url: 'tel:+33328000000', children: [text('un numéro')] },
      { type: 'link', url: '/entreprises/', children: [text('une page du site')] },
      text('Une ligne\nune autre ligne'),
    ),
    paragraph(text('')),
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('Premier point')] },
        {
          type: 'list',
          format: 'ordered',
          indentLevel: 1,
          children: [
            { type: 'list-item', children: [text('Sous-point numéroté')] },
            { type: 'list', format: 'unordered', indentLevel: 2, children: [{ type: 'list-item', children: [text('Encore plus bas')] }] },
          ],
        },
        { type: 'list-item', children: [text('Dernier point'), { type: 'link', url: 'https://a.fr', children: [text('lien')] }] },
      ],
    },
    { type: 'quote', children: [text('Une citation de témoin.')] },
    { type: 'code', language: 'plaintext', children: [text('ligne 1\nligne 2')] },
    { type: 'image', image, children: [text('')] },
  ];
}

/* Entries. */

export interface GenerationContext {
  components: Map<string, Record<string, Attribute>>;
  media: Media;
  /** documentIds of the entries already created, by uid (smallest first). */
  created: Map<string, string[]>;
}

class EntryBuilder {
  private tick = 0;
  private hour = 6;

  constructor(
    private readonly context: GenerationContext,
    private readonly size: Size,
  ) {}

  /** Dates and times increase field after field, so every start comes before its end. */
  private next(): number {
    this.tick += 1;
    return this.tick;
  }

  fields(where: string, attributes: Record<string, Attribute>, shape: Record<string, ZodLike>): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      const field = shape[name];
      if (!field) throw new Error(`${where}.${name} is in Strapi but not in the contract`);
      if (this.size === 'smallest' && !attribute.required) continue;
      const value = this.value(`${where}.${name}`, attribute, field);
      if (value !== undefined) data[name] = value;
    }
    return data;
  }

  private value(where: string, attribute: Attribute, field: ZodLike): unknown {
    const { size } = this;
    const largest = size === 'largest';
    switch (attribute.type) {
      case 'string':
      case 'text':
      case 'email':
      case 'richtext':
        return this.text(where, attribute, field);
      case 'uid': {
        const max = attribute.maxLength ?? STRING_MAX;
        return largest ? slugOf(max) : 'a';
      }
      case 'integer':
      case 'biginteger':
      case 'decimal':
      case 'float':
        return this.number(where, attribute, field);
      case 'boolean':
        return largest;
      case 'enumeration': {
        const values = attribute.enum ?? [];
        return largest ? values[values.length - 1] : values[0];
      }
      case 'date': {
        const day = new Date(Date.now() + (40 + this.next()) * 86_400_000);
        return day.toISOString().slice(0, 10);
      }
      case 'datetime':
      case 'timestamp':
        return new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 3, 8 + this.next(), 0, 0)).toISOString();
      case 'time':
        this.hour += 1;
        return `${String(this.hour).padStart(2, '0')}:00:00.000`;
      case 'media': {
        const { images, file } = this.context.media;
        const imagesOnly = attribute.allowedTypes?.every((t) => t === 'images') ?? false;
        const filesOnly = attribute.allowedTypes?.every((t) => t === 'files') ?? false;
        if (attribute.multiple) return (imagesOnly ? images : filesOnly ? [file] : [...images, file]).map((m) => m.id);
        return (filesOnly ? file : images[0]!).id;
      }
      case 'relation': {
        const targets = this.context.created.get(attribute.target ?? '') ?? [];
        if (targets.length === 0) {
          if (attribute.required) throw new Error(`${where}: no ${attribute.target} created yet for a required relation`);
          return undefined;
        }
        const toOne = attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne';
        const chosen = toOne ? targets.slice(0, 1) : largest ? targets : targets.slice(0, 1);
        return { connect: chosen.map((documentId) => ({ documentId })) };
      }
      case 'component': {
        const attributes = this.context.components.get(attribute.component ?? '');
        if (!attributes) throw new Error(`${where}: unknown component ${attribute.component}`);
        const shape = componentShape(field);
        const one = () => this.fields(`${where}>${attribute.component}`, attributes, shape);
        if (attribute.repeatable) return Array.from({ length: largest ? LIST_ITEMS : 1 }, one);
        return one();
      }
      case 'blocks':
        return largest ? largestBlocks(this.context.media.images[0]!) : smallestBlocks();
      default:
        throw new Error(`${where}: Strapi type "${attribute.type}" is not generated yet`);
    }
  }

  private text(where: string, attribute: Attribute, field: ZodLike): string {
    const max = attribute.maxLength ?? (attribute.type === 'text' ? TEXT_MAX : STRING_MAX);
    const min = Math.max(1, attribute.minLength ?? 1);
    const regex = attribute.regex ? new RegExp(attribute.regex) : undefined;
    const fits = (value: string) => value.length >= min && value.length <= max && (!regex || regex.test(value));
    const shortest = 'x'.repeat(min);
    const longest = words(max);
    // A plain text: its length is Strapi's, whatever the contract says.
    if (attribute.type !== 'email' && !regex && field.safeParse(shortest).success && field.safeParse(longest).success) {
      return this.size === 'largest' ? longest : shortest;
    }
    // A text with a form: the contract picks the well-formed samples.
    const candidates = formedCandidates(max).filter((c) => fits(c) && field.safeParse(c).success);
    const value = extreme(candidates, this.size);
    if (value === undefined) throw new Error(`${where}: no sample value fits Strapi (${JSON.stringify(attribute)}) and the contract`);
    return value;
  }

  private number(where: string, attribute: Attribute, field: ZodLike): number {
    const integer = attribute.type === 'integer' || attribute.type === 'biginteger';
    const contract = numberBounds(unwrap(field).checks, integer);
    const fallback = integer ? INT32 : DECIMAL_BOUND;
    const value = this.size === 'largest' ? (attribute.max ?? contract.max ?? fallback) : (attribute.min ?? contract.min ?? -fallback);
    if (!field.safeParse(value).success) throw new Error(`${where}: the contract rejects ${value}, a value Strapi accepts`);
    return value;
  }
}

/** The data of one boundary entry of a type, ready for the content-manager API. */
export function boundaryEntry(type: StrapiType, size: Size, context: GenerationContext): Record<string, unknown> {
  const shape = (contentTypes[type.name].schema as unknown as ZodLike).def.shape;
  if (!shape) throw new Error(`${type.uid}: the contract schema is not an object`);
  return new EntryBuilder(context, size).fields(type.uid, type.attributes, shape);
}

/* Pages of the site, found in its source: which content type each dynamic route renders. */

export interface Route {
  type: ContentTypeName;
  /** Path of the page of an entry with this slug, e.g. `/entreprises/<slug>/`. */
  path(slug: string): string;
  file: string;
}

/**
 * Dynamic routes `src/pages/<dir>/[param].astro` whose getStaticPaths maps one entry of a collection to
 * `param: <entry>.data.slug` (the French pages; the English route files under pages/en/ re-export theirs).
 */
export function discoverRoutes(pagesDir: string): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) {
        walk(join(dir, name.name), `${prefix}/${name.name}`);
        continue;
      }
      const match = /^\[(\w+)\]\.astro$/.exec(name.name);
      // Entry pages sit at the root or in a section's folder; deeper folders hold filter pages.
      if (!match || prefix.split('/').length > 2) continue;
      const param = match[1]!;
      const source = readFileSync(join(dir, name.name), 'utf8');
      const start = source.indexOf('getStaticPaths');
      if (start < 0) continue;
      const block = source.slice(start, source.indexOf('satisfies GetStaticPaths', start));
      // The first collection the paths read, or (paths built by a helper) the type whose pages the folder holds.
      const collection =
        /(?:getCollection|getEntries|getLocalizedEntries)\(\s*'(\w+)'/.exec(block)?.[1] ??
        Object.entries(detailSections).find(([, section]) => section && sections[section].fr === `${prefix}/`)?.[0];
      if (!collection || !(collection in contentTypes)) continue;
      if (!new RegExp(`params:\\s*\\{\\s*${param}:\\s*\\w+(?:\\.data)?\\.slug\\s*\\}`).test(block)) continue;
      routes.push({ type: collection as ContentTypeName, path: (slug) => `${prefix}/${slug}/`, file: `${prefix}/${name.name}` });
    }
  };
  walk(pagesDir, '');
  return routes;
}
