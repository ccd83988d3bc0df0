import type { Company, Event } from '@dk20000/shared';
import { defaultDescription } from '../../lib/site';

export interface PageMeta {
  title: string;
  description: string;
}

const MIN_DESCRIPTION = 20;
const MAX_DESCRIPTION = 300;

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * A meta description derived from the content, never empty nor too short: the parts are joined in order until the
 * text is long enough, then the programme's description completes it if needed; long texts are cut on a word.
 */
export function describe(...parts: Array<string | undefined>): string {
  let text = '';
  for (const part of parts.map(clean).filter(Boolean)) {
    if (text.length >= MIN_DESCRIPTION) break;
    text = text ? `${text.replace(/[.!?…]?$/u, (end) => end || '.')} ${part}` : part;
  }
  if (text.length < MIN_DESCRIPTION) text = text ? `${text.replace(/[.!?…]?$/u, (end) => end || '.')} ${defaultDescription}` : defaultDescription;
  return truncate(text, MAX_DESCRIPTION);
}

/** A page title that is never blank (the contract may accept a one-character name). */
export function titleOf(name: string | undefined, fallback: string): string {
  return clean(name) || fallback;
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
