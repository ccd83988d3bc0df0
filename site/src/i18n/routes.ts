import type { ContentTypeName } from '@dk20000/shared';
import type { Lang } from './lang';

/**
 * The address of every section of the site in each language: French at the root, English under /en/ with English
 * segments. Pages, links, the language switcher and the English route files all read this one table.
 */
export const sections = {
  home: { fr: '/', en: '/en/' },
  companies: { fr: '/entreprises/', en: '/en/companies/' },
  jobs: { fr: '/metiers/', en: '/en/jobs/' },
  trainings: { fr: '/formations/', en: '/en/trainings/' },
  support: { fr: '/accompagnement/', en: '/en/support/' },
  venues: { fr: '/lieux/', en: '/en/places/' },
  agenda: { fr: '/agenda/', en: '/en/programme/' },
  events: { fr: '/evenements/', en: '/en/events/' },
  audiences: { fr: '/publics/', en: '/en/audiences/' },
  sectors: { fr: '/filieres/', en: '/en/sectors/' },
  visits: { fr: '/visites/', en: '/en/visits/' },
  factoryMobile: { fr: '/factory-mobile/', en: '/en/factory-mobile/' },
  stories: { fr: '/temoignages/', en: '/en/stories/' },
  news: { fr: '/actualites/', en: '/en/news/' },
  partners: { fr: '/partenaires/', en: '/en/partners/' },
  brand: { fr: '/charte-graphique/', en: '/en/brand-guidelines/' },
  widget: { fr: '/widget/', en: '/en/widget/' },
  search: { fr: '/recherche/', en: '/en/search/' },
  siteMap: { fr: '/plan-du-site/', en: '/en/site-map/' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Section = keyof typeof sections;

/** Sub-folders inside a section (filter pages, the print poster), by their French name. */
export const subFolders = {
  theme: { fr: 'theme', en: 'theme' },
  commune: { fr: 'commune', en: 'town' },
  mode: { fr: 'mode', en: 'mode' },
  public: { fr: 'public', en: 'audience' },
  filiere: { fr: 'filiere', en: 'sector' },
  niveau: { fr: 'niveau', en: 'level' },
  format: { fr: 'format', en: 'format' },
  lieu: { fr: 'lieu', en: 'place' },
  type: { fr: 'type', en: 'type' },
  imprimer: { fr: 'imprimer', en: 'print' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SubFolder = keyof typeof subFolders;

/** The root of a language: `/` or `/en/`. */
export function homeHref(lang: Lang): string {
  return sections.home[lang];
}

/** `/entreprises/`, `/en/companies/batterie-du-nord/`: a section, then slugs or values, each ending with a slash. */
export function sectionHref(lang: Lang, section: Section, ...segments: string[]): string {
  return sections[section][lang] + segments.map((segment) => `${segment}/`).join('');
}

/** A filter or print page inside a section: `/metiers/filiere/acier/`, `/en/jobs/sector/steel/`. */
export function subHref(lang: Lang, section: Section, sub: SubFolder, ...segments: string[]): string {
  return sectionHref(lang, section, subFolders[sub][lang], ...segments);
}

/** A CMS page at the root of a language: `/accessibilite/`, `/en/accessibility/`. */
export function rootPageHref(lang: Lang, slug: string): string {
  return `${homeHref(lang)}${slug}/`;
}

/** The section of the detail pages of each type that has them; `pages` (CMS pages) live at the language's root. */
export const detailSections = {
  companies: 'companies',
  jobs: 'jobs',
  trainingPaths: 'trainings',
  careerStories: 'stories',
  events: 'events',
  articles: 'news',
  venues: 'venues',
  supportSolutions: 'support',
  audiences: 'audiences',
  partners: 'partners',
  visits: 'visits',
  sectors: 'sectors',
  pages: undefined,
} as const satisfies Partial<Record<ContentTypeName, Section | undefined>>;

/** Types whose entries have a page, or give their slug to a filter page (towns: /lieux/commune/<slug>/). */
export type SluggedType = keyof typeof detailSections | 'towns';
export const sluggedTypes = [...Object.keys(detailSections), 'towns'] as SluggedType[];

/**
 * documentId → slug of its page in each language, for every type with pages; `translated` when the document has an
 * English version (otherwise its English page shows the French one).
 */
export type SlugIndex = ReadonlyMap<SluggedType, ReadonlyMap<string, Partial<Record<Lang, string>> & { translated?: boolean }>>;

