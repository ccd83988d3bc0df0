import type {
  Article,
  CareerStory,
  Company,
  ContentIssue,
  Event,
  Job,
  Page,
  TrainingPath,
  Venue,
} from '@dk20000/shared';

/** The content types an editor can preview (each has a page of its own on the site). */
export const PREVIEW_TYPES = ['companies', 'events', 'careerStories', 'trainingPaths', 'jobs', 'pages', 'articles'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

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
