import type { ContentTypeName } from '@dk20000/shared';
import { dictionary, type Lang } from '../../i18n';
import { homeHref, sectionHref, type Section } from '../../i18n/routes';

/** Sections whose list page exists, by content type; a breadcrumb or link never leads to a missing page. */
const listSections: Partial<Record<ContentTypeName, Section>> = {
  companies: 'companies',
  jobs: 'jobs',
  trainingPaths: 'trainings',
  venues: 'venues',
  events: 'agenda',
  supportSolutions: 'support',
  audiences: 'audiences',
  partners: 'partners',
  visits: 'visits',
  careerStories: 'stories',
  articles: 'news',
  sectors: 'sectors',
};

/** Breadcrumb trail above a detail page: the home page, then the section's list page when it exists. */
export function crumbs(type: ContentTypeName, lang: Lang): Array<{ href: string; label: string }> {
  const names = dictionary(lang).frame.sections;
  const home = { href: homeHref(lang), label: names.home };
  const section = listSections[type];
  return section ? [home, { href: sectionHref(lang, section), label: names[section] }] : [home];
}
