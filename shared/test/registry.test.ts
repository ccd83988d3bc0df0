import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  contentTypeByUid,
  contentTypeNames,
  contentTypes,
  editorErrorMap,
  type Company,
  type ContentTypeName,
  type EntryOf,
  type Ref,
} from '../src/index.js';

const base = { documentId: 'doc1', updatedAt: '2026-01-01T00:00:00.000Z' };
const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte.' }] }];
const address = { city: 'Dunkerque' };
const ref = { documentId: 'ref1', name: 'Référence' };

/** The smallest valid entry of each type: only required fields. */
const minimal: Record<ContentTypeName, Record<string, unknown>> = {
  companies: { ...base, name: 'Batterie du Nord', slug: 'batterie-du-nord', summary: 'Cellules.', presence: 'arriving' },
  jobs: { ...base, title: 'Soudeur·se', slug: 'soudeur-se', romeCode: 'H2913', summary: 'Souder.', accessLevel: 'cap' },
  careerStories: { ...base, firstName: 'Samia', slug: 'samia', role: 'Technicienne', quote: 'J’ai trouvé ma voie.' },
  trainingPaths: {
    ...base,
    title: 'Titre pro',
    slug: 'titre-pro',
    summary: 'Former.',
    duration: '6 mois',
    format: 'work-study',
    level: 'cap',
  },
  supportSolutions: {
    ...base,
    title: 'Aide au permis',
    slug: 'aide-au-permis',
    theme: 'mobility',
    summary: 'Financer le permis.',
    howToAccess: 'Demandez à votre conseiller.',
  },
  venues: { ...base, name: 'Point relais', slug: 'point-relais', kind: 'relay-point', address },
  events: {
    ...base,
    title: 'Salon',
    slug: 'salon',
    type: 'fair',
    summary: 'Un salon.',
    startsAt: '2026-03-03T13:00:00.000Z',
    endsAt: '2026-03-03T16:00:00.000Z',
    venue: ref,
  },
  programmes: { ...base, month: '2026-03', title: 'Programme de mars' },
  visits: { ...base, title: 'Visite du port', slug: 'visite-du-port', mode: 'guided', summary: 'Le port.', durationMinutes: 90 },
  sectors: { ...base, name: 'Sidérurgie', slug: 'siderurgie', summary: 'Acier.' },
  partners: { ...base, name: 'France Travail', slug: 'france-travail', kind: 'public-employment' },
  audiences: { ...base, name: 'Jeunes', slug: 'jeunes', summary: '16-25 ans.' },
  towns: { ...base, name: 'Dunkerque', slug: 'dunkerque' },
  articles: { ...base, title: 'Actualité', slug: 'actualite', summary: 'Résumé.', body: paragraph, date: '2026-03-03' },
  pages: { ...base, title: 'Mentions légales', slug: 'mentions-legales', body: paragraph },
  home: { ...base, heroTitle: '20 000 emplois durables', heroText: 'Des métiers pour demain.' },
  brand: { ...base },
};

describe('registry', () => {
  it('lists the 17 content types with unique uids and API paths', () => {
    expect(contentTypeNames).toHaveLength(17);
    const uids = contentTypeNames.map((name) => contentTypes[name].uid);
    const paths = contentTypeNames.map((name) => contentTypes[name].apiPath);
    expect(new Set(uids).size).toBe(17);
    expect(new Set(paths).size).toBe(17);
    for (const uid of uids) expect(uid).toMatch(/^api::([a-z-]+)\.\1$/);
    expect(contentTypes.home.kind).toBe('single');
    expect(contentTypes.brand.kind).toBe('single');
    expect(contentTypeNames.filter((name) => contentTypes[name].kind === 'collection')).toHaveLength(15);
  });

  it('finds a type by uid', () => {
    expect(contentTypeByUid('api::career-story.career-story')).toBe('careerStories');
    expect(contentTypeByUid('api::nope.nope')).toBeUndefined();
  });

  it.each(contentTypeNames)('%s parses a minimal valid entry and rejects an empty one', (name) => {
    const schema = contentTypes[name].schema;
    const result = schema.safeParse(minimal[name], { error: editorErrorMap });
    expect(result.error?.issues ?? []).toEqual([]);
    expect(schema.safeParse({}).success).toBe(false);
  });

  it('fills defaults for booleans, enumerations and lists', () => {
    const company = contentTypes.companies.schema.parse(minimal.companies);
    expect(company.featured).toBe(false);
    expect(company.sectors).toEqual([]);
    expect(company.gallery).toEqual([]);
    const event = contentTypes.events.schema.parse(minimal.events);
    expect(event.registration).toBe('none');
    expect(event.state).toBe('scheduled');
    const brand = contentTypes.brand.schema.parse(minimal.brand);
    expect(brand).toEqual({ ...base, colors: [], fonts: [], logos: [], kit: [], rules: [] });
  });

  it('types entries from the registry', () => {
    expectTypeOf<EntryOf<'companies'>>().toEqualTypeOf<Company>();
    expectTypeOf<Company['sectors']>().toEqualTypeOf<Ref[]>();
    expectTypeOf<Company['town']>().toEqualTypeOf<Ref | undefined>();
    expectTypeOf<EntryOf<'venues'>['openingHours'][number]['opens']>().toEqualTypeOf<string>();
  });
});
