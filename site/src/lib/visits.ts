import { enumLabel, enums, type Ref, type Visit } from '@dk20000/shared';
import type { ListFilter } from './catalogue';
import { type PageMeta, titleOf } from '../components/detail/meta';
import { metaDescriptionIn } from './description';
import { dictionary, type Lang } from '../i18n';
import { sectionHref, subHref } from '../i18n/routes';
import { enumFilterValues, refFilterValues } from './filters';

type Linkable = { documentId: string; slug?: string | undefined; name: string };

/**
 * Filters of /visites/ (and /en/visits/): guided or self-guided (/visites/mode/<mode>/) and audience
 * (/visites/public/<audience slug>/, /en/visits/audience/<English slug>/). `audiences` are those of the page's
 * language (their names and slugs there). A formula's URL segment is the slug of its French label in both
 * languages (the language switcher keeps an enumeration's segment from one language to the other); its label is
 * the page's language.
 */
export function visitFilters(visits: readonly Visit[], audiences: readonly Linkable[], lang: Lang = 'fr'): ListFilter<Visit>[] {
  const t = dictionary(lang).visits.filters;
  return [
    {
      id: 'mode',
      title: t.mode.title,
      name: t.mode.name,
      base: subHref(lang, 'visits', 'mode'),
      values: enumFilterValues(
        enums.visitMode.options,
        (v) => enumLabel('visitMode', v, lang),
        (v) => enumLabel('visitMode', v, 'fr'),
      ),
      keysOf: (visit) => [visit.mode],
    },
    {
      id: 'public',
      title: t.public.title,
      name: t.public.name,
      base: subHref(lang, 'visits', 'public'),
      values: refFilterValues(audiences, visits.flatMap((v) => v.audiences), lang),
      keysOf: (visit) => visit.audiences.map((a: Ref) => a.documentId),
    },
  ];
}

/** The list page of the visits in a language: `/visites/`, `/en/visits/`. */
export function visitsHref(lang: Lang = 'fr'): string {
  return sectionHref(lang, 'visits');
}

/** A duration in minutes as readers write it: « 45 min », « 2 h », « 1 h 30 » / « 45 min », « 2 hours », « 1 hour 30 min ». */
export function minutesText(minutes: number, lang: Lang = 'fr'): string {
  return dictionary(lang).visits.duration(Math.floor(minutes / 60), minutes % 60);
}

/** A plain link to a point on OpenStreetMap (opened on request: nothing is loaded with the page). */
export function osmLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

/** What booking a visit takes, in one sentence of the page's language. */
export function bookingSentence(visit: Pick<Visit, 'booking' | 'startVenue'>, lang: Lang = 'fr'): string {
  const t = dictionary(lang).visits.booking;
  switch (visit.booking) {
    case 'none':
      return t.none;
    case 'link':
      return t.link;
    case 'on-site':
      return visit.startVenue ? t.onSiteAt(visit.startVenue.name) : t.onSite;
  }
}

/**
 * Title and meta description of a visit page. On an English page showing the French visit (`contentLang` `fr`),
 * the description is the English sentence alone, not the French summary.
 */
export function visitMeta(visit: Visit, lang: Lang = 'fr', contentLang: Lang = lang): PageMeta {
  const t = dictionary(lang).visits.detail;
  const mode = enumLabel('visitMode', visit.mode, lang);
  const sentence = t.description(mode, minutesText(visit.durationMinutes, lang));
  return {
    title: titleOf(visit.title, t.fallbackTitle),
    description: contentLang === lang ? metaDescriptionIn(lang, visit.summary, sentence) : metaDescriptionIn(lang, sentence),
  };
}
