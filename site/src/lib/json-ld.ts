import {
  enumLabel,
  type Company,
  type Event,
  type Job,
  type TrainingPath,
  type TrainingSession,
  type Venue,
  type Visit,
} from '@dk20000/shared';
import type {
  BreadcrumbList,
  Course,
  CourseInstance,
  Event as EventLd,
  EventStatusType,
  DayOfWeek,
  Occupation,
  OpeningHoursSpecification,
  Organization,
  Place,
  PostalAddress,
  TouristTrip,
  WithContext,
} from 'schema-dts';
import { detailSections, sectionHref } from '../i18n/routes';

/**
 * Structured data (schema.org JSON-LD) of the site's pages, built from the content entries as typed objects
 * (schema-dts), never as string templates. Optional fields the entry does not fill are left out, not empty.
 * `site` is the site's absolute origin (Astro.site); every URL in the result is absolute.
 */

const CONTEXT = 'https://schema.org' as const;

type Site = URL | string;

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: Site): string {
  return new URL(path, site).href;
}

/** Removes undefined values, blank strings, empty arrays and objects left empty, recursively. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((v) => compact(v)).filter((v) => !isEmpty(v)) as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const c = compact(v);
      if (!isEmpty(c)) out[key] = c;
    }
    return out as T;
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    // An object holding only its @type says nothing.
    const keys = Object.keys(value);
    return keys.length === 0 || (keys.length === 1 && keys[0] === '@type');
  }
  return false;
}

/** The French page of an entry (the English builders take their page's own path). */
function pageUrl(type: Exclude<keyof typeof detailSections, 'pages'>, slug: string, site: Site): string | undefined {
  return slug ? absoluteUrl(sectionHref('fr', detailSections[type], slug), site) : undefined;
}

function postalAddress(address: Company['address'] | Venue['address'] | undefined): PostalAddress | undefined {
  if (!address) return undefined;
  return {
    '@type': 'PostalAddress',
    streetAddress: address.street,
    postalCode: address.postalCode,
    addressLocality: address.city,
    addressCountry: 'FR',
  };
}

/** The page of a catalogue entry in one language (the entry's slug is that of its page there). */
function cataloguePageUrl(section: 'companies' | 'jobs' | 'trainings', slug: string, site: Site, lang: 'fr' | 'en'): string {
  return absoluteUrl(sectionHref(lang, section, slug), site);
}

export function organizationLd(company: Company, site: Site, lang: 'fr' | 'en' = 'fr'): WithContext<Organization> {
  const url = cataloguePageUrl('companies', company.slug, site, lang);
  return compact<WithContext<Organization>>({
    '@context': CONTEXT,
    '@type': 'Organization',
    ...(url ? { '@id': `${url}#organisation` } : {}),
    name: company.name,
    description: company.summary,
    url: company.website ?? url,
    mainEntityOfPage: url,
    address: postalAddress(company.address) ?? (company.town ? { '@type': 'PostalAddress', addressLocality: company.town.name, addressCountry: 'FR' } : undefined),
    knowsAbout: company.sectors.map((s) => s.name),
    sameAs: company.careersUrl,
  });
}

export function occupationLd(job: Job, site: Site, lang: 'fr' | 'en' = 'fr'): WithContext<Occupation> {
  const hasSalary = job.salaryMin !== undefined || job.salaryMax !== undefined;
  return compact<WithContext<Occupation>>({
    '@context': CONTEXT,
    '@type': 'Occupation',
    name: job.title,
    alternateName: [job.titleFeminine, job.titleMasculine].filter((t): t is string => Boolean(t) && t !== job.title),
    description: job.summary,
    url: cataloguePageUrl('jobs', job.slug, site, lang),
    // The French job register's code (Répertoire opérationnel des métiers et des emplois).
    occupationalCategory: {
      '@type': 'CategoryCode',
      codeValue: job.romeCode,
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'ROME' },
    },
    skills: job.skills.map((s) => s.text),
    educationRequirements: job.accessLevel === 'none' ? undefined : enumLabel('level', job.accessLevel, lang),
    responsibilities: job.workingConditions,
    occupationLocation: { '@type': 'AdministrativeArea', name: lang === 'fr' ? 'Bassin d’emploi de Dunkerque' : 'Dunkirk employment area' },
    estimatedSalary: hasSalary
      ? [
          {
            '@type': 'MonetaryAmountDistribution',
            name: 'brut',
            currency: 'EUR',
            duration: 'P1M',
            ...(job.salaryMin !== undefined ? { minValue: job.salaryMin } : {}),
            ...(job.salaryMax !== undefined ? { maxValue: job.salaryMax } : {}),
          },
        ]
      : undefined,
  });
}

/** schema.org's course modes: the site's formats are all given in person, part of them in a company. */
const courseMode: Record<TrainingPath['format'], string> = {
  initial: 'onsite',
  'work-study': 'blended',
  continuing: 'onsite',
  retraining: 'onsite',
};

export function courseInstanceLd(training: TrainingPath, session: TrainingSession): CourseInstance {
  return compact<CourseInstance>({
    '@type': 'CourseInstance',
    courseMode: courseMode[training.format],
    startDate: session.startDate,
    endDate: session.endDate,
    location: session.town ? { '@type': 'Place', name: session.town, address: { '@type': 'PostalAddress', addressLocality: session.town, addressCountry: 'FR' } } : undefined,
    courseWorkload: training.durationHours ? `PT${training.durationHours}H` : undefined,
  });
}

/** A training path and its sessions (`sessions`: the ones the page shows, by default all of them). */
export function courseLd(
  training: TrainingPath,
  site: Site,
  sessions: readonly TrainingSession[] = training.sessions,
  lang: 'fr' | 'en' = 'fr',
): WithContext<Course> {
  const free = training.free && !training.paid ? true : training.paid && !training.free ? false : undefined;
  return compact<WithContext<Course>>({
    '@context': CONTEXT,
    '@type': 'Course',
    name: training.title,
    description: training.summary,
    url: cataloguePageUrl('trainings', training.slug, site, lang),
    provider: training.provider ? { '@type': 'Organization', name: training.provider.name } : undefined,
    educationalLevel: enumLabel('level', training.level, lang),
    timeRequired: training.durationHours ? `PT${training.durationHours}H` : undefined,
    coursePrerequisites: training.prerequisites,
    isAccessibleForFree: free,
    teaches: training.jobs.map((j) => j.name),
    hasCourseInstance: sessions.map((s) => courseInstanceLd(training, s)),
  });
}

const eventStatus: Record<Event['state'], EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  full: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

/**
 * An event; `venue` is the full venue entry when the site has it (its address), else the event's reference is used.
 * `lang`: the site whose pages the URLs point to (on the English site the refs carry the English pages' slugs).
 */
export function eventLd(event: Event, site: Site, venue?: Venue, lang: 'fr' | 'en' = 'fr'): WithContext<EventLd> {
  const pageIn = (type: 'venues' | 'events', slug: string) =>
    lang === 'fr' ? pageUrl(type, slug, site) : absoluteUrl(sectionHref(lang, type, slug), site);
  const location: Place = {
    '@type': 'Place',
    name: venue?.name ?? event.venue.name,
    address: postalAddress(venue?.address),
    url: event.venue.slug ? pageIn('venues', event.venue.slug) : undefined,
  };
  return compact<WithContext<EventLd>>({
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: pageIn('events', event.slug),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: eventStatus[event.state],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location,
    maximumAttendeeCapacity: event.capacity,
    remainingAttendeeCapacity: event.state === 'full' ? 0 : undefined,
    organizer: event.partners.map((p) => ({ '@type': 'Organization' as const, name: p.name })),
  });
}

const dayOfWeek: Record<Venue['openingHours'][number]['day'], DayOfWeek> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

/**
 * A venue as a Place: its weekly opening hours, then each exceptional closure as a specification valid over its
 * days that opens and closes at 00:00 (schema.org's way of saying « closed »). `path`: the page's own address
 * (/en/places/<slug>/ on the English site), the French page's by default.
 */
export function placeLd(venue: Venue, site: Site, path?: string): WithContext<Place> {
  const weekly: OpeningHoursSpecification[] = venue.openingHours.map((slot) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dayOfWeek[slot.day],
    opens: slot.opens,
    closes: slot.closes,
  }));
  const closed: OpeningHoursSpecification[] = venue.closures.map((closure) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: closure.startDate,
    validThrough: closure.endDate,
    opens: '00:00',
    closes: '00:00',
    description: closure.reason,
  }));
  const { latitude, longitude } = venue.address;
  return compact<WithContext<Place>>({
    '@context': CONTEXT,
    '@type': 'Place',
    name: venue.name,
    description: venue.summary,
    url: path ? absoluteUrl(path, site) : pageUrl('venues', venue.slug, site),
    address: postalAddress(venue.address),
    ...(latitude !== undefined && longitude !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : {}),
    telephone: venue.phone,
    openingHoursSpecification: [...weekly, ...closed],
    amenityFeature: venue.services.map((s) => ({ '@type': 'LocationFeatureSpecification' as const, name: s.text, value: true })),
    publicAccess: true,
  });
}

export interface Crumb {
  href: string;
  label: string;
}

/** The breadcrumb trail of a page: its parents, then the page itself (`current`, at `currentPath`). */
export function breadcrumbLd(items: readonly Crumb[], current: string, currentPath: string, site: Site): WithContext<BreadcrumbList> {
  const trail = [...items, { href: currentPath, label: current }];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem' as const,
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, site),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as \u003c, \u003e, \u0026 so
 * that no text (a title holding `</script>` or `<!--`) can close the element or change how it is parsed, and the
 * line separators U+2028/U+2029 are escaped too. JSON.parse gives back the original text.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A visit as a TouristTrip whose itinerary lists its stops in order, with their coordinates when known. `path`: the
 * page's own address (/en/visits/<slug>/ on the English site), the French page's by default.
 */
export function touristTripLd(visit: Visit, site: Site, path?: string): WithContext<TouristTrip> {
  return compact<WithContext<TouristTrip>>({
    '@context': CONTEXT,
    '@type': 'TouristTrip',
    name: visit.title,
    description: visit.summary,
    url: path ? absoluteUrl(path, site) : pageUrl('visits', visit.slug, site),
    touristType: visit.audiences.map((a) => a.name),
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: visit.stops.length,
      itemListElement: visit.stops.map((stop, index) => ({
        '@type': 'ListItem' as const,
        position: index + 1,
        item: {
          '@type': 'Place' as const,
          name: stop.name,
          address: stop.place,
          description: stop.description,
          ...(stop.latitude !== undefined && stop.longitude !== undefined
            ? { geo: { '@type': 'GeoCoordinates' as const, latitude: stop.latitude, longitude: stop.longitude } }
            : {}),
        },
      })),
    },
  });
}
