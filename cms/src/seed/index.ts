import type { Core, UID } from '@strapi/strapi';
import { md } from './lib/blocks';
import { type CalendarDay, addDays, frenchDay, isoDate, parisToday, weekday } from './lib/dates';
import {
  MediaLibrary,
  PALETTES,
  type Motif,
  type Palette,
  brandMarkSvg,
  coverSvg,
  logoSvg,
  paletteSvgToPdf,
  portraitSvg,
} from './lib/images';
import { typoDeep } from './lib/typography';
import { ARTICLES } from './data/articles';
import { AUDIENCES } from './data/audiences';
import { BRAND } from './data/brand';
import { CAREER_STORIES } from './data/career-stories';
import { COMPANIES } from './data/companies';
import { type EventType, buildEvents, relayClosures } from './data/events';
import { figure } from './data/figures';
import { HOME } from './data/home';
import { JOBS } from './data/jobs';
import { PAGES } from './data/pages';
import { PARTNERS } from './data/partners';
import { buildProgrammes } from './data/programmes';
import { SECTORS } from './data/sectors';
import { SUPPORT_SOLUTIONS } from './data/support-solutions';
import { TOWNS } from './data/towns';
import { TRAININGS } from './data/trainings';
import { VENUES } from './data/venues';
import { VISITS } from './data/visits';

const UIDS = {
  towns: 'api::town.town',
  partners: 'api::partner.partner',
  audiences: 'api::audience.audience',
  sectors: 'api::sector.sector',
  trainingPaths: 'api::training-path.training-path',
  jobs: 'api::job.job',
  companies: 'api::company.company',
  careerStories: 'api::career-story.career-story',
  supportSolutions: 'api::support-solution.support-solution',
  venues: 'api::venue.venue',
  visits: 'api::visit.visit',
  events: 'api::event.event',
  programmes: 'api::programme.programme',
  articles: 'api::article.article',
  pages: 'api::page.page',
  home: 'api::home.home',
  brand: 'api::brand.brand',
} as const;

type TypeName = keyof typeof UIDS;
type Locale = 'fr' | 'en';
type Data = Record<string, unknown>;
type DocumentRef = { documentId: string };

/** The part of the Document Service the seed uses, free of the generated content-type typings. */
interface SeedDocuments {
  create(params: { data: Data; locale: Locale; status: 'published' }): Promise<DocumentRef>;
  update(params: { documentId: string; data: Data; locale: Locale; status: 'published' }): Promise<DocumentRef | null>;
}

const EVENT_COVERS: Record<EventType, { motif: Motif; palette: string }> = {
  'info-session': { motif: 'people', palette: 'navy' },
  'job-dating': { motif: 'people', palette: 'teal' },
  'partner-desk': { motif: 'building', palette: 'plum' },
  'thematic-visit': { motif: 'map', palette: 'sea' },
  'barrier-removal': { motif: 'people', palette: 'sand' },
  'after-work': { motif: 'sea', palette: 'dusk' },
  'mobile-stop': { motif: 'truck', palette: 'navy' },
  fair: { motif: 'industry', palette: 'green' },
};

const palette = (name: string): Palette => PALETTES[name] ?? PALETTES.navy;
const time = (hhmm: string) => `${hhmm}:00.000`;

/** First Monday on or after the given day. */
function nextMonday(day: CalendarDay): CalendarDay {
  let d = day;
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

class Seeder {
  readonly created: Record<string, number> = {};
  readonly translated: Record<string, number> = {};
  private readonly ids = new Map<string, string>();
  readonly media: MediaLibrary;

  constructor(private readonly strapi: Core.Strapi) {
    this.media = new MediaLibrary(strapi);
  }

  private documents(type: TypeName): SeedDocuments {
    return this.strapi.documents(UIDS[type] as UID.ContentType) as unknown as SeedDocuments;
  }

  /** Creates and publishes the French version; returns its documentId. */
  async create(type: TypeName, key: string, data: Data): Promise<string> {
    const doc = await this.documents(type).create({ data: typoDeep(data), locale: 'fr', status: 'published' });
    this.ids.set(`${type}:${key}`, doc.documentId);
    this.created[type] = (this.created[type] ?? 0) + 1;
    return doc.documentId;
  }

  /**
   * Adds and publishes the English version of a document. Only localized fields, the uid and
   * the relations are sent: Strapi copies the shared (non-localized) fields from the French
   * version, and relations point to the English versions of their targets.
   */
  async translate(type: TypeName, key: string, data: Data): Promise<void> {
    const documentId = this.id(type, key);
    const doc = await this.documents(type).update({ documentId, data: typoDeep(data), locale: 'en', status: 'published' });
    if (!doc) throw new Error(`Seed: could not add the English version of ${type} ${key}`);
    this.translated[type] = (this.translated[type] ?? 0) + 1;
  }

  id(type: TypeName, key: string): string {
    const id = this.ids.get(`${type}:${key}`);
    if (!id) throw new Error(`Seed: unknown ${type} "${key}"`);
    return id;
  }

  one(type: TypeName, key: string | undefined): DocumentRef | null {
    return key ? { documentId: this.id(type, key) } : null;
  }

  many(type: TypeName, keys: readonly string[]): DocumentRef[] {
    return keys.map((key) => ({ documentId: this.id(type, key) }));
  }

  cover(key: string, motif: Motif, paletteName: string, alt = ''): Promise<number> {
    return this.media.webp(`cover:${key}`, coverSvg(key, motif, palette(paletteName)), { name: `couverture-${key}`, alt });
  }
}

/*
 * Every picture has one helper, called once early (so uploads run in the background while
 * documents are written) and again where the picture is attached: the second call gets the
 * same upload.
 */
const pictures = {
  partnerLogo: (s: Seeder, p: (typeof PARTNERS)[number]) =>
    s.media.png(`logo:${p.key}`, logoSvg(p.logo.shape, p.logo.primary, p.logo.secondary), {
      name: `logo-${p.key}`,
      alt: `Logo de ${p.name}`,
    }),
  sectorCover: (s: Seeder, sector: (typeof SECTORS)[number]) =>
    s.cover(`sector-${sector.key}`, sector.cover.motif, sector.cover.palette, sector.cover.alt),
  companyLogo: (s: Seeder, c: (typeof COMPANIES)[number]) =>
    s.media.png(`logo:${c.key}`, logoSvg(c.logo.shape, c.logo.primary, c.logo.secondary), {
      name: `logo-${c.key}`,
      alt: `Logo de ${c.name}`,
    }),
  companyCover: (s: Seeder, c: (typeof COMPANIES)[number]) => s.cover(`company-${c.key}`, c.cover.motif, c.cover.palette),
  companyTeam: (s: Seeder, c: (typeof COMPANIES)[number]) =>
    s.media.webp(`gallery:${c.key}`, coverSvg(`${c.key}-atelier`, 'people', palette(c.cover.palette)), {
      name: `equipe-${c.key}`,
      alt: `Illustration des équipes de ${c.name}`,
    }),
  portrait: (s: Seeder, story: (typeof CAREER_STORIES)[number]) =>
    s.media.webp(`portrait:${story.key}`, portraitSvg(story.key, palette(story.palette)), {
      name: `portrait-${story.key}`,
      alt: `Portrait illustré de ${story.firstName}`,
    }),
  venuePhoto: (s: Seeder, v: (typeof VENUES)[number]) =>
    s.media.webp(`venue:${v.key}`, coverSvg(v.key, v.photo.motif, palette(v.photo.palette)), {
      name: `photo-${v.key}`,
      alt: v.photo.alt,
    }),
  visitCover: (s: Seeder, v: (typeof VISITS)[number]) => s.cover(`visit-${v.key}`, v.cover.motif, v.cover.palette),
  eventCover: (s: Seeder, type: EventType) => s.cover(`event-${type}`, EVENT_COVERS[type].motif, EVENT_COVERS[type].palette),
  articleCover: (s: Seeder, a: (typeof ARTICLES)[number]) =>
    s.cover(`article-${a.key}`, a.cover.motif, a.cover.palette, a.cover.alt),
  hero: (s: Seeder) => s.cover('home-hero', 'industry', 'navy'),
  brandKit: (s: Seeder) => {
    const navy = '#0B3D6B';
    const yellow = '#F2A900';
    const colour = { background: '#FFFFFF', bars: navy, accent: yellow, wave: '#0E7C7B' };
    return Promise.all([
      s.media.png('brand:colour', brandMarkSvg(colour), {
        name: 'logo-20000-emplois-couleur',
        alt: 'Logo 20 000 emplois durables, version couleur',
      }),
      s.media.png('brand:reversed', brandMarkSvg({ background: navy, bars: '#FFFFFF', accent: yellow, wave: '#9CC7E4' }), {
        name: 'logo-20000-emplois-fond-bleu',
        alt: 'Logo 20 000 emplois durables, version blanche sur fond bleu marine',
      }),
      s.media.png('brand:mono', brandMarkSvg({ background: '#FFFFFF', bars: '#1F2933', accent: '#1F2933', wave: '#1F2933' }), {
        name: 'logo-20000-emplois-monochrome',
        alt: 'Logo 20 000 emplois durables, version monochrome',
      }),
      s.media.png('brand:large', brandMarkSvg(colour, 2048), {
        name: 'logo-20000-emplois-haute-definition',
        alt: 'Logo 20 000 emplois durables, haute définition pour l’impression',
      }),
      s.media.pdf('brand:palette', paletteSvgToPdf(BRAND.colors.map((c) => c.value)), {
        name: 'nuancier-20000-emplois',
        alt: 'Nuancier des couleurs de la charte 20 000 emplois durables',
      }),
    ]);
  },
};

/** Asks for every picture up front; the uploads proceed while the documents are written. */
function requestPictures(s: Seeder): void {
  for (const p of PARTNERS) pictures.partnerLogo(s, p);
  for (const sector of SECTORS) pictures.sectorCover(s, sector);
  for (const c of COMPANIES) {
    pictures.companyLogo(s, c);
    pictures.companyCover(s, c);
    if (c.featured) pictures.companyTeam(s, c);
  }
  for (const story of CAREER_STORIES) pictures.portrait(s, story);
  for (const v of VENUES) pictures.venuePhoto(s, v);
  for (const v of VISITS) pictures.visitCover(s, v);
  for (const type of Object.keys(EVENT_COVERS) as EventType[]) pictures.eventCover(s, type);
  for (const a of ARTICLES) pictures.articleCover(s, a);
  pictures.hero(s);
  void pictures.brandKit(s).catch(() => undefined);
}

/** Seeds the whole demo content (French, plus English for the main reference types). */
export async function seedDemo(strapi: Core.Strapi): Promise<{ created: Record<string, number> }> {
  const started = Date.now();
  const today = parisToday(new Date());
  const s = new Seeder(strapi);
  await s.media.open();
  requestPictures(s);
  const phases: [string, () => Promise<void>][] = [
    ['references', () => seedReferences(s)],
    ['careers', () => seedCareers(s, today)],
    ['places', () => seedPlaces(s, today)],
    ['agenda', () => seedAgenda(s, today)],
    ['editorial', () => seedEditorial(s, today)],
  ];
  try {
    for (const [name, run] of phases) {
      const phaseStart = Date.now();
      await run();
      strapi.log.debug(`Seed: ${name} in ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    await s.media.close();
  }
  const translations = Object.entries(s.translated)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  strapi.log.info(
    `Seed: ${s.media.count} media files, English versions: ${translations} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { created: s.created };
}

/** Towns, partners, audiences and sectors, in French and English. */
async function seedReferences(s: Seeder): Promise<void> {
  for (const town of TOWNS) {
    const { key, ...fields } = town;
    await s.create('towns', key, { ...fields, slug: key });
    await s.translate('towns', key, { slug: key });
  }

  for (const partner of PARTNERS) {
    const logo = await pictures.partnerLogo(s, partner);
    await s.create('partners', partner.key, {
      name: partner.name,
      slug: partner.key,
      kind: partner.kind,
      summary: partner.summary,
      logo,
      website: partner.website,
    });
    await s.translate('partners', partner.key, { slug: partner.key, summary: partner.en.summary });
  }

  for (const audience of AUDIENCES) {
    await s.create('audiences', audience.key, {
      name: audience.name,
      slug: audience.key,
      summary: audience.summary,
      description: md(audience.description),
    });
    await s.translate('audiences', audience.key, {
      name: audience.en.name,
      slug: audience.key,
      summary: audience.en.summary,
      description: md(audience.en.description),
    });
  }

  for (const sector of SECTORS) {
    const cover = await pictures.sectorCover(s, sector);
    await s.create('sectors', sector.key, {
      name: sector.name,
      slug: sector.key,
      nafCodes: sector.nafCodes,
      summary: sector.summary,
      description: md(sector.description),
      outlook: sector.outlook,
      figures: sector.figures.map((f) => figure(f, 'fr')),
      cover,
    });
    await s.translate('sectors', sector.key, {
      name: sector.en.name,
      slug: sector.key,
      summary: sector.en.summary,
      description: md(sector.en.description),
      outlook: sector.en.outlook,
      figures: sector.figures.map((f) => figure(f, 'en')),
    });
  }
}

/** Training paths, jobs, companies and career stories. */
async function seedCareers(s: Seeder, today: CalendarDay): Promise<void> {
  for (const training of TRAININGS) {
    await s.create('trainingPaths', training.key, {
      title: training.title,
      slug: training.key,
      summary: training.summary,
      description: md(training.description),
      duration: training.duration,
      durationHours: training.durationHours,
      format: training.format,
      level: training.level,
      fundingOptions: training.fundingOptions.map((text) => ({ text })),
      prerequisites: training.prerequisites,
      audiences: s.many('audiences', training.audiences),
      seats: training.seats,
      town: s.one('towns', training.town),
      sessions: training.sessions.map((session) => {
        const start = nextMonday(addDays(today, session.startInDays));
        return {
          startDate: isoDate(start),
          endDate: session.lengthDays ? isoDate(addDays(start, session.lengthDays)) : undefined,
          town: session.town,
          registrationDeadline: session.deadlineDaysBefore ? isoDate(addDays(start, -session.deadlineDaysBefore)) : undefined,
        };
      }),
      free: training.free,
      paid: training.paid,
    });
  }

  for (const job of JOBS) {
    await s.create('jobs', job.key, {
      title: job.title,
      titleFeminine: job.titleFeminine,
      titleMasculine: job.titleMasculine,
      slug: job.key,
      romeCode: job.romeCode,
      summary: job.summary,
      skills: job.skills.map((text) => ({ text })),
      workingConditions: job.workingConditions,
      accessLevel: job.accessLevel,
      salaryMin: job.salaryMin,
      salaryMax: job.salaryMax,
      sector: s.one('sectors', job.sector),
      trainings: s.many('trainingPaths', job.trainings),
    });
    await s.translate('jobs', job.key, {
      title: job.en.title,
      titleFeminine: job.en.title,
      titleMasculine: job.en.title,
      slug: job.key,
      summary: job.en.summary,
      skills: job.en.skills.map((text) => ({ text })),
      workingConditions: job.en.workingConditions,
      sector: s.one('sectors', job.sector),
    });
  }

  for (const company of COMPANIES) {
    const logo = await pictures.companyLogo(s, company);
    const cover = await pictures.companyCover(s, company);
    const gallery = company.featured ? [await pictures.companyTeam(s, company), cover] : [];
    await s.create('companies', company.key, {
      name: company.name,
      slug: company.key,
      logo,
      cover,
      summary: company.summary,
      description: md(company.description),
      sectors: s.many('sectors', company.sectors),
      nafCode: company.nafCode,
      presence: company.presence,
      town: s.one('towns', company.town),
      address: company.address,
      jobsPlanned: company.jobsPlanned,
      horizonYear: company.horizonYear,
      jobs: s.many('jobs', company.jobs),
      workEnvironment: company.workEnvironment,
      gallery,
      decarbonation: company.decarbonation,
      website: company.website,
      featured: company.featured,
    });
    await s.translate('companies', company.key, {
      slug: company.key,
      summary: company.en.summary,
      description: md(company.en.description),
      workEnvironment: company.en.workEnvironment,
      decarbonation: company.en.decarbonation,
      sectors: s.many('sectors', company.sectors),
      town: s.one('towns', company.town),
      jobs: s.many('jobs', company.jobs),
    });
  }

  for (const story of CAREER_STORIES) {
    const portrait = await pictures.portrait(s, story);
    await s.create('careerStories', story.key, {
      firstName: story.firstName,
      slug: story.key,
      role: story.role,
      company: s.one('companies', story.company),
      job: s.one('jobs', story.job),
      quote: story.quote,
      story: md(story.story),
      portrait,
      audiences: s.many('audiences', story.audiences),
      featured: story.featured,
    });
  }
}

/** Support solutions, venues and visits. */
async function seedPlaces(s: Seeder, today: CalendarDay): Promise<void> {
  for (const solution of SUPPORT_SOLUTIONS) {
    await s.create('supportSolutions', solution.key, {
      title: solution.title,
      slug: solution.key,
      theme: solution.theme,
      summary: solution.summary,
      description: md(solution.description),
      provider: s.one('partners', solution.provider),
      audiences: s.many('audiences', solution.audiences),
      howToAccess: solution.howToAccess,
      url: solution.url,
      email: solution.email,
      towns: s.many('towns', solution.towns),
    });
  }

  const closures = relayClosures(today).map((c) => ({ startDate: isoDate(c.start), endDate: isoDate(c.end), reason: c.reason }));
  for (const venue of VENUES) {
    const photo = await pictures.venuePhoto(s, venue);
    await s.create('venues', venue.key, {
      name: venue.name,
      slug: venue.key,
      kind: venue.kind,
      summary: venue.summary,
      description: md(venue.description),
      address: venue.address,
      town: s.one('towns', venue.town),
      access: venue.access,
      openingHours: venue.openingHours.map((h) => ({ ...h, opens: time(h.opens), closes: time(h.closes) })),
      closures: venue.closures ? closures : [],
      services: venue.services.map((text) => ({ text })),
      accessibility: venue.accessibility,
      photos: [photo],
      email: venue.email,
    });
  }

  for (const visit of VISITS) {
    const cover = await pictures.visitCover(s, visit);
    await s.create('visits', visit.key, {
      title: visit.title,
      slug: visit.key,
      mode: visit.mode,
      summary: visit.summary,
      description: md(visit.description),
      stops: visit.stops,
      durationMinutes: visit.durationMinutes,
      access: visit.access,
      startVenue: s.one('venues', visit.startVenue),
      booking: visit.booking,
      bookingUrl: visit.booking === 'link' ? `https://www.example.org/20000-emplois/visites/${visit.key}` : undefined,
      audiences: s.many('audiences', visit.audiences),
      cover,
    });
  }
}

/** Events of three months and their monthly programmes. */
async function seedAgenda(s: Seeder, today: CalendarDay): Promise<void> {
  const events = buildEvents(today);
  for (const event of events) {
    const cover = await pictures.eventCover(s, event.type);
    await s.create('events', event.key, {
      title: event.title,
      slug: event.key,
      type: event.type,
      summary: event.summary,
      description: md(event.description),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: s.one('venues', event.venue),
      audiences: s.many('audiences', event.audiences),
      partners: s.many('partners', event.partners),
      companies: s.many('companies', event.companies),
      registration: event.registration,
      registrationUrl: event.registrationUrl,
      capacity: event.capacity,
      state: event.state,
      accessibility: event.accessibility,
      cover,
    });
  }

  for (const programme of buildProgrammes(today, events, relayClosures(today))) {
    await s.create('programmes', programme.month, {
      month: programme.month,
      title: programme.title,
      intro: md(programme.intro),
      highlightedEvents: s.many('events', programme.highlighted),
    });
  }
}

/** News, pages, home and brand guidelines. */
async function seedEditorial(s: Seeder, today: CalendarDay): Promise<void> {
  for (const article of ARTICLES) {
    const cover = await pictures.articleCover(s, article);
    await s.create('articles', article.key, {
      title: article.title,
      slug: article.key,
      summary: article.summary,
      body: md(article.body),
      cover,
      date: isoDate(addDays(today, -article.daysAgo)),
      companies: s.many('companies', article.companies),
      sectors: s.many('sectors', article.sectors),
    });
  }

  const todayInWords = `${frenchDay(today).replace(/^\S+ /, '')} ${today.year}`;
  for (const page of PAGES) {
    await s.create('pages', page.key, {
      title: page.title,
      slug: page.key,
      summary: page.summary,
      body: md(page.body.replace('{{date}}', todayInWords)),
    });
    if (page.en) {
      await s.translate('pages', page.key, { title: page.en.title, slug: page.key, summary: page.en.summary, body: md(page.en.body) });
    }
  }

  const heroImage = await pictures.hero(s);
  await s.create('home', 'home', {
    heroTitle: HOME.heroTitle,
    heroText: HOME.heroText,
    heroImage,
    keyFigures: HOME.keyFigures.map((f) => figure(f, 'fr')),
    intro: md(HOME.intro),
  });
  await s.translate('home', 'home', {
    heroTitle: HOME.en.heroTitle,
    heroText: HOME.en.heroText,
    keyFigures: HOME.keyFigures.map((f) => figure(f, 'en')),
    intro: md(HOME.en.intro),
  });

  const [logoColour, logoReversed, logoMono, logoLarge, chart] = await pictures.brandKit(s);
  await s.create('brand', 'brand', {
    intro: BRAND.intro,
    colors: BRAND.colors,
    fonts: BRAND.fonts,
    logos: [logoColour, logoReversed, logoMono],
    kit: [logoLarge, chart],
    rules: BRAND.rules,
  });
  await s.translate('brand', 'brand', {
    intro: BRAND.en.intro,
    colors: BRAND.colors.map((c, i) => ({ ...c, ...BRAND.en.colors[i] })),
    fonts: BRAND.fonts.map((f, i) => ({ ...f, role: BRAND.en.fontRoles[i] })),
    rules: BRAND.rules.map((r, i) => ({ ...r, ...BRAND.en.rules[i] })),
  });
}
