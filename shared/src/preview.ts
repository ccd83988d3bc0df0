import type { ContentIssue } from './issues.js';
import type { Article } from './schemas/article.js';
import type { CareerStory } from './schemas/career-story.js';
import type { Company } from './schemas/company.js';
import type { Event } from './schemas/event.js';
import type { Job } from './schemas/job.js';
import type { Page } from './schemas/page.js';
import type { ContentTypeName } from './schemas/registry.js';
import type { TrainingPath } from './schemas/training-path.js';
import type { Venue } from './schemas/venue.js';

/**
 * The preview contract between the CMS, the preview server (scripts/src/preview/) and the preview bundle (site/preview/).
 * The content types an editor can preview (each has a page of its own on the site): the one list the CMS's preview
 * handler and preview token, the preview server and the preview route all use.
 */
export const PREVIEW_TYPES = [
  'companies',
  'events',
  'careerStories',
  'trainingPaths',
  'jobs',
  'pages',
  'articles',
] as const satisfies readonly ContentTypeName[];
export type PreviewType = (typeof PREVIEW_TYPES)[number];

/** True when `name` is a type the editor can preview. */
export function isPreviewType(name: string): name is PreviewType {
  return (PREVIEW_TYPES as readonly string[]).includes(name);
}

/** What the preview server read from the CMS, ready to render with the site's detail components. */
export type PreviewView =
  | { type: 'companies'; entry: Company; events: Event[]; stories: CareerStory[] }
  | { type: 'events'; entry: Event; venue?: Venue | undefined }
  | { type: 'careerStories'; entry: CareerStory }
  | { type: 'trainingPaths'; entry: TrainingPath }
  | { type: 'jobs'; entry: Job; stories: CareerStory[] }
  | { type: 'pages'; entry: Page }
  | { type: 'articles'; entry: Article };

export interface PreviewContext {
  /** Registry name and French label of the type (« Entreprise »). */
  type: PreviewType;
  typeLabel: string;
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
  /** Time the page is rendered for (upcoming sessions and events). */
  now: number;
  /** Origin of the admin that frames the preview: its « strapiUpdate » message (sent after a save) reloads the page. */
  cmsOrigin: string;
  /** The published editorial pages the footer links to, as on the live site. */
  footerPages: Array<{ title: string; slug: string }>;
}

/** `Astro.locals.preview`, set by the preview server only (scripts/src/preview/server.ts). */
export type PreviewLocals =
  | (PreviewContext & { kind: 'entry'; view: PreviewView })
  | (PreviewContext & { kind: 'invalid'; name: string; issues: ContentIssue[] });
