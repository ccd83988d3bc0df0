import {
  enumLabel,
  formatParisDate,
  toParisDateKey,
  type Article,
  type CareerStory,
  type Company,
  type Event,
  type EventState,
  type Job,
  type Page,
  type TrainingPath,
  type TrainingSession,
  type Venue,
} from '@dk20000/shared';
import { countLabel, formatNumber } from '../../lib/format';
import { metaDescription, metaDescriptionIn } from '../../lib/description';
import { dictionary, type Lang } from '../../i18n';

export interface PageMeta {
  title: string;
  description: string;
}

/**
 * A meta description derived from the content, never empty nor too short: the parts are joined in order until the
 * text is long enough, then the programme's description completes it (the layout's own rule, applied here so that
 * the context given by the later parts is used).
 */
export function describe(...parts: Array<string | undefined>): string {
  return metaDescription(...parts);
}

/** A page title that is never blank (the contract may accept a one-character name). */
export function titleOf(name: string | undefined, fallback: string): string {
  // Only ordinary white space is folded: the no-break spaces of French typography stay.
  return (name ?? '').replace(/[ \t\r\n]+/g, ' ').trim() || fallback;
}

/** The editor's summary when it is in the page's language (a French fallback on the English site is described in English). */
function summaryIn(lang: Lang, contentLang: Lang, summary: string | undefined): string | undefined {
  return contentLang === lang ? summary : undefined;
}

export function companyMeta(company: Company, lang: Lang = 'fr', contentLang: Lang = lang): PageMeta {
  const t = dictionary(lang).catalogue.companies;
  return {
    title: titleOf(company.name, t.fallbackTitle),
    description: metaDescriptionIn(
      lang,
      summaryIn(lang, contentLang, company.summary),
      t.metaDescription(company.name, company.town?.name),
    ),
  };
}

/** Upcoming events where the company is present, soonest first. */
export function companyEvents(company: Pick<Company, 'documentId'>, events: readonly Event[], now: number): Event[] {
  return events
    .filter((e) => Date.parse(e.startsAt) >= now && e.companies.some((c) => c.documentId === company.documentId))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Career stories that tell about a company or a job, featured first, then by first name. */
export function storiesAbout(
  stories: readonly CareerStory[],
  about: { company?: string; job?: string },
): CareerStory[] {
  return stories
    .filter(
      (s) =>
        (about.company !== undefined && s.company?.documentId === about.company) ||
        (about.job !== undefined && s.job?.documentId === about.job),
    )
    .sort((a, b) => Number(b.featured) - Number(a.featured) || a.firstName.localeCompare(b.firstName, 'fr'));
}

/** « 1 900 € », « €1,900 » */
const euros = (n: number, lang: Lang) => (lang === 'fr' ? `${formatNumber(n, lang)}\u00a0€` : `€${formatNumber(n, lang)}`);

/**
 * « de 1 900 € à 2 400 € brut par mois », « à partir de 1 900 € brut par mois », « €1,900 to €2,400 gross a month »;
 * undefined when unknown.
 */
export function salaryRange(min: number | undefined, max: number | undefined, lang: Lang = 'fr'): string | undefined {
  const t = dictionary(lang).catalogue.jobs;
  if (min !== undefined && max !== undefined) {
    return min === max ? t.salaryExact(euros(min, lang)) : t.salaryRange(euros(min, lang), euros(max, lang));
  }
  if (min !== undefined) return t.salaryFrom(euros(min, lang));
  if (max !== undefined) return t.salaryUpTo(euros(max, lang));
  return undefined;
}

/** « 6 mois (420 heures) »: `lang` is the language the editor wrote the duration in. */
export function durationText(duration: string, hours: number | undefined, lang: Lang = 'fr'): string {
  if (hours === undefined) return duration;
  const unit = dictionary(lang).catalogue.trainings.hours;
  return `${duration} (${countLabel(hours, unit.one, unit.many, lang)})`;
}

/** Sessions that have not ended on the Paris day of `now`, soonest first. */
export function upcomingSessions(sessions: readonly TrainingSession[], now: number): TrainingSession[] {
  const today = toParisDateKey(new Date(now).toISOString());
  return sessions
    .filter((s) => (s.endDate ?? s.startDate) >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** What a reader must know when an event does not happen as planned. */
export function eventStateSentence(state: EventState, lang: Lang = 'fr'): string | undefined {
  return state === 'scheduled' ? undefined : dictionary(lang).agenda.stateSentences[state];
}

/** « 12 place de la Gare, 59140 Dunkerque » */
export function venueAddress(venue: Pick<Venue, 'address'>): string {
  const { street, postalCode, city } = venue.address;
  return [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function jobMeta(job: Job, lang: Lang = 'fr', contentLang: Lang = lang): PageMeta {
  const t = dictionary(lang).catalogue.jobs;
  return {
    title: titleOf(job.title, t.fallbackTitle),
    description: metaDescriptionIn(lang, summaryIn(lang, contentLang, job.summary), t.metaDescription(job.title)),
  };
}

export function trainingMeta(training: TrainingPath, lang: Lang = 'fr', contentLang: Lang = lang): PageMeta {
  const t = dictionary(lang).catalogue.trainings;
  return {
    title: titleOf(training.title, t.fallbackTitle),
    description: metaDescriptionIn(
      lang,
      summaryIn(lang, contentLang, training.summary),
      t.metaDescription(training.title, enumLabel('trainingFormat', training.format, lang), training.duration),
    ),
  };
}

export function careerStoryMeta(story: CareerStory, lang: Lang = 'fr'): PageMeta {
  const t = dictionary(lang).stories;
  return {
    title: titleOf(t.storyOf(story.firstName), t.eyebrow),
    description: metaDescriptionIn(lang, t.describe(story.firstName, story.role, story.quote)),
  };
}

export function eventMeta(event: Event, lang: Lang = 'fr'): PageMeta {
  const t = dictionary(lang).agenda;
  const state = event.state === 'scheduled' ? '' : ` (${enumLabel('eventState', event.state, lang).toLocaleLowerCase(lang === 'fr' ? 'fr-FR' : 'en-GB')})`;
  return {
    title: titleOf(`${event.title}${state}`, t.eventFallbackTitle),
    description: metaDescriptionIn(
      lang,
      event.summary,
      t.eventMetaDescription(enumLabel('eventType', event.type, lang), formatParisDate(event.startsAt, lang), event.venue.name),
    ),
  };
}

export function articleMeta(article: Article, lang: Lang = 'fr'): PageMeta {
  return {
    title: titleOf(article.title, dictionary(lang).articles.eyebrow),
    description: metaDescriptionIn(lang, article.summary, article.title),
  };
}

export function pageMeta(page: Page): PageMeta {
  return { title: titleOf(page.title, 'Page'), description: describe(page.summary, page.title) };
}

/** « Au féminin : opératrice », « Au masculin : opérateur »: the gendered forms of a job title the editor gave. */
export function genderedTitles(job: { titleFeminine?: string; titleMasculine?: string }, lang: Lang = 'fr'): string[] {
  const t = dictionary(lang).catalogue.jobs;
  // English job titles are not gendered: an editor who copied one title into both fields gets no line for them.
  if (lang === 'en' && job.titleFeminine === job.titleMasculine) return [];
  return [
    job.titleFeminine ? t.feminine(job.titleFeminine) : undefined,
    job.titleMasculine ? t.masculine(job.titleMasculine) : undefined,
  ].filter((text): text is string => Boolean(text));
}
