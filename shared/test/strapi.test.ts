import { describe, expect, it } from 'vitest';
import {
  absoluteMediaUrl,
  entryLabel,
  fromStrapi,
  parseEntries,
  parseEntry,
  stripStrapiMeta,
  type Company,
  type Event,
  type Venue,
} from '../src/index.js';
import companyResponse from './fixtures/company.json' with { type: 'json' };
import eventResponse from './fixtures/event.json' with { type: 'json' };
import venueResponse from './fixtures/venue.json' with { type: 'json' };

const options = { mediaBaseUrl: 'http://127.0.0.1:1337/' };
const NBSP = '\u00a0';
const clone = <T>(value: T): T => structuredClone(value);

const expectedCompany: Company = {
  documentId: 'k2m9bq0x7c1d3e5f6g8h9j0a',
  locale: 'fr',
  updatedAt: '2026-02-02T16:45:12.345Z',
  name: 'Batterie du Nord',
  slug: 'batterie-du-nord',
  summary:
    'Batterie du Nord assemble des cellules de batteries pour véhicules électriques sur le port de Dunkerque.',
  description: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Une usine en construction' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Le chantier a commencé en ' },
        { type: 'text', text: '2025', bold: true },
        { type: 'text', text: '. Consultez les ' },
        {
          type: 'link',
          url: 'https://www.batterie-du-nord.example/recrutement',
          children: [{ type: 'text', text: 'offres d’emploi' }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Assemblage des cellules' }] },
        {
          type: 'list',
          format: 'unordered',
          indentLevel: 1,
          children: [{ type: 'list-item', children: [{ type: 'text', text: 'Salle sèche', italic: true }] }],
        },
        { type: 'list-item', children: [{ type: 'text', text: 'Contrôle qualité' }] },
      ],
    },
    {
      type: 'image',
      image: {
        url: 'http://127.0.0.1:1337/uploads/chantier_3b1f0a.jpg',
        alt: 'Le chantier de l’usine vu du ciel',
        width: 1600,
        height: 900,
        mime: 'image/jpeg',
        name: 'chantier.jpg',
      },
      children: [{ type: 'text', text: '' }],
    },
  ],
  nafCode: '27.20Z',
  presence: 'arriving',
  jobsPlanned: 1200,
  horizonYear: 2030,
  workEnvironment: 'Travail en équipes, en salle propre, avec une formation de trois mois à l’embauche.',
  website: 'https://www.batterie-du-nord.example',
  featured: true,
  logo: {
    url: 'http://127.0.0.1:1337/uploads/logo_batterie_du_nord_5f1a2b.png',
    alt: 'Logo de Batterie du Nord',
    width: 512,
    height: 512,
    mime: 'image/png',
    name: 'logo-batterie-du-nord.png',
  },
  gallery: [
    {
      url: 'https://cdn.dk20000.example/uploads/atelier_77aa01.webp',
      alt: '',
      width: 1200,
      height: 800,
      mime: 'image/webp',
      name: 'atelier.webp',
    },
  ],
  sectors: [{ documentId: 's3c7o9r1b2a3t4t5e6r7i8e9', slug: 'batteries', name: 'Batteries' }],
  town: { documentId: 't0w1n2d3u4n5k6e7r8q9u0e1', slug: 'dunkerque', name: 'Dunkerque' },
  address: {
    street: 'Route du Port Ouest',
    postalCode: '59760',
    city: 'Grande-Synthe',
    latitude: 51.0122,
    longitude: 2.2734,
  },
  jobs: [
    { documentId: 'j0b1o2p3e4r5a6t7e8u9r0a1', slug: 'operateur-rice-de-production', name: 'Opérateur·rice de production' },
  ],
};

describe('fromStrapi', () => {
  it('maps a Strapi 5 company: nulls, bookkeeping, media, relations, components, blocks', () => {
    const mapped = fromStrapi(companyResponse.data, options) as Record<string, unknown>;
    expect(Object.keys(mapped)).not.toContain('id');
    expect(Object.keys(mapped)).not.toContain('createdAt');
    expect(Object.keys(mapped)).not.toContain('publishedAt');
    expect(Object.keys(mapped)).not.toContain('localizations');
    expect(Object.keys(mapped)).not.toContain('cover');
    expect(Object.keys(mapped)).not.toContain('videoUrl');
    expect(mapped.logo).toEqual({ ...expectedCompany.logo, size: 18.42 });
    expect(mapped.address).toEqual(expectedCompany.address);
    expect(mapped.jobs).toEqual(expectedCompany.jobs);
    expect(mapped.town).toEqual(expectedCompany.town);
    expect(mapped.updatedAt).toBe('2026-02-02T16:45:12.345Z');
    expect(mapped.locale).toBe('fr');
    expect(mapped.documentId).toBe('k2m9bq0x7c1d3e5f6g8h9j0a');
  });

  it('does not modify its input', () => {
    const input = clone(companyResponse.data);
    fromStrapi(input, options);
    expect(input).toEqual(companyResponse.data);
  });

  it('keeps component objects without their id and drops nested bookkeeping', () => {
    const mapped = fromStrapi(
      {
        documentId: 'x',
        updatedAt: '2026-01-01T00:00:00.000Z',
        figures: [{ id: 1, label: 'Emplois', value: 20000, unit: null, createdBy: { id: 1 }, source: 'Région' }],
      },
      options,
    );
    expect(mapped).toEqual({
      documentId: 'x',
      updatedAt: '2026-01-01T00:00:00.000Z',
      figures: [{ label: 'Emplois', value: 20000, source: 'Région' }],
    });
  });

  it('names a relation after its name, title, first name or month', () => {
    const mapped = fromStrapi(
      {
        documentId: 'root',
        a: { id: 1, documentId: 'a', title: 'Titre', slug: 'titre' },
        b: { id: 2, documentId: 'b', firstName: 'Samia', slug: 'samia' },
        c: { id: 3, documentId: 'c', month: '2026-03' },
      },
      options,
    );
    expect(mapped).toEqual({
      documentId: 'root',
      a: { documentId: 'a', slug: 'titre', name: 'Titre' },
      b: { documentId: 'b', slug: 'samia', name: 'Samia' },
      c: { documentId: 'c', name: '2026-03' },
    });
  });

  it('maps every entry of an array', () => {
    const mapped = fromStrapi([{ id: 1, documentId: 'a', x: null }, { id: 2, documentId: 'b' }], options);
    expect(mapped).toEqual([{ documentId: 'a' }, { documentId: 'b' }]);
  });

  it('makes media URLs absolute only when they are relative', () => {
    expect(absoluteMediaUrl('/uploads/a.png', 'http://127.0.0.1:1337')).toBe('http://127.0.0.1:1337/uploads/a.png');
    expect(absoluteMediaUrl('uploads/a.png', 'https://cms.example/strapi/')).toBe(
      'https://cms.example/strapi/uploads/a.png',
    );
    expect(absoluteMediaUrl('https://cdn.example/a.png', 'http://127.0.0.1:1337')).toBe('https://cdn.example/a.png');
    expect(absoluteMediaUrl('//cdn.example/a.png', 'http://127.0.0.1:1337')).toBe('https://cdn.example/a.png');
  });

  it('stripStrapiMeta removes bookkeeping and nulls from one object', () => {
    expect(stripStrapiMeta({ id: 1, createdAt: 'x', publishedAt: 'y', name: 'A', note: null, documentId: 'd' })).toEqual({
      name: 'A',
      documentId: 'd',
    });
  });
});

describe('parseEntry', () => {
  it('parses the company into its clean shape, with defaults', () => {
    const result = parseEntry('companies', companyResponse.data, options);
    expect(result).toEqual({ success: true, data: expectedCompany });
  });

  it('parses an event, keeping its instants and defaults', () => {
    const result = parseEntry('events', eventResponse.data, options);
    if (!result.success) throw new Error(result.issues.join('\n'));
    const expected: Event = {
      documentId: 'e1v2e3n4t5j6o7b8d9a0t1i2',
      locale: 'fr',
      updatedAt: '2026-02-03T11:20:00.000Z',
      title: 'Job dating batteries à Dunkerque',
      slug: 'job-dating-batteries-dunkerque',
      type: 'job-dating',
      summary: eventResponse.data.summary,
      description: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Entretiens rapides, sans rendez-vous.' }] },
        { type: 'quote', children: [{ type: 'text', text: 'On recrute d’abord des personnes motivées.' }] },
      ],
      startsAt: '2026-03-31T12:00:00.000Z',
      endsAt: '2026-03-31T15:30:00.000Z',
      venue: { documentId: 'v3n4u5e6p7o8i9n0t1r2e3l4', slug: 'point-relais-dunkerque-centre', name: 'Point relais de Dunkerque centre' },
      audiences: [{ documentId: 'a1u2d3i4e5n6c7e8j9e0u1n2', slug: 'jeunes', name: 'Jeunes de 16 à 25 ans' }],
      partners: [{ documentId: 'p1a2r3t4n5e6r7f8t9r0a1v2', slug: 'france-travail', name: 'France Travail' }],
      companies: [],
      registration: 'link',
      registrationUrl: 'https://www.francetravail.fr/',
      capacity: 80,
      state: 'scheduled',
      accessibility: 'Salle de plain-pied, boucle magnétique à l’accueil.',
    };
    expect(result.data).toEqual(expected);
  });

  it('normalises opening hours to HH:mm and keeps closures and services', () => {
    const result = parseEntry('venues', venueResponse.data, options);
    if (!result.success) throw new Error(result.issues.join('\n'));
    const venue: Venue = result.data;
    expect(venue.openingHours).toEqual([
      { day: 'monday', opens: '09:00', closes: '12:30' },
      { day: 'monday', opens: '13:30', closes: '17:00', note: 'Sur rendez-vous l’après-midi' },
      { day: 'wednesday', opens: '09:00', closes: '17:00' },
    ]);
    expect(venue.closures).toEqual([{ startDate: '2026-08-03', endDate: '2026-08-21', reason: 'Congés d’été' }]);
    expect(venue.services).toEqual([{ text: 'Casques de réalité virtuelle' }, { text: 'Ordinateurs en libre accès' }]);
    expect(venue.photos).toEqual([]);
    expect(venue.address).toEqual({
      street: 'Place de la Gare',
      postalCode: '59140',
      city: 'Dunkerque',
      latitude: 51.0304,
      longitude: 2.3693,
    });
    expect(venue.email).toBe('contact@point-relais.example');
  });

  const company = `companies «${NBSP}Batterie du Nord${NBSP}» (documentId k2m9bq0x7c1d3e5f6g8h9j0a)`;
  const invalidCompany = (patch: Record<string, unknown>) => {
    const raw: Record<string, unknown> = { ...clone(companyResponse.data), ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete raw[key];
    const result = parseEntry('companies', raw, options);
    if (result.success) throw new Error('expected the entry to be rejected');
    return result.issues;
  };

  it('explains a website written without its scheme', () => {
    expect(invalidCompany({ website: 'www.exemple.fr' })).toEqual([
      `${company}: field "website" — URL invalide (attendu http(s)://…, ex. https://www.exemple.fr)`,
    ]);
  });

  it('rejects non-web URLs and hosts without a domain', () => {
    for (const careersUrl of ['javascript:alert(1)', 'ftp://exemple.fr/offres', 'https://intranet', 'http:exemple.fr']) {
      expect(invalidCompany({ careersUrl })).toEqual([
        `${company}: field "careersUrl" — URL invalide (attendu http(s)://…, ex. https://www.exemple.fr)`,
      ]);
    }
  });

  it('explains a slug with capitals or underscores', () => {
    expect(invalidCompany({ slug: 'Batterie_du_Nord' })).toEqual([
      `${company}: field "slug" — identifiant d’URL invalide${NBSP}: lettres minuscules sans accent, chiffres et tirets seulement (ex. batterie-du-nord)`,
    ]);
  });

  it('reports a missing required field and an unknown enumeration value', () => {
    expect(invalidCompany({ summary: undefined, presence: 'arrived' })).toEqual([
      `${company}: field "summary" — champ obligatoire manquant`,
      `${company}: field "presence" — valeur «${NBSP}arrived${NBSP}» inconnue (valeurs possibles${NBSP}: arriving, growing, established)`,
    ]);
  });

  it('reports a null required field as missing (null means absent)', () => {
    expect(invalidCompany({ name: null })).toEqual([
      `companies «${NBSP}batterie-du-nord${NBSP}» (documentId k2m9bq0x7c1d3e5f6g8h9j0a): field "name" — champ obligatoire manquant`,
    ]);
  });

  it('reports codes, lengths and ranges with the expected form', () => {
    expect(invalidCompany({ nafCode: '2720Z1', summary: 'x'.repeat(312), horizonYear: 2050, jobsPlanned: -3 })).toEqual([
      `${company}: field "summary" — 300${NBSP}caractères maximum (actuellement 312)`,
      `${company}: field "nafCode" — code NAF invalide (ex. 27.20Z)`,
      `${company}: field "jobsPlanned" — doit être positif ou nul`,
      `${company}: field "horizonYear" — année entre 2024 et 2040`,
    ]);
  });

  it('points at the faulty field inside components and blocks', () => {
    const raw = clone(companyResponse.data) as Record<string, unknown>;
    (raw.address as Record<string, unknown>).city = null;
    (raw.address as Record<string, unknown>).postalCode = '5914';
    (raw.description as unknown[]).push({ type: 'video', url: 'https://video.example/x' });
    const result = parseEntry('companies', raw, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      `${company}: field "description[4].type" — bloc de type inconnu «${NBSP}video${NBSP}» (types possibles${NBSP}: paragraph, heading, list, quote, code, image)`,
      `${company}: field "address.postalCode" — code postal invalide (5 chiffres, ex. 59140)`,
      `${company}: field "address.city" — champ obligatoire manquant`,
    ]);
  });

  it('rejects an unknown inline node and a bad link inside a nested list', () => {
    const raw = clone(companyResponse.data) as { description: unknown[] };
    raw.description = [
      {
        type: 'list',
        format: 'ordered',
        children: [
          {
            type: 'list',
            format: 'ordered',
            children: [
              { type: 'list-item', children: [{ type: 'mention', text: '@x' }] },
              { type: 'list-item', children: [{ type: 'link', url: 'www.exemple.fr', children: [] }] },
            ],
          },
        ],
      },
    ];
    const result = parseEntry('companies', raw, options);
    if (result.success) throw new Error('expected the entry to be rejected');
    expect(result.issues).toEqual([
      `${company}: field "description[0].children[0].children[0].children[0].type" — élément de texte de type inconnu «${NBSP}mention${NBSP}» (types possibles${NBSP}: text, link)`,
      `${company}: field "description[0].children[0].children[1].children[0].url" — lien invalide (attendu https://…, mailto:…, tel:… ou un chemin du site commençant par /)`,
    ]);
  });

  const event = `events «${NBSP}Job dating batteries à Dunkerque${NBSP}» (documentId e1v2e3n4t5j6o7b8d9a0t1i2)`;

  it('rejects an event that ends before it starts, on endsAt', () => {
    const raw = { ...clone(eventResponse.data), endsAt: '2026-03-31T11:00:00.000Z' };
    expect(parseEntry('events', raw, options)).toEqual({
      success: false,
      issues: [`${event}: field "endsAt" — la fin (endsAt) doit être après le début (startsAt)`],
    });
  });

  it('requires a registration link when registration is online, and a venue', () => {
    const raw = { ...clone(eventResponse.data), registrationUrl: null, venue: null };
    expect(parseEntry('events', raw, options)).toEqual({
      success: false,
      issues: [`${event}: field "venue" — champ obligatoire manquant`],
    });
    const withVenue = { ...clone(eventResponse.data), registrationUrl: null };
    expect(parseEntry('events', withVenue, options)).toEqual({
      success: false,
      issues: [`${event}: field "registrationUrl" — lien d’inscription obligatoire quand l’inscription se fait en ligne`],
    });
  });

  it('rejects a datetime without offset and a malformed e-mail', () => {
    const raw = { ...clone(eventResponse.data), startsAt: '2026-03-31 14:00' };
    const result = parseEntry('events', raw, options);
    expect(result).toEqual({
      success: false,
      issues: [`${event}: field "startsAt" — date et heure invalides (attendu 2026-03-03T14:00:00+01:00)`],
    });
    const venue = { ...clone(venueResponse.data), email: 'contact@', phone: 'appelez-nous' };
    const label = `venues «${NBSP}Point relais de Dunkerque centre${NBSP}» (documentId v3n4u5e6p7o8i9n0t1r2e3l4)`;
    expect(parseEntry('venues', venue, options)).toEqual({
      success: false,
      issues: [
        `${label}: field "phone" — numéro de téléphone invalide (ex. 03 28 00 00 00)`,
        `${label}: field "email" — adresse e-mail invalide (ex. contact@exemple.fr)`,
      ],
    });
  });

  it('rejects opening hours that close before they open and malformed times', () => {
    const raw = clone(venueResponse.data);
    raw.openingHours[0]!.closes = '08:00:00.000';
    raw.openingHours[2]!.opens = '9h';
    const result = parseEntry('venues', raw, options);
    if (result.success) throw new Error('expected the entry to be rejected');
    expect(result.issues).toEqual([
      `venues «${NBSP}Point relais de Dunkerque centre${NBSP}» (documentId v3n4u5e6p7o8i9n0t1r2e3l4): field "openingHours[0].closes" — l’heure de fermeture doit être après l’heure d’ouverture`,
      `venues «${NBSP}Point relais de Dunkerque centre${NBSP}» (documentId v3n4u5e6p7o8i9n0t1r2e3l4): field "openingHours[2].opens" — heure invalide (attendu HH:mm, ex. 09:30)`,
    ]);
  });

  it('parseEntries keeps valid entries and collects issues of the others', () => {
    const broken = { ...clone(eventResponse.data), documentId: 'broken', slug: 'Pas Un Slug' };
    const { entries, issues } = parseEntries('events', [eventResponse.data, broken], options);
    expect(entries.map((e) => e.documentId)).toEqual(['e1v2e3n4t5j6o7b8d9a0t1i2']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^events «\u00a0Job dating batteries à Dunkerque\u00a0» \(documentId broken\): field "slug" — /);
  });

  it('entryLabel falls back to the slug, then to the documentId alone', () => {
    expect(entryLabel({ documentId: 'a', slug: 'mon-slug' })).toBe(`«${NBSP}mon-slug${NBSP}» (documentId a)`);
    expect(entryLabel({ documentId: 'a' })).toBe('(documentId a)');
    expect(entryLabel('nope')).toBe('(not an object)');
  });
});
