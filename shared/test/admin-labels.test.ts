import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminLabels, componentFields, contentTypes } from '../src/index.js';

const cmsSrc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'src');

interface Attribute {
  type: string;
  component?: string;
}

/** Every content type and component schema of the CMS, by uid. */
function cmsSchemas(): Map<string, Record<string, Attribute>> {
  const schemas = new Map<string, Record<string, Attribute>>();
  for (const api of readdirSync(join(cmsSrc, 'api'))) {
    const typesDir = join(cmsSrc, 'api', api, 'content-types');
    let names: string[] = [];
    try {
      names = readdirSync(typesDir);
    } catch {
      continue; // an API without content type (custom routes only)
    }
    for (const name of names) {
      const schema = JSON.parse(readFileSync(join(typesDir, name, 'schema.json'), 'utf8'));
      schemas.set(`api::${api}.${name}`, schema.attributes);
    }
  }
  for (const category of readdirSync(join(cmsSrc, 'components'))) {
    for (const file of readdirSync(join(cmsSrc, 'components', category))) {
      const schema = JSON.parse(readFileSync(join(cmsSrc, 'components', category, file), 'utf8'));
      schemas.set(`${category}.${file.replace(/\.json$/, '')}`, schema.attributes);
    }
  }
  return schemas;
}

describe('admin labels shared by the CMS and the site', () => {
  const schemas = cmsSchemas();

  it('maps exactly the component fields of the Strapi schemas to their component', () => {
    const fromSchemas: Record<string, Record<string, string>> = {};
    for (const [uid, attributes] of schemas) {
      for (const [field, attribute] of Object.entries(attributes)) {
        if (attribute.type === 'component' && attribute.component) {
          fromSchemas[uid] ??= {};
          fromSchemas[uid][field] = attribute.component;
        }
      }
    }
    expect(componentFields).toEqual(fromSchemas);
  });

  it('labels every content type of the registry and every field of its Strapi schema', () => {
    for (const { uid } of Object.values(contentTypes)) {
      const attributes = schemas.get(uid);
      expect(attributes, uid).toBeDefined();
      const labels = adminLabels[uid];
      expect(labels?.displayName, uid).toBeTruthy();
      for (const field of Object.keys(attributes!)) {
        expect(labels?.fields[field]?.label, `${uid}.${field}`).toBeTruthy();
      }
    }
  });

  it('labels every field of every component', () => {
    for (const [uid, attributes] of schemas) {
      if (uid.includes('::')) continue;
      for (const field of Object.keys(attributes)) {
        expect(adminLabels[uid]?.fields[field]?.label, `${uid}.${field}`).toBeTruthy();
      }
    }
  });
});
