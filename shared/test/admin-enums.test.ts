import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminEnumLabel, enumFields, enumOfField, enums, type EnumName } from '../src/index.js';

const cmsSrc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'src');

/** Every enumeration attribute of the CMS schemas: uid → field → values. */
function strapiEnumerations(): Record<string, Record<string, string[]>> {
  const found: Record<string, Record<string, string[]>> = {};
  const collect = (uid: string, file: string) => {
    const attributes = JSON.parse(readFileSync(file, 'utf8')).attributes as Record<string, { type: string; enum?: string[] }>;
    for (const [field, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'enumeration') continue;
      found[uid] ??= {};
      found[uid][field] = attribute.enum ?? [];
    }
  };
  for (const api of readdirSync(join(cmsSrc, 'api'))) {
    let names: string[] = [];
    try {
      names = readdirSync(join(cmsSrc, 'api', api, 'content-types'));
    } catch {
      continue;
    }
    for (const name of names) collect(`api::${api}.${name}`, join(cmsSrc, 'api', api, 'content-types', name, 'schema.json'));
  }
  for (const category of readdirSync(join(cmsSrc, 'components'))) {
    for (const file of readdirSync(join(cmsSrc, 'components', category))) {
      collect(`${category}.${file.replace(/\.json$/, '')}`, join(cmsSrc, 'components', category, file));
    }
  }
  return found;
}

describe('enumeration labels of the admin', () => {
  it('maps every enumeration field of the Strapi schemas, and only those, to an enumeration with the same values', () => {
    const fromStrapi = strapiEnumerations();
    const mapped: Record<string, Record<string, string[]>> = {};
    for (const [uid, fields] of Object.entries(enumFields)) {
      mapped[uid] = {};
      for (const [field, name] of Object.entries(fields) as [string, EnumName][]) mapped[uid][field] = [...enums[name].options];
    }
    expect(mapped).toEqual(fromStrapi);
  });

  it('finds the enumeration of every field from its name or path and its values, registration and booking apart', () => {
    for (const fields of Object.values(enumFields)) {
      for (const [field, name] of Object.entries(fields) as [string, EnumName][]) {
        expect(enumOfField(field, enums[name].options), field).toBe(name);
      }
    }
    expect(enumOfField('openingHours.3.day', enums.weekday.options)).toBe('weekday');
    expect(enumOfField('registration', ['on-site', 'none', 'link'])).toBe('registration');
    expect(enumOfField('booking', ['none', 'link', 'on-site'])).toBe('booking');
    expect(enumOfField('title', ['a', 'b'])).toBeUndefined();
    // A field whose values changed in Strapi is not silently labelled with the old enumeration.
    expect(enumOfField('type', ['info-session', 'job-dating'])).toBeUndefined();
  });

  it('gives editors French words with a capital first letter, English on request, and an unknown value unchanged', () => {
    expect(adminEnumLabel('eventType', 'info-session')).toBe('Information collective');
    expect(adminEnumLabel('eventType', 'barrier-removal')).toBe('Levée des freins');
    expect(adminEnumLabel('eventType', 'after-work')).toBe('After-work');
    expect(adminEnumLabel('presence', 'arriving')).toBe('S’installe');
    expect(adminEnumLabel('presence', 'established')).toBe('Implantée');
    expect(adminEnumLabel('weekday', 'monday')).toBe('Lundi');
    expect(adminEnumLabel('registration', 'none')).toBe('Entrée libre, sans inscription');
    expect(adminEnumLabel('booking', 'none')).toBe('Sans réservation');
    expect(adminEnumLabel('eventState', 'full', 'en')).toBe('Full');
    expect(adminEnumLabel('eventType', 'old-value')).toBe('old-value');
  });
});
