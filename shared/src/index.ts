export * from './schemas/labels.js';
export * from './schemas/common.js';
export * from './schemas/company.js';
export * from './schemas/job.js';
export * from './schemas/career-story.js';
export * from './schemas/training-path.js';
export * from './schemas/support-solution.js';
export * from './schemas/venue.js';
export * from './schemas/event.js';
export * from './schemas/programme.js';
export * from './schemas/visit.js';
export * from './schemas/sector.js';
export * from './schemas/partner.js';
export * from './schemas/audience.js';
export * from './schemas/town.js';
export * from './schemas/article.js';
export * from './schemas/page.js';
export * from './schemas/home.js';
export * from './schemas/brand.js';
export * from './schemas/registry.js';
export * from './schemas/feed.js';
export {
  SLUG_PATTERN,
  NAF_CODE_PATTERN,
  ROME_CODE_PATTERN,
  MONTH_PATTERN,
  HEX_COLOR_PATTERN,
} from './schemas/fields.js';
export * from './issues.js';
export * from './preview.js';
export * from './admin-labels.js';
export * from './admin-enums.js';
export * from './admin-list-views.js';
export * from './strapi.js';
export * from './format.js';
export * from './file-names.js';
