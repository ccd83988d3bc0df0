import type { z } from 'zod';
import { ArticleSchema } from './article.js';
import { AudienceSchema } from './audience.js';
import { BrandSchema } from './brand.js';
import { CareerStorySchema } from './career-story.js';
import { CompanySchema } from './company.js';
import { EventSchema } from './event.js';
import { HomeSchema } from './home.js';
import { JobSchema } from './job.js';
import { PageSchema } from './page.js';
import { PartnerSchema } from './partner.js';
import { ProgrammeSchema } from './programme.js';
import { SectorSchema } from './sector.js';
import { SupportSolutionSchema } from './support-solution.js';
import { TownSchema } from './town.js';
import { TrainingPathSchema } from './training-path.js';
import { VenueSchema } from './venue.js';
import { VisitSchema } from './visit.js';

/** Every Strapi content type the site reads: its uid, REST path, kind and contract schema. */
export const contentTypes = {
  companies: { uid: 'api::company.company', apiPath: 'companies', kind: 'collection', schema: CompanySchema },
  jobs: { uid: 'api::job.job', apiPath: 'jobs', kind: 'collection', schema: JobSchema },
  careerStories: {
    uid: 'api::career-story.career-story',
    apiPath: 'career-stories',
    kind: 'collection',
    schema: CareerStorySchema,
  },
  trainingPaths: {
    uid: 'api::training-path.training-path',
    apiPath: 'training-paths',
    kind: 'collection',
    schema: TrainingPathSchema,
  },
  supportSolutions: {
    uid: 'api::support-solution.support-solution',
    apiPath: 'support-solutions',
    kind: 'collection',
    schema: SupportSolutionSchema,
  },
  venues: { uid: 'api::venue.venue', apiPath: 'venues', kind: 'collection', schema: VenueSchema },
  events: { uid: 'api::event.event', apiPath: 'events', kind: 'collection', schema: EventSchema },
  programmes: { uid: 'api::programme.programme', apiPath: 'programmes', kind: 'collection', schema: ProgrammeSchema },
  visits: { uid: 'api::visit.visit', apiPath: 'visits', kind: 'collection', schema: VisitSchema },
  sectors: { uid: 'api::sector.sector', apiPath: 'sectors', kind: 'collection', schema: SectorSchema },
  partners: { uid: 'api::partner.partner', apiPath: 'partners', kind: 'collection', schema: PartnerSchema },
  audiences: { uid: 'api::audience.audience', apiPath: 'audiences', kind: 'collection', schema: AudienceSchema },
  towns: { uid: 'api::town.town', apiPath: 'towns', kind: 'collection', schema: TownSchema },
  articles: { uid: 'api::article.article', apiPath: 'articles', kind: 'collection', schema: ArticleSchema },
  pages: { uid: 'api::page.page', apiPath: 'pages', kind: 'collection', schema: PageSchema },
  home: { uid: 'api::home.home', apiPath: 'home', kind: 'single', schema: HomeSchema },
  brand: { uid: 'api::brand.brand', apiPath: 'brand', kind: 'single', schema: BrandSchema },
} as const;

/**
 * CMS-internal content types, kept by the CMS itself and hidden from editors: the site never reads them through REST
 * (the slug history reaches the site through the sync state). Not in the registry above.
 */
export const internalContentTypeUids: readonly string[] = ['api::slug-history.slug-history'];

export type ContentTypes = typeof contentTypes;
export type ContentTypeName = keyof ContentTypes;
/** The clean entry type of a content type, e.g. `EntryOf<'companies'>` is `Company`. */
export type EntryOf<N extends ContentTypeName> = z.output<ContentTypes[N]['schema']>;

/** Names of the registry, in declaration order. */
export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

/** Registry name of a Strapi uid (`api::company.company` → `companies`), if any. */
export function contentTypeByUid(uid: string): ContentTypeName | undefined {
  return contentTypeNames.find((name) => contentTypes[name].uid === uid);
}
