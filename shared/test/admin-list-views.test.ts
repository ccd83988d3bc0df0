import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentTypes, listViews, mainFields } from '../src/index.js';

const cmsApi = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms', 'src', 'api');

/** Attribute types Strapi's content manager never shows as a list column. */
const NOT_LISTABLE = ['component', 'dynamiczone', 'json', 'richtext', 'blocks', 'media', 'password'];

function attributes(uid: string): Record<string, { type: string; relation?: string }> {
  const [api, name] = uid.replace('api::', '').split('.') as [string, string];
  return JSON.parse(readFileSync(join(cmsApi, api, 'content-types', name, 'schema.json'), 'utf8')).attributes;
}

describe('default list views of the admin', () => {
  it('gives every collection type of the registry a list view', () => {
    const collections = Object.values(contentTypes)
      .filter((type) => type.kind === 'collection')
      .map((type) => type.uid);
    expect(Object.keys(listViews).sort()).toEqual(collections.sort());
  });

  it('lists only listable fields of each Strapi schema, the entry’s name first, and sorts on a listed scalar field', () => {
    for (const [uid, view] of Object.entries(listViews)) {
      const fields = attributes(uid);
      for (const column of view.columns) {
        expect(fields[column], `${uid}.${column}`).toBeDefined();
        expect(NOT_LISTABLE, `${uid}.${column}`).not.toContain(fields[column]!.type);
      }
      expect(view.columns[0], uid).toBe(mainFields[uid]);
      expect(new Set(view.columns).size, uid).toBe(view.columns.length);
      expect(view.columns, uid).toContain(view.sortBy);
      expect(fields[view.sortBy]!.type, uid).not.toBe('relation');
    }
  });
});
