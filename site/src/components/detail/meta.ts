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
import { formatNumber } from '../../lib/format';
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

export function companyMeta(company: Company): PageMeta {
  const where = company.town ? ` à ${company.town.name}` : '';
  return {
    title: titleOf(company.name, 'Entreprise'),
    description: describe(company.summary, `${company.name}, entreprise du bassin d’emploi de Dunkerque${where}.`),
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

const euros = (n: number) => `${formatNumber(n)}\u00a0€`;

/** « de 1 900 € à 2 400 € brut par mois », « à partir de 1 900 € brut par mois »; undefined when unknown. */
export function salaryRange(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) {
    return min === max ? `${euros(min)} brut par mois` : `de ${euros(min)} à ${euros(max)} brut par mois`;
  }
  if (min !== undefined) return `à partir de ${euros(min)} brut par mois`;
  if (max !== undefined) return `jusqu’à ${euros(max)} brut par mois`;
  return undefined;
}

/** « 6 mois (420 heures) » */
export function durationText(duration: string, hours: number | undefined): string {
  if (hours === undefined) return duration;
  return `${duration} (${formatNumber(hours)}\u00a0${hours > 1 ? 'heures' : 'heure'})`;
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

export function jobMeta(job: Job): PageMeta {
  return {
    title: titleOf(job.title, 'Métier'),
    description: describe(job.summary, `${job.title}\u00a0: un métier qui recrute sur le bassin d’emploi de Dunkerque.`),
  };
}

export function trainingMeta(training: TrainingPath): PageMeta {
  return {
    title: titleOf(training.title, 'Formation'),
    description: describe(
      training.summary,
      `${training.title}\u00a0: ${enumLabel('trainingFormat', training.format, 'fr').toLocaleLowerCase('fr-FR')}, ${training.duration}.`,
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
export function genderedTitles(job: { titleFeminine?: string; titleMasculine?: string }): string[] {
  return [
    job.titleFeminine ? `Au féminin\u00a0: ${job.titleFeminine}` : undefined,
    job.titleMasculine ? `Au masculin\u00a0: ${job.titleMasculine}` : undefined,
  ].filter((t): t is string => Boolean(t));
}
