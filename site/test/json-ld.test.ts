import { CompanySchema, EventSchema, JobSchema, TrainingPathSchema, VenueSchema, VisitSchema } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import { breadcrumbLd, courseLd, eventLd, occupationLd, organizationLd, placeLd, serializeJsonLd, touristTripLd } from '../src/lib/json-ld';
import { isIndexableHtml, robotsTxt } from '../src/lib/sitemap';

const site = new URL('https://emplois.example.fr');
const updatedAt = '2026-11-20T09:00:00.000Z';
const hostile = '</script><script>alert(1)</script>';

const fullCompany = CompanySchema.parse({
  documentId: 'c1',
  updatedAt,
  name: 'Batterie du Nord',
  slug: 'batterie-du-nord',
  summary: 'Gigafactory de batteries à Dunkerque, 1 200 emplois d’ici 2030.',
  presence: 'established',
  sectors: [{ documentId: 's1', name: 'Batteries' }],
  town: { documentId: 't1', name: 'Dunkerque', slug: 'dunkerque' },
  address: { street: '1 route du Port', postalCode: '59140', city: 'Dunkerque' },
  website: 'https://batterie-du-nord.example.fr/',
  careersUrl: 'https://batterie-du-nord.example.fr/emplois',
});
const bareCompany = CompanySchema.parse({
  documentId: 'c2',
  updatedAt,
  name: 'Acier Vert',
  slug: 'acier-vert',
  summary: 'Aciérie bas carbone.',
  presence: 'arriving',
});

describe('organizationLd', () => {
  it('describes a company as a schema.org Organization with its page, website and postal address', () => {
    expect(organizationLd(fullCompany, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://emplois.example.fr/entreprises/batterie-du-nord/#organisation',
      name: 'Batterie du Nord',
      description: fullCompany.summary,
      url: 'https://batterie-du-nord.example.fr/',
      mainEntityOfPage: 'https://emplois.example.fr/entreprises/batterie-du-nord/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '1 route du Port',
        postalCode: '59140',
        addressLocality: 'Dunkerque',
        addressCountry: 'FR',
      },
      knowsAbout: ['Batteries'],
      sameAs: 'https://batterie-du-nord.example.fr/emplois',
    });
  });

  it('leaves out the address, sectors and links a company does not give, and falls back to its page as url', () => {
    const ld = organizationLd(bareCompany, site);
    expect(Object.keys(ld).sort()).toEqual(['@context', '@id', '@type', 'description', 'mainEntityOfPage', 'name', 'url']);
    expect(ld).toMatchObject({ url: 'https://emplois.example.fr/entreprises/acier-vert/' });
  });
});

describe('occupationLd', () => {
  const job = JobSchema.parse({
    documentId: 'j1',
    updatedAt,
    title: 'Opérateur ou opératrice de production',
    titleFeminine: 'Opératrice de production',
    titleMasculine: 'Opérateur de production',
    slug: 'operateur-production',
    romeCode: 'H2102',
    summary: 'Conduit les lignes de fabrication.',
    skills: [{ text: 'Lire un plan' }, { text: 'Respecter la sécurité' }],
    accessLevel: 'cap',
    salaryMin: 1900,
    salaryMax: 2400,
  });

  it('describes a job as an Occupation with its ROME code, skills, level and monthly salary range in euros', () => {
    const ld = occupationLd(job, site) as unknown as Record<string, unknown>;
    expect(ld['@type']).toBe('Occupation');
    expect(ld.name).toBe(job.title);
    expect(ld.alternateName).toEqual(['Opératrice de production', 'Opérateur de production']);
    expect(ld.url).toBe('https://emplois.example.fr/metiers/operateur-production/');
    expect(ld.occupationalCategory).toEqual({
      '@type': 'CategoryCode',
      codeValue: 'H2102',
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'ROME' },
    });
    expect(ld.skills).toEqual(['Lire un plan', 'Respecter la sécurité']);
    expect(typeof ld.educationRequirements).toBe('string');
    expect(ld.estimatedSalary).toEqual([
      { '@type': 'MonetaryAmountDistribution', name: 'brut', currency: 'EUR', duration: 'P1M', minValue: 1900, maxValue: 2400 },
    ]);
  });

  it('leaves out the salary, skills, gendered titles and level requirement when the job gives none', () => {
    const bare = JobSchema.parse({ documentId: 'j2', updatedAt, title: 'Soudeur', slug: 'soudeur', romeCode: 'H2913', summary: 'Assemble des pièces.', accessLevel: 'none' });
    const ld = occupationLd(bare, site) as unknown as Record<string, unknown>;
    for (const key of ['estimatedSalary', 'skills', 'alternateName', 'educationRequirements', 'responsibilities']) {
      expect(ld, key).not.toHaveProperty(key);
    }
  });
});

describe('courseLd', () => {
  const training = TrainingPathSchema.parse({
    documentId: 'f1',
    updatedAt,
    title: 'CAP Conducteur d’installations',
    slug: 'cap-conducteur',
    summary: 'Une formation en alternance.',
    duration: '12 mois',
    durationHours: 420,
    format: 'work-study',
    level: 'cap',
    provider: { documentId: 'p1', name: 'AFPI Dunkerque' },
    free: true,
    sessions: [
      { startDate: '2027-01-11', endDate: '2027-12-17', town: 'Gravelines' },
      { startDate: '2027-09-06' },
    ],
  });

  it('describes a training as a Course with its provider and one CourseInstance per session given', () => {
    const ld = courseLd(training, site) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: training.title,
      url: 'https://emplois.example.fr/formations/cap-conducteur/',
      provider: { '@type': 'Organization', name: 'AFPI Dunkerque' },
      timeRequired: 'PT420H',
      isAccessibleForFree: true,
    });
    expect(ld.hasCourseInstance).toEqual([
      {
        '@type': 'CourseInstance',
        courseMode: 'blended',
        startDate: '2027-01-11',
        endDate: '2027-12-17',
        location: { '@type': 'Place', name: 'Gravelines', address: { '@type': 'PostalAddress', addressLocality: 'Gravelines', addressCountry: 'FR' } },
        courseWorkload: 'PT420H',
      },
      { '@type': 'CourseInstance', courseMode: 'blended', startDate: '2027-09-06', courseWorkload: 'PT420H' },
    ]);
  });

  it('lists only the sessions passed (the upcoming ones) and leaves out hasCourseInstance when there are none', () => {
    expect((courseLd(training, site, [training.sessions[1]!]) as unknown as Record<string, unknown[]>).hasCourseInstance).toHaveLength(1);
    expect(courseLd(training, site, [])).not.toHaveProperty('hasCourseInstance');
  });

  it('says nothing about the price when a training is both free and paid, or neither', () => {
    expect(courseLd({ ...training, free: true, paid: true }, site)).not.toHaveProperty('isAccessibleForFree');
    expect(courseLd({ ...training, free: false, paid: false }, site)).not.toHaveProperty('isAccessibleForFree');
    expect(courseLd({ ...training, free: false, paid: true }, site)).toHaveProperty('isAccessibleForFree', false);
  });
});

describe('eventLd', () => {
  const event = EventSchema.parse({
    documentId: 'e1',
    updatedAt,
    title: 'Job dating industrie',
    slug: 'job-dating-industrie',
    type: 'job-dating',
    summary: 'Rencontrez les recruteurs.',
    startsAt: '2027-02-03T09:00:00.000Z',
    endsAt: '2027-02-03T12:00:00.000Z',
    venue: { documentId: 'v1', name: 'Maison de l’emploi', slug: 'maison-emploi' },
    state: 'postponed',
  });
  const venue = VenueSchema.parse({
    documentId: 'v1',
    updatedAt,
    name: 'Maison de l’emploi',
    slug: 'maison-emploi',
    kind: 'relay-point',
    address: { street: '12 place de la Gare', postalCode: '59140', city: 'Dunkerque' },
  });

  it('describes an event with its dates, status, offline attendance and the venue’s postal address', () => {
    const ld = eventLd(event, site, venue) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Job dating industrie',
      url: 'https://emplois.example.fr/evenements/job-dating-industrie/',
      startDate: '2027-02-03T09:00:00.000Z',
      endDate: '2027-02-03T12:00:00.000Z',
      eventStatus: 'https://schema.org/EventPostponed',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(ld.location).toMatchObject({
      '@type': 'Place',
      name: 'Maison de l’emploi',
      address: { '@type': 'PostalAddress', streetAddress: '12 place de la Gare', postalCode: '59140', addressLocality: 'Dunkerque' },
    });
  });

  it('names the place only, without an empty address, when the venue entry is not known; no empty organizer or capacity', () => {
    const ld = eventLd({ ...event, state: 'scheduled' }, site) as unknown as Record<string, unknown>;
    expect(ld.location).toMatchObject({ '@type': 'Place', name: 'Maison de l’emploi' });
    expect(ld.location).not.toHaveProperty('address');
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
    for (const key of ['organizer', 'maximumAttendeeCapacity', 'remainingAttendeeCapacity']) expect(ld, key).not.toHaveProperty(key);
  });
});

describe('placeLd', () => {
  const venue = VenueSchema.parse({
    documentId: 'v2',
    updatedAt,
    name: 'Point relais Gare',
    slug: 'point-relais-gare',
    kind: 'relay-point',
    summary: 'Un lieu d’accueil près de la gare.',
    address: { street: '1 place de la Gare', postalCode: '59140', city: 'Dunkerque', latitude: 51.03, longitude: 2.37 },
    openingHours: [
      { day: 'monday', opens: '09:00', closes: '12:30' },
      { day: 'tuesday', opens: '13:30', closes: '17:00' },
    ],
    closures: [{ startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Fêtes de fin d’année' }],
    services: [{ text: 'Ordinateurs en libre accès' }],
  });

  it('describes a venue as a Place with weekly openingHoursSpecification, closures as 00:00–00:00 over their days, geo and services', () => {
    const ld = placeLd(venue, site) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Point relais Gare',
      geo: { '@type': 'GeoCoordinates', latitude: 51.03, longitude: 2.37 },
      address: { '@type': 'PostalAddress', streetAddress: '1 place de la Gare', addressLocality: 'Dunkerque' },
      amenityFeature: [{ '@type': 'LocationFeatureSpecification', name: 'Ordinateurs en libre accès', value: true }],
    });
    expect(ld.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:30' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Tuesday', opens: '13:30', closes: '17:00' },
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-12-24',
        validThrough: '2026-12-26',
        opens: '00:00',
        closes: '00:00',
        description: 'Fêtes de fin d’année',
      },
    ]);
  });

  it('leaves out opening hours, geo, telephone and services a venue does not give', () => {
    const bare = VenueSchema.parse({ documentId: 'v3', updatedAt, name: 'Halte', slug: 'halte', kind: 'mobile-stop', address: { city: 'Calais' } });
    const ld = placeLd(bare, site) as unknown as Record<string, unknown>;
    for (const key of ['openingHoursSpecification', 'geo', 'telephone', 'amenityFeature', 'description']) expect(ld, key).not.toHaveProperty(key);
  });
});

describe('touristTripLd', () => {
  const visit = VisitSchema.parse({
    documentId: 'vi1',
    updatedAt,
    title: 'Port Center : les métiers du port',
    slug: 'port-center',
    mode: 'guided',
    summary: 'Découvrir les métiers du port.',
    durationMinutes: 90,
    stops: [{ name: 'Accueil', place: 'Place de la Gare', latitude: 51.03, longitude: 2.37 }, { name: 'Quais' }],
    audiences: [{ documentId: 'a1', name: 'Jeunes', slug: 'jeunes' }],
  });

  it('describes a visit as a TouristTrip whose itinerary lists its stops in order, with geo only when both coordinates are known', () => {
    expect(touristTripLd(visit, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TouristTrip',
      name: visit.title,
      description: visit.summary,
      url: 'https://emplois.example.fr/visites/port-center/',
      touristType: ['Jeunes'],
      itinerary: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          {
            '@type': 'ListItem',
            position: 1,
            item: { '@type': 'Place', name: 'Accueil', address: 'Place de la Gare', geo: { '@type': 'GeoCoordinates', latitude: 51.03, longitude: 2.37 } },
          },
          { '@type': 'ListItem', position: 2, item: { '@type': 'Place', name: 'Quais' } },
        ],
      },
    });
  });
});

describe('breadcrumbLd', () => {
  it('lists the trail then the current page, numbered from 1, with absolute URLs', () => {
    expect(breadcrumbLd([{ href: '/', label: 'Accueil' }, { href: '/entreprises/', label: 'Entreprises' }], 'Batterie du Nord', '/entreprises/batterie-du-nord/', site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://emplois.example.fr/' },
        { '@type': 'ListItem', position: 2, name: 'Entreprises', item: 'https://emplois.example.fr/entreprises/' },
        { '@type': 'ListItem', position: 3, name: 'Batterie du Nord', item: 'https://emplois.example.fr/entreprises/batterie-du-nord/' },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  it('escapes < > & so that a hostile title cannot close the script element, and parses back to the same text', () => {
    const json = serializeJsonLd(organizationLd({ ...bareCompany, name: `${hostile} & <!-- co` }, site));
    expect(json).not.toMatch(/[<>&]/);
    expect(json).not.toContain('</script');
    expect((JSON.parse(json) as { name: string }).name).toBe(`${hostile} & <!-- co`);
  });

  it('escapes the U+2028 and U+2029 line separators', () => {
    const json = serializeJsonLd({ name: 'a\u2028b\u2029c' });
    expect(json).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ name: 'a\u2028b\u2029c' });
  });
});

describe('sitemap helpers', () => {
  it('isIndexableHtml is false for a page with a robots noindex meta, true otherwise', () => {
    expect(isIndexableHtml('<head><meta name="robots" content="noindex"></head>')).toBe(false);
    expect(isIndexableHtml('<head><meta name=robots content="noindex, follow"></head>')).toBe(false);
    expect(isIndexableHtml('<head><meta name="description" content="noindex ici"><link rel="canonical" href="/"></head>')).toBe(true);
  });

  it('robotsTxt names the sitemap by its absolute URL', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://emplois.example.fr/sitemap.xml\n');
  });
});
