import {
  enumLabel,
  enums,
  type Audience,
  type CareerStory,
  type Event,
  type Job,
  type Partner,
  type PartnerKind,
  type SupportSolution,
  type SupportTheme,
  type TrainingPath,
  type Venue,
} from '@dk20000/shared';
import type { Audience as AudienceLd, Organization, Service, WithContext } from 'schema-dts';
import { upcoming } from './agenda';
import type { ListFilter } from './catalogue';
import { titleOf, type PageMeta } from '../components/detail/meta';
import { dictionary } from '../i18n';
import type { Lang } from '../i18n/lang';
import { subHref } from '../i18n/routes';
import { metaDescriptionIn } from './description';
import { filterSlug } from './filters';
import { byName, formatNumber } from './format';
import { absoluteUrl, compact } from './json-ld';

/**
 * Pure helpers of the « accompagnement », « publics » and « partenaires » sections: the theme filter of
 * /accompagnement/, what a support solution, an audience or a partner page lists, and their structured data.
 */

type Site = URL | string;
type WithId = { documentId: string };

/**
 * The page of a linked entry in the page's language, or undefined when it has none: `to.entry` of
 * lib/localized.ts hrefs(lang) (a plain function here, so that these helpers stay pure).
 */
export type EntryHref = (type: 'partners' | 'supportSolutions', ref: WithId) => string | undefined;

const hasRef = (refs: readonly WithId[], id: string) => refs.some((r) => r.documentId === id);

/** Display label of a support theme (« Garde d’enfants », “Childcare”). */
export function themeLabel(theme: SupportTheme, lang: Lang = 'fr'): string {
  return enumLabel('supportTheme', theme, lang);
}

/**
 * URL segment of a theme, the slug of its French label in both languages (`garde-d-enfants`): filter values that
 * are enumeration values keep one segment across languages, so the language switcher finds the same page.
 */
export function themeSlug(theme: SupportTheme): string {
  return filterSlug(themeLabel(theme, 'fr'));
}

/** Address of the list of one theme's solutions (/accompagnement/theme/garde-d-enfants/, /en/support/theme/…). */
export function themeHref(theme: SupportTheme, lang: Lang = 'fr'): string {
  return subHref(lang, 'support', 'theme', themeSlug(theme));
}

/** Support solutions by theme, in the theme order of the content model, then by title. Returns a new array. */
export function sortSolutions<S extends Pick<SupportSolution, 'theme' | 'title'>>(solutions: readonly S[], lang: Lang = 'fr'): S[] {
  const order = enums.supportTheme.options;
  const byTitle = byName(lang);
  return [...solutions].sort((a, b) => order.indexOf(a.theme) - order.indexOf(b.theme) || byTitle(a.title, b.title));
}

/** The filter of /accompagnement/: one static page per theme, /accompagnement/theme/<slug of the French label>/. */
export function supportFilters(lang: Lang = 'fr'): ListFilter<SupportSolution>[] {
  const t = dictionary(lang).support;
  return [
    {
      id: 'theme',
      title: t.byTheme,
      name: t.theme,
      base: subHref(lang, 'support', 'theme'),
      values: enums.supportTheme.options.map((key) => ({ key, slug: themeSlug(key), label: themeLabel(key, lang) })),
      keysOf: (solution) => [solution.theme],
    },
  ];
}

/**
 * Where to ask about a solution in person: the relay points of the towns it serves (every relay point when it names
 * no town), by name.
 */
export function supportVenues<V extends Venue>(solution: Pick<SupportSolution, 'towns'>, venues: readonly V[], lang: Lang = 'fr'): V[] {
  const byVenueName = byName(lang);
  return venues
    .filter((v) => v.kind === 'relay-point')
    .filter((v) => solution.towns.length === 0 || (v.town !== undefined && hasRef(solution.towns, v.town.documentId)))
    .sort((a, b) => byVenueName(a.name, b.name));
}

/**
 * Upcoming events about a solution, soonest first, at most `limit`: those its provider takes part in, and the
 * « levée des freins » sessions meant for one of its audiences.
 */
export function supportEvents(
  solution: Pick<SupportSolution, 'provider' | 'audiences'>,
  events: readonly Event[],
  now: number,
  limit = 4,
): Event[] {
  const provider = solution.provider?.documentId;
  const related = events.filter(
    (e) =>
      (provider !== undefined && hasRef(e.partners, provider)) ||
      (e.type === 'barrier-removal' && e.audiences.some((a) => hasRef(solution.audiences, a.documentId))),
  );
  return upcoming(related, now).slice(0, limit);
}

/** What an audience page curates: everything whose relations name the audience, each group possibly empty. */
export interface AudienceSelection {
  jobs: Job[];
  trainings: TrainingPath[];
  solutions: SupportSolution[];
  stories: CareerStory[];
  events: Event[];
}

/**
 * The content of an audience page. Trainings, support solutions, stories and events name their audiences; jobs
 * do not, so the jobs are those the audience's trainings lead to and those its stories tell about. Upcoming events
 * only, soonest first, at most `eventLimit`; the rest by title (stories: featured first, then by first name).
 */
export function audienceSelection(
  audience: WithId,
  all: {
    jobs: readonly Job[];
    trainings: readonly TrainingPath[];
    solutions: readonly SupportSolution[];
    stories: readonly CareerStory[];
    events: readonly Event[];
  },
  now: number,
  eventLimit = 6,
  lang: Lang = 'fr',
): AudienceSelection {
  const id = audience.documentId;
  const byText = byName(lang);
  const trainings = all.trainings.filter((t) => hasRef(t.audiences, id)).sort((a, b) => byText(a.title, b.title));
  const stories = all.stories
    .filter((s) => hasRef(s.audiences, id))
    .sort((a, b) => Number(b.featured) - Number(a.featured) || byText(a.firstName, b.firstName));
  const trainingIds = new Set(trainings.map((t) => t.documentId));
  const jobIds = new Set([
    ...trainings.flatMap((t) => t.jobs.map((j) => j.documentId)),
    ...stories.flatMap((s) => (s.job ? [s.job.documentId] : [])),
  ]);
  const jobs = all.jobs
    .filter((j) => jobIds.has(j.documentId) || j.trainings.some((t) => trainingIds.has(t.documentId)))
    .sort((a, b) => byText(a.title, b.title));
  return {
    jobs,
    trainings,
    solutions: sortSolutions(
      all.solutions.filter((s) => hasRef(s.audiences, id)),
      lang,
    ),
    stories,
    events: upcoming(
      all.events.filter((e) => hasRef(e.audiences, id)),
      now,
    ).slice(0, eventLimit),
  };
}

/** Audiences in the alphabetical order of the page's language. */
export function sortAudiences<A extends Pick<Audience, 'name'>>(audiences: readonly A[], lang: Lang = 'fr'): A[] {
  const byAudienceName = byName(lang);
  return [...audiences].sort((a, b) => byAudienceName(a.name, b.name));
}

/** Partners grouped by kind, kinds in the order of the content model, only the kinds that have partners, by name. */
export function partnerGroups<P extends Pick<Partner, 'kind' | 'name'>>(
  partners: readonly P[],
  lang: Lang = 'fr',
): Array<{ kind: PartnerKind; label: string; partners: P[] }> {
  const byPartnerName = byName(lang);
  return enums.partnerKind.options
    .map((kind) => ({
      kind,
      label: enumLabel('partnerKind', kind, lang),
      partners: partners.filter((p) => p.kind === kind).sort((a, b) => byPartnerName(a.name, b.name)),
    }))
    .filter((group) => group.partners.length > 0);
}

/** What a partner provides on the site: its support solutions and trainings, and the upcoming events it takes part in. */
export interface PartnerOffer {
  solutions: SupportSolution[];
  trainings: TrainingPath[];
  events: Event[];
}

export function partnerOffer(
  partner: WithId,
  all: { solutions: readonly SupportSolution[]; trainings: readonly TrainingPath[]; events: readonly Event[] },
  now: number,
  eventLimit = 6,
  lang: Lang = 'fr',
): PartnerOffer {
  const id = partner.documentId;
  const byTitle = byName(lang);
  return {
    solutions: sortSolutions(
      all.solutions.filter((s) => s.provider?.documentId === id),
      lang,
    ),
    trainings: all.trainings.filter((t) => t.provider?.documentId === id).sort((a, b) => byTitle(a.title, b.title)),
    events: upcoming(
      all.events.filter((e) => hasRef(e.partners, id)),
      now,
    ).slice(0, eventLimit),
  };
}

/** Number of upcoming events a partner takes part in (all of them, not only those listed). */
export function partnerUpcomingCount(partner: WithId, events: readonly Event[], now: number): number {
  return upcoming(
    events.filter((e) => hasRef(e.partners, partner.documentId)),
    now,
  ).length;
}

/** Names as a sentence in a language (« Jeunes, Seniors et Femmes », “Young people, Seniors and Women”). */
export function listSentence(items: readonly string[], lang: Lang = 'fr'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${dictionary(lang).support.and}${items[items.length - 1]}`;
}

/** « Pour qui » of a solution as a French sentence, from its audiences (« Jeunes, Seniors et Femmes »). */
export function frenchList(items: readonly string[]): string {
  return listSentence(items, 'fr');
}

/**
 * « Pour qui » in a card: the audience names, the first `max` of them and then how many more
 * (« Jeunes, Seniors, Femmes et 7 autres publics »), so that a solution meant for everyone stays short.
 */
export function audienceSummary(names: readonly string[], max = 3, lang: Lang = 'fr'): string {
  if (names.length <= max + 1) return listSentence(names, lang);
  const more = names.length - max;
  return `${names.slice(0, max).join(', ')}${dictionary(lang).support.moreAudiences(formatNumber(more, lang))}`;
}

/** The steps of « how to access it »: one per line or paragraph the editor typed. */
export function accessSteps(howToAccess: string): string[] {
  return howToAccess
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
}

export function supportMeta(solution: SupportSolution, lang: Lang = 'fr'): PageMeta {
  const t = dictionary(lang).support;
  return {
    title: titleOf(solution.title, t.fallbackTitle),
    description: metaDescriptionIn(lang, solution.summary, t.metaDescription(themeLabel(solution.theme, lang), solution.title)),
  };
}

export function audienceMeta(audience: Audience, lang: Lang = 'fr'): PageMeta {
  const t = dictionary(lang).audiences;
  return {
    title: titleOf(audience.name, t.fallbackTitle),
    description: metaDescriptionIn(lang, audience.summary, t.metaDescription(audience.name)),
  };
}

export function partnerMeta(partner: Partner, lang: Lang = 'fr'): PageMeta {
  const t = dictionary(lang).partners;
  return {
    title: titleOf(partner.name, t.fallbackTitle),
    description: metaDescriptionIn(lang, partner.summary, t.metaDescription(partner.name, enumLabel('partnerKind', partner.kind, lang))),
  };
}

function pageUrl(href: string | undefined, site: Site): string | undefined {
  return href ? absoluteUrl(href, site) : undefined;
}

/** schema.org Organization of a partner (its page on the site, its own website as `sameAs`). */
export function partnerLd(partner: Partner, site: Site, entryHref: EntryHref): WithContext<Organization> {
  const url = pageUrl(entryHref('partners', partner), site);
  return compact<WithContext<Organization>>({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    ...(url ? { '@id': `${url}#organisation` } : {}),
    name: partner.name,
    description: partner.summary,
    url: url ?? partner.website,
    sameAs: url ? partner.website : undefined,
  });
}

/**
 * schema.org Service of a support solution: its theme as `serviceType`, the provider, the towns served, the
 * audiences, and the ways to reach it (phone, e-mail, web page).
 */
export function supportServiceLd(
  solution: SupportSolution,
  site: Site,
  entryHref: EntryHref,
  provider?: Partner,
  lang: Lang = 'fr',
): WithContext<Service> {
  const providerUrl = solution.provider ? pageUrl(entryHref('partners', solution.provider), site) : undefined;
  const audiences: AudienceLd[] = solution.audiences.map((a) => ({ '@type': 'Audience', audienceType: a.name }));
  return compact<WithContext<Service>>({
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: solution.title,
    description: solution.summary,
    serviceType: themeLabel(solution.theme, lang),
    url: pageUrl(entryHref('supportSolutions', solution), site),
    provider: solution.provider
      ? {
          '@type': 'Organization',
          ...(providerUrl ? { '@id': `${providerUrl}#organisation` } : {}),
          name: solution.provider.name,
          url: providerUrl ?? provider?.website,
        }
      : undefined,
    areaServed: solution.towns.map((t) => ({ '@type': 'City' as const, name: t.name })),
    audience: audiences,
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: solution.url,
      servicePhone: solution.phone ? { '@type': 'ContactPoint', telephone: solution.phone, email: solution.email } : undefined,
    },
  });
}
