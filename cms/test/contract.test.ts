import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BlockNodeSchema,
  contentTypes,
  FileSchema,
  ImageSchema,
  internalContentTypeUids,
  PartnerSchema,
  RefSchema,
  TownSchema,
  VenueSchema,
} from '@dk20000/shared';

/*
 * The contract between the Strapi model (cms/src/api, cms/src/components) and the zod schemas of
 * @dk20000/shared: same fields, same required-ness, same enumerations, same cardinalities, same
 * constraints. `checkContract` is pure over a directory so that it can be proven on fakes.
 */

/** The parts of a zod 4 schema this check reads. */
interface ZodLike {
  def: {
    type: string;
    innerType?: ZodLike;
    in?: ZodLike;
    getter?: () => ZodLike;
    element?: ZodLike;
    shape?: Record<string, ZodLike>;
    entries?: Record<string, string | number>;
    defaultValue?: unknown;
    checks?: { _zod: { def: Record<string, unknown> } }[];
  };
}

interface RegistryEntry {
  uid: string;
  apiPath: string;
  kind: 'collection' | 'single';
  schema: unknown;
}

interface StrapiAttribute {
  type: string;
  required?: boolean;
  default?: unknown;
  enum?: string[];
  relation?: string;
  target?: string;
  multiple?: boolean;
  allowedTypes?: string[];
  component?: string;
  repeatable?: boolean;
  regex?: string;
  maxLength?: number;
  min?: number;
  max?: number;
}

interface StrapiSchema {
  kind?: string;
  info?: { singularName?: string; pluralName?: string };
  attributes: Record<string, StrapiAttribute>;
}

/** CMS-internal content types (the slug history): not in the registry, never read through REST. */
const INTERNAL_TYPES = new Set(internalContentTypeUids);

/** Fields every entry has in the contract although Strapi does not declare them. */
const ENTRY_FIELDS = new Set(['documentId', 'locale', 'updatedAt']);

const SCALAR_KIND: Record<string, string> = {
  string: 'string',
  text: 'string',
  richtext: 'string',
  email: 'string',
  uid: 'string',
  password: 'string',
  date: 'string',
  datetime: 'string',
  time: 'string',
  timestamp: 'string',
  integer: 'number',
  float: 'number',
  decimal: 'number',
  boolean: 'boolean',
  enumeration: 'enum',
  blocks: 'blocks',
};

interface FieldInfo {
  presence: 'required' | 'optional' | 'default';
  defaultValue?: unknown;
  /** Innermost schema: wrappers, pipes and lazies removed. */
  base: ZodLike;
  /** Checks gathered on the way down (a pipe’s input carries the string checks). */
  checks: Record<string, unknown>[];
}

function unwrap(schema: ZodLike): FieldInfo {
  let presence: FieldInfo['presence'] = 'required';
  let defaultValue: unknown;
  let current = schema;
  const checks: Record<string, unknown>[] = [];
  for (;;) {
    for (const check of current.def.checks ?? []) checks.push(check._zod.def);
    const { type } = current.def;
    if (type === 'optional' && presence === 'required') presence = 'optional';
    if ((type === 'default' || type === 'prefault') && presence === 'required') {
      presence = 'default';
      defaultValue = current.def.defaultValue;
    }
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(type)) {
      current = current.def.innerType!;
    } else if (type === 'pipe') {
      current = current.def.in!;
    } else if (type === 'lazy') {
      current = current.def.getter!();
    } else {
      return { presence, defaultValue, base: current, checks };
    }
  }
}

/** What a zod field holds, in the vocabulary of Strapi attributes. */
function zodKind(info: FieldInfo): { kind: string; element?: ZodLike } {
  const { base } = info;
  if (base === (RefSchema as unknown)) return { kind: 'ref' };
  if (base === (ImageSchema as unknown)) return { kind: 'image' };
  if (base === (FileSchema as unknown)) return { kind: 'file' };
  if (base.def.type === 'array') {
    const element = unwrap(base.def.element!).base;
    if (element === (BlockNodeSchema as unknown)) return { kind: 'blocks' };
    if (element === (RefSchema as unknown)) return { kind: 'ref[]' };
    if (element === (ImageSchema as unknown)) return { kind: 'image[]' };
    if (element === (FileSchema as unknown)) return { kind: 'file[]' };
    if (element.def.type === 'object') return { kind: 'component[]', element };
    return { kind: `${element.def.type}[]` };
  }
  if (base.def.type === 'object') return { kind: 'component', element: base };
  return { kind: base.def.type };
}

/** The zod kind a Strapi attribute must map to. */
function strapiKind(attribute: StrapiAttribute): string {
  switch (attribute.type) {
    case 'relation':
      return attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne' ? 'ref' : 'ref[]';
    case 'media': {
      const kind = attribute.allowedTypes?.length === 1 && attribute.allowedTypes[0] === 'images' ? 'image' : 'file';
      return attribute.multiple ? `${kind}[]` : kind;
    }
    case 'component':
      return attribute.repeatable ? 'component[]' : 'component';
    default:
      return SCALAR_KIND[attribute.type] ?? `unsupported Strapi type "${attribute.type}"`;
  }
}

const isListKind = (kind: string) => kind.endsWith('[]');

function compareConstraints(where: string, attribute: StrapiAttribute, info: FieldInfo, problems: string[]): void {
  const has = (predicate: (check: Record<string, unknown>) => boolean) => info.checks.some(predicate);
  if (attribute.regex !== undefined) {
    const ok = has((c) => c.format === 'regex' && (c.pattern as RegExp).source === attribute.regex);
    if (!ok) problems.push(`${where}: Strapi regex /${attribute.regex}/ is not enforced by the zod schema`);
  }
  if (attribute.maxLength !== undefined) {
    if (!has((c) => c.check === 'max_length' && c.maximum === attribute.maxLength)) {
      problems.push(`${where}: Strapi maxLength ${attribute.maxLength} is not enforced by the zod schema`);
    }
  }
  if (attribute.min !== undefined) {
    if (!has((c) => c.check === 'greater_than' && c.value === attribute.min && c.inclusive === true)) {
      problems.push(`${where}: Strapi min ${attribute.min} is not enforced by the zod schema`);
    }
  }
  if (attribute.max !== undefined) {
    if (!has((c) => c.check === 'less_than' && c.value === attribute.max && c.inclusive === true)) {
      problems.push(`${where}: Strapi max ${attribute.max} is not enforced by the zod schema`);
    }
  }
}

function compareAttributes(
  where: string,
  attributes: Record<string, StrapiAttribute>,
  shape: Record<string, ZodLike>,
  extraZodFields: ReadonlySet<string>,
  context: { componentsDir: string; uids: ReadonlySet<string>; problems: string[] },
): void {
  const { problems } = context;
  for (const name of Object.keys(attributes)) {
    if (!(name in shape)) problems.push(`${where}: field "${name}" is in Strapi but not in the zod schema`);
  }
  for (const name of Object.keys(shape)) {
    if (!(name in attributes) && !extraZodFields.has(name)) {
      problems.push(`${where}: field "${name}" is in the zod schema but not in Strapi`);
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    const field = shape[name];
    if (field === undefined) continue;
    const at = `${where}: field "${name}"`;
    const info = unwrap(field);
    const expected = strapiKind(attribute);
    const actual = zodKind(info);
    if (expected !== actual.kind) {
      problems.push(`${at}: Strapi ${attribute.type} expects zod ${expected}, got ${actual.kind}`);
      continue;
    }

    const required = attribute.required === true;
    if (required && info.presence === 'optional') problems.push(`${at}: required in Strapi but optional in zod`);
    if (!required && info.presence === 'required') problems.push(`${at}: optional in Strapi but required in zod`);
    if (attribute.default !== undefined) {
      if (info.presence !== 'default' || info.defaultValue !== attribute.default) {
        problems.push(`${at}: Strapi default ${JSON.stringify(attribute.default)} is not the zod default`);
      }
    } else if (info.presence === 'default') {
      const emptyList = isListKind(expected) && Array.isArray(info.defaultValue) && info.defaultValue.length === 0;
      if (!emptyList) problems.push(`${at}: zod default ${JSON.stringify(info.defaultValue)} has no Strapi default`);
    }

    if (attribute.type === 'enumeration') {
      const zodValues = Object.values(info.base.def.entries ?? {}).map(String).sort();
      const strapiValues = [...(attribute.enum ?? [])].sort();
      if (JSON.stringify(zodValues) !== JSON.stringify(strapiValues)) {
        problems.push(`${at}: enumeration [${strapiValues.join(', ')}] in Strapi, [${zodValues.join(', ')}] in zod`);
      }
    }
    if (attribute.type === 'relation' && (attribute.target === undefined || !context.uids.has(attribute.target))) {
      problems.push(`${at}: relation target ${String(attribute.target)} is not in the registry`);
    }
    if (attribute.type === 'component' && actual.element !== undefined) {
      const file = `${join(context.componentsDir, ...String(attribute.component).split('.'))}.json`;
      if (!existsSync(file)) {
        problems.push(`${at}: component ${String(attribute.component)} has no file ${file}`);
      } else {
        const component = JSON.parse(readFileSync(file, 'utf8')) as StrapiSchema;
        compareAttributes(
          `${where} > ${String(attribute.component)}`,
          component.attributes,
          actual.element.def.shape ?? {},
          new Set(),
          context,
        );
      }
    }
    compareConstraints(at, attribute, info, problems);
  }
}

/** Strapi schema files by uid: `<apiDir>/<api>/content-types/<name>/schema.json` is `api::<api>.<name>`. */
function readStrapiSchemas(apiDir: string): Map<string, StrapiSchema> {
  const schemas = new Map<string, StrapiSchema>();
  for (const api of readdirSync(apiDir)) {
    const typesDir = join(apiDir, api, 'content-types');
    if (!existsSync(typesDir)) continue;
    for (const name of readdirSync(typesDir)) {
      const file = join(typesDir, name, 'schema.json');
      if (existsSync(file)) schemas.set(`api::${api}.${name}`, JSON.parse(readFileSync(file, 'utf8')) as StrapiSchema);
    }
  }
  return schemas;
}

/** Every disagreement between the Strapi model in `apiDir`/`componentsDir` and the registry; empty when they agree. */
function checkContract(
  apiDir: string,
  componentsDir: string,
  registry: Readonly<Record<string, RegistryEntry>>,
): string[] {
  const problems: string[] = [];
  const strapi = readStrapiSchemas(apiDir);
  const entries = Object.values(registry);
  const uids = new Set(entries.map((entry) => entry.uid));
  for (const uid of strapi.keys()) {
    if (!uids.has(uid) && !INTERNAL_TYPES.has(uid)) problems.push(`${uid}: Strapi content type has no registry entry in @dk20000/shared`);
  }
  for (const entry of entries) {
    const schema = strapi.get(entry.uid);
    if (schema === undefined) {
      problems.push(`${entry.uid}: registry entry has no Strapi schema.json`);
      continue;
    }
    const expectedKind = entry.kind === 'single' ? 'singleType' : 'collectionType';
    if (schema.kind !== expectedKind) problems.push(`${entry.uid}: kind ${String(schema.kind)} in Strapi, ${entry.kind} in registry`);
    const path = entry.kind === 'single' ? schema.info?.singularName : schema.info?.pluralName;
    if (path !== entry.apiPath) problems.push(`${entry.uid}: REST path ${String(path)} in Strapi, ${entry.apiPath} in registry`);
    const shape = (entry.schema as ZodLike).def.shape;
    if (shape === undefined) {
      problems.push(`${entry.uid}: registry schema is not a zod object`);
      continue;
    }
    compareAttributes(entry.uid, schema.attributes, shape, ENTRY_FIELDS, { componentsDir, uids, problems });
  }
  return problems;
}

const cmsSrc = join(__dirname, '..', 'src');
const apiDir = join(cmsSrc, 'api');
const componentsDir = join(cmsSrc, 'components');

describe('contract between the Strapi model and @dk20000/shared', () => {
  it('agrees for every content type and component', () => {
    expect(checkContract(apiDir, componentsDir, contentTypes)).toEqual([]);
  });
});

describe('checkContract', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dk20000-contract-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let counter = 0;

  const localized = { pluginOptions: { i18n: { localized: false } } };
  const townAttributes = (): Record<string, StrapiAttribute> => ({
    name: { type: 'string', required: true, ...localized },
    slug: { type: 'uid', required: true, ...localized },
    postalCode: { type: 'string', ...localized },
    carreMagique: { type: 'boolean', default: false, ...localized },
    latitude: { type: 'decimal', ...localized },
    longitude: { type: 'decimal', ...localized },
  });

  /** A fake cms/src with the given content types and components. */
  function fakeModel(
    types: Record<string, { kind?: string; plural?: string; attributes: Record<string, StrapiAttribute> }>,
    components: Record<string, Record<string, StrapiAttribute>> = {},
  ) {
    const root = join(tmp, String(counter++));
    for (const [name, type] of Object.entries(types)) {
      const dir = join(root, 'api', name, 'content-types', name);
      mkdirSync(dir, { recursive: true });
      const schema = {
        kind: type.kind ?? 'collectionType',
        info: { singularName: name, pluralName: type.plural ?? `${name}s` },
        attributes: type.attributes,
      };
      writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema));
    }
    for (const [uid, attributes] of Object.entries(components)) {
      const [category, name] = uid.split('.') as [string, string];
      mkdirSync(join(root, 'components', category), { recursive: true });
      writeFileSync(join(root, 'components', category, `${name}.json`), JSON.stringify({ attributes }));
    }
    mkdirSync(join(root, 'components'), { recursive: true });
    return { api: join(root, 'api'), components: join(root, 'components') };
  }

  const townRegistry = { towns: contentTypes.towns };

  it('accepts a model that matches', () => {
    const model = fakeModel({ town: { attributes: townAttributes() } });
    expect(checkContract(model.api, model.components, townRegistry)).toEqual([]);
  });

  it('fails when a field exists in Strapi only', () => {
    const model = fakeModel({ town: { attributes: { ...townAttributes(), population: { type: 'integer' } } } });
    expect(checkContract(model.api, model.components, townRegistry)).toEqual([
      'api::town.town: field "population" is in Strapi but not in the zod schema',
    ]);
  });

  it('fails when a field exists in zod only', () => {
    const model = fakeModel({ town: { attributes: townAttributes() } });
    const registry = {
      towns: { ...contentTypes.towns, schema: TownSchema.extend({ population: TownSchema.shape.latitude }) },
    };
    expect(checkContract(model.api, model.components, registry)).toEqual([
      'api::town.town: field "population" is in the zod schema but not in Strapi',
    ]);
  });

  it('fails on required-ness, type, default and constraint mismatches', () => {
    const attributes = townAttributes();
    attributes.name = { type: 'string', ...localized };
    attributes.postalCode = { type: 'string', required: true, regex: '^\\d{5}$', maxLength: 5 };
    attributes.carreMagique = { type: 'boolean', default: true };
    attributes.latitude = { type: 'integer', min: -90 };
    const model = fakeModel({ town: { attributes } });
    expect(checkContract(model.api, model.components, townRegistry)).toEqual([
      'api::town.town: field "name": optional in Strapi but required in zod',
      'api::town.town: field "postalCode": required in Strapi but optional in zod',
      'api::town.town: field "postalCode": Strapi maxLength 5 is not enforced by the zod schema',
      'api::town.town: field "carreMagique": Strapi default true is not the zod default',
    ]);
  });

  it('fails on a regex or bound that zod does not enforce', () => {
    const attributes = townAttributes();
    attributes.slug = { type: 'uid', required: true, regex: '^[a-z]+$' };
    attributes.latitude = { type: 'decimal', min: 0 };
    const model = fakeModel({ town: { attributes } });
    expect(checkContract(model.api, model.components, townRegistry)).toEqual([
      'api::town.town: field "slug": Strapi regex /^[a-z]+$/ is not enforced by the zod schema',
      'api::town.town: field "latitude": Strapi min 0 is not enforced by the zod schema',
    ]);
  });

  it('fails on enumeration values and media cardinality', () => {
    const model = fakeModel({
      partner: {
        attributes: {
          name: { type: 'string', required: true },
          slug: { type: 'uid', required: true },
          kind: {
            type: 'enumeration',
            required: true,
            enum: ['public-employment', 'training', 'economic-development', 'business-club', 'local-authority', 'association', 'funder', 'school'],
          },
          summary: { type: 'text' },
          logo: { type: 'media', multiple: true, allowedTypes: ['images'] },
          website: { type: 'string' },
        },
      },
    });
    expect(checkContract(model.api, model.components, { partners: contentTypes.partners })).toEqual([
      'api::partner.partner: field "kind": enumeration [association, business-club, economic-development, funder, local-authority, public-employment, school, training] in Strapi, [association, business-club, economic-development, funder, local-authority, public-employment, training] in zod',
      'api::partner.partner: field "logo": Strapi media expects zod image[], got image',
    ]);
    expect(PartnerSchema.shape.kind.options).not.toContain('school');
  });

  it('fails on relation cardinality, unknown targets, component drift and missing components', () => {
    const venue = JSON.parse(readFileSync(join(apiDir, 'venue/content-types/venue/schema.json'), 'utf8')) as StrapiSchema;
    venue.attributes.town = { type: 'relation', relation: 'manyToMany', target: 'api::town.town' };
    venue.attributes.services = { type: 'component', component: 'shared.list-item', repeatable: false };
    venue.attributes.openingHours = { type: 'component', component: 'venue.opening-hours', repeatable: true };
    venue.attributes.closures = { type: 'component', component: 'venue.closure', repeatable: true };
    const model = fakeModel(
      { venue: { attributes: venue.attributes }, town: { attributes: townAttributes() } },
      {
        'shared.address': {
          street: { type: 'string' },
          postalCode: { type: 'string' },
          city: { type: 'string', required: true },
          latitude: { type: 'decimal' },
          longitude: { type: 'decimal' },
        },
        'venue.opening-hours': {
          day: { type: 'enumeration', required: true, enum: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
          opens: { type: 'time', required: true },
          closes: { type: 'time' },
        },
      },
    );
    expect(checkContract(model.api, model.components, { venues: contentTypes.venues, towns: contentTypes.towns })).toEqual([
      'api::venue.venue: field "town": Strapi relation expects zod ref[], got ref',
      'api::venue.venue > venue.opening-hours: field "note" is in the zod schema but not in Strapi',
      'api::venue.venue > venue.opening-hours: field "closes": optional in Strapi but required in zod',
      `api::venue.venue: field "closures": component venue.closure has no file ${join(model.components, 'venue', 'closure')}.json`,
      'api::venue.venue: field "services": Strapi component expects zod component, got component[]',
    ]);
    expect(VenueSchema.shape.town).toBeDefined();
  });

  it('fails when a registry entry has no schema.json or a schema.json has no registry entry', () => {
    const model = fakeModel({ town: { attributes: townAttributes() }, widget: { attributes: {} } });
    expect(checkContract(model.api, model.components, { towns: contentTypes.towns, home: contentTypes.home })).toEqual([
      'api::widget.widget: Strapi content type has no registry entry in @dk20000/shared',
      'api::home.home: registry entry has no Strapi schema.json',
    ]);
  });

  it('fails on a kind or REST path mismatch', () => {
    const model = fakeModel({ town: { kind: 'singleType', plural: 'villes', attributes: townAttributes() } });
    expect(checkContract(model.api, model.components, townRegistry)).toEqual([
      'api::town.town: kind singleType in Strapi, collection in registry',
      'api::town.town: REST path villes in Strapi, towns in registry',
    ]);
  });

  it('fails when the real model gains or loses a field on one side only', () => {
    const copy = join(tmp, 'real-copy');
    cpSync(apiDir, join(copy, 'api'), { recursive: true });
    cpSync(componentsDir, join(copy, 'components'), { recursive: true });
    const companyFile = join(copy, 'api/company/content-types/company/schema.json');
    const original = readFileSync(companyFile, 'utf8');
    const company = JSON.parse(original) as StrapiSchema;

    company.attributes.linkedinUrl = { type: 'string' };
    writeFileSync(companyFile, JSON.stringify(company));
    expect(checkContract(join(copy, 'api'), join(copy, 'components'), contentTypes)).toEqual([
      'api::company.company: field "linkedinUrl" is in Strapi but not in the zod schema',
    ]);

    const removed = JSON.parse(original) as StrapiSchema;
    delete removed.attributes.careersUrl;
    writeFileSync(companyFile, JSON.stringify(removed));
    expect(checkContract(join(copy, 'api'), join(copy, 'components'), contentTypes)).toEqual([
      'api::company.company: field "careersUrl" is in the zod schema but not in Strapi',
    ]);

    writeFileSync(companyFile, original);
    const figureFile = join(copy, 'components/shared/figure.json');
    const figure = JSON.parse(readFileSync(figureFile, 'utf8')) as StrapiSchema;
    delete figure.attributes.sourceUrl;
    writeFileSync(figureFile, JSON.stringify(figure));
    const problems = checkContract(join(copy, 'api'), join(copy, 'components'), contentTypes);
    expect(problems).toContain('api::sector.sector > shared.figure: field "sourceUrl" is in the zod schema but not in Strapi');
    expect(problems).toContain('api::home.home > shared.figure: field "sourceUrl" is in the zod schema but not in Strapi');
  });
});
