import {
  DECARBONATION,
  EVENT_HOURS,
  EVENT_SUMMARIES,
  EVENT_TITLES,
  FIRST_NAMES,
  GENERIC_WORDS,
  HIRING,
  JOB_QUALIFIERS,
  NAME_CORES,
  NAME_ENDINGS,
  QUOTES,
  SECTOR_OF,
  SECTOR_WORDS,
  STORY_PATHS,
  STORY_TURNS,
  STREETS,
  WORK_ENVIRONMENTS,
} from './french.ts';
import type { Random } from './random.ts';

/*
 * The scale data set: companies, jobs, training paths, career stories and events built from the
 * demo seed's own data (towns, sectors, audiences, partners, venues, jobs, trainings) and related
 * to the demo entries. Values respect the shared contract; generate() output is checked against
 * it before anything is written.
 */

export const SCALE_TYPES = ['trainingPaths', 'jobs', 'companies', 'careerStories', 'events'] as const;
export type ScaleType = (typeof SCALE_TYPES)[number];

/** Share of each type in the data set (events and stories are the most numerous, as on the real site). */
export const MIX: Record<ScaleType, number> = { trainingPaths: 0.1, jobs: 0.15, companies: 0.3, careerStories: 0.2, events: 0.25 };

/** A link to an entry, as the contract shows it (documentId, slug, display name). */
export interface Ref {
  documentId: string;
  slug?: string;
  name: string;
}

/** A file of the media library (from the demo seed's uploads). */
export interface MediaFile {
  id: number;
  url: string;
  mime: string;
  name: string;
  alt: string;
  width?: number;
  height?: number;
}

/** One document to create: relations are Refs, media are MediaFiles, the rest is stored as is. */
export interface ScaleEntry {
  documentId: string;
  data: Record<string, unknown>;
}

type CalendarDay = { year: number; month: number; day: number };

/** What the demo seed provides: its data modules, helpers and what it stored. */
export interface DemoContext {
  data: {
    TOWNS: { key: string; name: string; postalCode: string; latitude: number; longitude: number }[];
    SECTORS: { key: string; name: string; nafCodes?: string }[];
    AUDIENCES: { key: string; name: string }[];
    PARTNERS: { key: string; name: string }[];
    VENUES: { key: string; name: string; town: string }[];
    JOBS: {
      key: string;
      title: string;
      titleFeminine: string;
      titleMasculine: string;
      romeCode: string;
      summary: string;
      skills: string[];
      workingConditions: string;
      accessLevel: string;
      salaryMin: number;
      salaryMax: number;
      sector: string;
    }[];
    TRAININGS: {
      key: string;
      title: string;
      summary: string;
      description: string;
      duration: string;
      durationHours?: number;
      format: string;
      level: string;
      fundingOptions: string[];
      prerequisites: string;
      audiences: string[];
      seats?: number;
      free: boolean;
      paid: boolean;
    }[];
  };
  md(source: string): unknown[];
  typoDeep<T>(value: T): T;
  slugify(text: string): string;
  dates: {
    parisToday(now: Date): CalendarDay;
    addDays(day: CalendarDay, days: number): CalendarDay;
    isoDate(day: CalendarDay): string;
    parisToUtcIso(day: CalendarDay, hour: number, minute?: number): string;
    weekday(day: CalendarDay): number;
  };
  /** Ref of a demo entry by its seed key (its slug). */
  ref(type: 'towns' | 'sectors' | 'audiences' | 'partners' | 'venues' | 'jobs' | 'trainingPaths' | 'companies', key: string): Ref;
  media: { logos: MediaFile[]; covers: MediaFile[]; portraits: MediaFile[]; eventCovers: MediaFile[] };
  newId(): string;
  now: Date;
}

/** How many entries of each type make `total`. */
export function counts(total: number): Record<ScaleType, number> {
  const out = {} as Record<ScaleType, number>;
  let left = total;
  for (const type of SCALE_TYPES) {
    out[type] = Math.floor(total * MIX[type]);
    left -= out[type];
  }
  out.events += left;
  return out;
}

/** Unique slugs per type, continuing after the demo's. */
class Slugs {
  private readonly used = new Set<string>();
  private readonly slugify: (text: string) => string;

  constructor(slugify: (text: string) => string) {
    this.slugify = slugify;
  }

  take(text: string): string {
    const base = this.slugify(text).slice(0, 80).replace(/-+$/, '');
    let slug = base;
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }
}

export function generate(ctx: DemoContext, total: number, rng: Random): Record<ScaleType, ScaleEntry[]> {
  const n = counts(total);
  const { data, md, dates } = ctx;
  const typo = <T>(value: T): T => ctx.typoDeep(value);
  const today = dates.parisToday(ctx.now);
  const sectorKeys = data.SECTORS.map((s) => s.key);
  const towns = data.TOWNS;
  const ref = ctx.ref;
  const pickMany = <T>(items: readonly T[], min: number, max: number) => rng.sample(items, rng.int(min, max));
  const audiences = () => pickMany(data.AUDIENCES, 1, 3).map((a) => ref('audiences', a.key));
  const out = {} as Record<ScaleType, ScaleEntry[]>;

  // Training paths: the demo's, given in other towns and at other dates.
  const trainingSlugs = new Slugs(ctx.slugify);
  const trainings: (Ref & { sector?: string })[] = [];
  out.trainingPaths = [];
  for (let i = 0; i < n.trainingPaths; i++) {
    const base = rng.pick(data.TRAININGS);
    const town = rng.pick(towns);
    const title = `${base.title} – ${town.name}`;
    const slug = trainingSlugs.take(`${base.key} ${town.key}`);
    const documentId = ctx.newId();
    const sessions = Array.from({ length: rng.int(0, 3) }, (_, k) => {
      let start = dates.addDays(today, 14 + k * 60 + rng.int(0, 50));
      while (dates.weekday(start) !== 1) start = dates.addDays(start, 1);
      const length = rng.pick([5, 20, 60, 120, 180]);
      return {
        startDate: dates.isoDate(start),
        endDate: dates.isoDate(dates.addDays(start, length)),
        town: town.name,
        registrationDeadline: dates.isoDate(dates.addDays(start, -rng.int(3, 15))),
      };
    });
    out.trainingPaths.push({
      documentId,
      data: {
        ...typo({
          title,
          slug,
          summary: `${base.summary} Session organisée à ${town.name}.`,
          description: md(`${base.description}\n\n## À ${town.name}\nLes cours ont lieu à ${town.name}, accessibles en transports en commun depuis Dunkerque.`),
          duration: base.duration,
          durationHours: base.durationHours,
          format: base.format,
          level: base.level,
          fundingOptions: base.fundingOptions.map((text) => ({ text })),
          prerequisites: base.prerequisites,
          seats: base.seats ?? rng.int(8, 30),
          sessions,
          free: base.free,
          paid: base.paid,
        }),
        audiences: audiences(),
        town: ref('towns', town.key),
        provider: rng.chance(0.5) ? ref('partners', rng.pick(data.PARTNERS).key) : undefined,
      },
    });
    trainings.push({ documentId, slug, name: typo(title) });
  }
  const demoTrainings = data.TRAININGS.map((t) => ref('trainingPaths', t.key));
  const allTrainings = [...demoTrainings, ...trainings];

  // Jobs: the demo's occupations, specialised.
  const jobSlugs = new Slugs(ctx.slugify);
  const jobs: (Ref & { sector: string; feminine: string; masculine: string })[] = [];
  out.jobs = [];
  for (let i = 0; i < n.jobs; i++) {
    // Every occupation × qualifier first, then the same again in each town: titles stay unique.
    const combos = data.JOBS.length * JOB_QUALIFIERS.length;
    const combo = i % combos;
    const base = data.JOBS[combo % data.JOBS.length];
    const q = JOB_QUALIFIERS[Math.floor(combo / data.JOBS.length)];
    const round = Math.floor(i / combos);
    const town = round === 0 ? undefined : towns[(round - 1) % towns.length];
    const where = town ? ` (${town.name})` : '';
    const title = `${base.title} ${q.epicene}${where}`;
    const slug = jobSlugs.take(`${base.key} ${q.epicene} ${town?.key ?? ''}`);
    const documentId = ctx.newId();
    const raise = rng.int(0, 6) * 50;
    out.jobs.push({
      documentId,
      data: {
        ...typo({
          title,
          titleFeminine: `${base.titleFeminine} ${q.feminine}${where}`,
          titleMasculine: `${base.titleMasculine} ${q.masculine}${where}`,
          slug,
          romeCode: base.romeCode,
          summary: base.summary,
          skills: rng.sample(base.skills, rng.int(2, base.skills.length)).map((text) => ({ text })),
          workingConditions: base.workingConditions,
          accessLevel: base.accessLevel,
          salaryMin: base.salaryMin + raise,
          salaryMax: base.salaryMax + raise,
        }),
        sector: ref('sectors', base.sector),
        trainings: pickMany(allTrainings, 0, 3),
      },
    });
    jobs.push({ documentId, slug, name: typo(title), sector: base.sector, feminine: typo(`${base.titleFeminine} ${q.feminine}`), masculine: typo(`${base.titleMasculine} ${q.masculine}`) });
  }
  const allJobs = [
    ...data.JOBS.map((j) => ({ ...ref('jobs', j.key), sector: j.sector, feminine: j.titleFeminine, masculine: j.titleMasculine })),
    ...jobs,
  ];
  const jobsBySector = new Map(sectorKeys.map((key) => [key, allJobs.filter((j) => j.sector === key)]));

  // Companies.
  const companySlugs = new Slugs(ctx.slugify);
  const names = new Set<string>();
  const companies: (Ref & { sector: string })[] = [];
  out.companies = [];
  for (let i = 0; i < n.companies; i++) {
    const sector = rng.pick(sectorKeys);
    const words = SECTOR_WORDS[sector] ?? GENERIC_WORDS;
    const town = rng.pick(towns);
    let name = '';
    for (let attempt = 0; attempt < 20 && (name === '' || names.has(name)); attempt++) {
      name = `${rng.pick(words.forms)} ${rng.pick(NAME_CORES)}${rng.pick(NAME_ENDINGS)}`;
    }
    if (names.has(name)) name = `${name} – ${town.name}`;
    for (let k = 2; names.has(name); k++) name = `${name.replace(/ \d+$/, '')} ${k}`;
    names.add(name);
    const slug = companySlugs.take(name);
    const documentId = ctx.newId();
    const sectors = [sector, ...(rng.chance(0.3) ? [rng.pick(sectorKeys.filter((k) => k !== sector))] : [])];
    const companyJobs = rng.sample(jobsBySector.get(sector) ?? allJobs, rng.int(1, 5));
    const activity = rng.pick(words.activities);
    const naf = data.SECTORS.find((s) => s.key === sector)?.nafCodes;
    const nafCode = `${(naf ?? '').slice(0, 2).padEnd(2, '2')}.${String(rng.int(10, 99))}Z`;
    const jobList = companyJobs.map((j) => `- ${j.name}`).join('\n');
    out.companies.push({
      documentId,
      data: {
        ...typo({
          name,
          slug,
          summary: `${name} ${activity}. ${rng.pick(HIRING)}`,
          description: md(
            `## L’entreprise\n${name} ${activity}, depuis son site de ${town.name}. L’entreprise fait partie des projets qui portent l’objectif de 20 000 emplois industriels sur le territoire.\n\n## Les métiers recherchés\n${jobList}\n\n## Pourquoi nous rejoindre\n${rng.pick(WORK_ENVIRONMENTS)}`,
          ),
          nafCode,
          presence: rng.pick(['arriving', 'growing', 'established']),
          address: {
            street: `${rng.int(1, 180)} ${rng.pick(STREETS)}`,
            postalCode: town.postalCode,
            city: town.name,
            latitude: Number((town.latitude + (rng.next() - 0.5) * 0.02).toFixed(5)),
            longitude: Number((town.longitude + (rng.next() - 0.5) * 0.02).toFixed(5)),
          },
          jobsPlanned: rng.int(1, 60) * 5,
          horizonYear: rng.int(2026, 2032),
          workEnvironment: rng.pick(WORK_ENVIRONMENTS),
          decarbonation: rng.pick(DECARBONATION),
          website: `https://${slug}.example.org`,
          featured: false,
        }),
        sectors: sectors.map((key) => ref('sectors', key)),
        town: ref('towns', town.key),
        jobs: companyJobs.map(({ documentId: id, slug: s, name: label }) => ({ documentId: id, slug: s, name: label })),
        logo: rng.pick(ctx.media.logos),
        cover: rng.pick(ctx.media.covers),
      },
    });
    companies.push({ documentId, slug, name: typo(name), sector });
  }
  const allCompanies = companies.length > 0 ? companies : [];

  // Career stories.
  const storySlugs = new Slugs(ctx.slugify);
  out.careerStories = [];
  for (let i = 0; i < n.careerStories; i++) {
    const person = rng.pick(FIRST_NAMES);
    const company = allCompanies.length > 0 ? rng.pick(allCompanies) : undefined;
    const job = rng.pick((company && jobsBySector.get(company.sector)) || allJobs);
    const town = rng.pick(towns);
    const role = `${person.feminine ? job.feminine : job.masculine}${company ? ` chez ${company.name}` : ''}`;
    const gender = (text: string) => text.replace(/·e\b/g, person.feminine ? 'e' : '').replace(/aidé·e/g, person.feminine ? 'aidée' : 'aidé');
    const age = rng.int(19, 58);
    out.careerStories.push({
      documentId: ctx.newId(),
      data: {
        ...typo({
          firstName: person.name,
          slug: storySlugs.take(`${person.name} ${job.slug ?? ''}`),
          role,
          quote: gender(rng.pick(QUOTES)),
          story: md(
            `${person.name}, ${age} ans, habite ${town.name}. ${gender(rng.pick(STORY_PATHS).replaceAll('{name}', person.name))}\n\n## Ce qui a tout changé\n« ${gender(rng.pick(STORY_TURNS))} »\n\n## Aujourd’hui\n${person.name} travaille comme ${(person.feminine ? job.feminine : job.masculine).toLowerCase()}${company ? ` chez ${company.name}` : ''} et vise déjà la suite.`,
          ),
          featured: false,
        }),
        company: company ? { documentId: company.documentId, slug: company.slug, name: company.name } : undefined,
        job: { documentId: job.documentId, slug: job.slug, name: job.name },
        audiences: audiences(),
        portrait: rng.pick(ctx.media.portraits),
      },
    });
  }

  // Events: over the past two months and the next six.
  const eventSlugs = new Slugs(ctx.slugify);
  const types = Object.keys(EVENT_TITLES);
  out.events = [];
  for (let i = 0; i < n.events; i++) {
    const type = rng.pick(types);
    const venue = rng.pick(data.VENUES);
    const town = towns.find((t) => t.key === venue.town) ?? rng.pick(towns);
    const sector = rng.pick(sectorKeys);
    const company = allCompanies.length > 0 ? rng.pick(allCompanies) : undefined;
    const partner = rng.pick(data.PARTNERS);
    const title = rng
      .pick(EVENT_TITLES[type])
      .replace('{sector}', SECTOR_OF[sector] ?? 'de l’industrie')
      .replace('{company}', company?.name ?? 'les entreprises du port')
      .replace('{partner}', partner.name)
      .replace('{town}', town.name);
    const day = dates.addDays(today, rng.int(-60, 180));
    const [hour, minute] = rng.pick(EVENT_HOURS);
    const length = type === 'fair' ? 6 : type === 'mobile-stop' ? 4 : 2;
    const registration = rng.pick(['none', 'link', 'on-site'] as const);
    const slug = eventSlugs.take(`${title} ${dates.isoDate(day)}`);
    out.events.push({
      documentId: ctx.newId(),
      data: {
        ...typo({
          title,
          slug,
          type,
          summary: EVENT_SUMMARIES[type],
          description: md(
            `${EVENT_SUMMARIES[type]}\n\n## Programme\n- Accueil et présentation\n- Échanges avec les entreprises et les partenaires\n- Orientation vers les prochaines étapes\n\n## Infos pratiques\nRendez-vous ${venue.name}. Entrée libre et gratuite.`,
          ),
          startsAt: dates.parisToUtcIso(day, hour, minute),
          endsAt: dates.parisToUtcIso(day, hour + length, minute),
          registration,
          registrationUrl: registration === 'link' ? `https://www.example.org/20000-emplois/inscription/${slug}` : undefined,
          capacity: registration === 'none' ? undefined : rng.int(2, 20) * 10,
          state: rng.chance(0.9) ? 'scheduled' : rng.pick(['cancelled', 'full', 'postponed']),
          accessibility: 'Lieu accessible aux personnes à mobilité réduite. Signalez-nous vos besoins à l’inscription.',
        }),
        venue: ref('venues', venue.key),
        audiences: audiences(),
        partners: rng.chance(0.6) ? [ref('partners', partner.key)] : [],
        companies: company && rng.chance(0.7) ? [{ documentId: company.documentId, slug: company.slug, name: company.name }] : [],
        cover: rng.pick(ctx.media.eventCovers),
      },
    });
  }
  return out;
}
