/**
 * What the admin shows of the rebuild service's state, in French (Europe/Paris times).
 * Pure functions: no React, no fetch.
 */

export const NBSP = '\u00a0';
const TIME_ZONE = 'Europe/Paris';

/** An entry the site's contract rejected (shared/src/issues.ts ContentIssue; only what the admin reads). */
export interface ContentIssue {
  type: string;
  typeLabel?: string;
  documentId: string;
  locale: string;
  name?: string;
  field?: string;
  fieldLabel?: string;
  message?: string;
  keptPrevious?: boolean;
  /** What the site does instead of using a refused value (a brand colour below AA contrast). */
  outcome?: string;
  text: string;
}

/** GET /admin/site-publisher/status: the rebuild service's /status, or the « injoignable » state. */
export interface PublisherStatus {
  unreachable?: boolean;
  message?: string;
  live: { id: string; builtAt: string; durationMs?: number; pages?: number } | null;
  building: boolean;
  buildStartedAt: string | null;
  pending: boolean;
  lastBuild: { ok: boolean; trigger?: string; startedAt?: string; finishedAt?: string; durationMs?: number } | null;
  lastError: { at: string; message: string; detail?: string } | null;
  contentIssues: ContentIssue[];
}

export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'primary';

export interface Summary {
  tone: Tone;
  /** One short sentence: what an editor needs to know first (also what screen readers hear when it changes). */
  headline: string;
  /** Further short lines, most useful first. */
  lines: string[];
  /** The one line the edit-view panel shows under the headline. */
  short?: string;
  /** The log tail of the last failure, for the technical team. */
  detail?: string;
  busy: boolean;
}

const dayKey = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** « 10 h 42 » in Paris time. */
export function formatTime(date: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${Number(hour)}${NBSP}h${NBSP}${minute}`;
}

/**
 * When, relative to now, in Paris: « 10 h 42 », « hier à 10 h 42 », « le 3 décembre à 10 h 42 »,
 * « le 1er décembre 2025 à 10 h 42 ». `at` selects the preposition for a bare time (« à 10 h 42 »).
 */
export function formatWhen(iso: string, now: Date = new Date(), at = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = formatTime(date);
  const today = dayKey(now);
  const day = dayKey(date);
  if (day === today) return at ? `à ${time}` : time;
  const yesterday = dayKey(new Date(now.getTime() - 24 * 3600 * 1000));
  if (day === yesterday) return `hier à ${time}`;
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
  const dayNumber = parts.find((p) => p.type === 'day')?.value ?? '';
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  const sameYear = today.slice(0, 4) === day.slice(0, 4);
  const dayLabel = dayNumber === '1' ? `1er` : dayNumber;
  return `le ${dayLabel}${NBSP}${month}${sameYear ? '' : ` ${year}`} à ${time}`;
}

/** « de 10 h 42 », « d’hier à 10 h 42 », « du 3 décembre à 10 h 42 » (after « date »). */
function dated(when: string): string {
  if (when.startsWith('le ')) return `du ${when.slice(3)}`;
  if (when.startsWith('hier')) return `d’${when}`;
  return `de ${when}`;
}

/** « 5,2 s », « 1 min 12 s ». */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  if (ms < 60_000) {
    const seconds = ms / 1000;
    const text = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: seconds < 10 ? 1 : 0 }).format(seconds);
    return `${text}${NBSP}s`;
  }
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes}${NBSP}min ${seconds}${NBSP}s` : `${minutes}${NBSP}min`;
}

const formatCount = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/** « 412 pages construites en 5,2 s » */
function describeLive(live: NonNullable<PublisherStatus['live']>): string {
  const duration = formatDuration(live.durationMs);
  if (typeof live.pages === 'number') {
    const pages = `${formatCount(live.pages)}${NBSP}page${live.pages > 1 ? 's' : ''}`;
    return duration ? `${pages} construite${live.pages > 1 ? 's' : ''} en ${duration}` : pages;
  }
  return duration ? `construit en ${duration}` : '';
}

/** The last build failed and nothing succeeded since. */
export function hasFailed(status: PublisherStatus): boolean {
  if (status.lastBuild && status.lastBuild.ok === false) return true;
  if (!status.lastError) return false;
  if (!status.live) return true;
  return new Date(status.lastError.at).getTime() > new Date(status.live.builtAt).getTime();
}

/** Turns /status into what the widget and the panel say. */
export function summarize(status: PublisherStatus, now: Date = new Date()): Summary {
  if (status.unreachable) {
    return {
      tone: 'danger',
      headline: 'Service de publication injoignable',
      lines: [
        (status.message ?? '').replace(/^Service de publication injoignable\s*:\s*/u, '').replace(/^./u, (c) => c.toUpperCase()),
        'Prévenez l’équipe technique si cela dure.',
      ].filter(Boolean),
      busy: false,
    };
  }
  const failed = hasFailed(status);
  const liveLine = status.live
    ? `En ligne depuis ${formatWhen(status.live.builtAt, now)}`
    : 'Le site n’a pas encore été publié.';
  const liveDetails = status.live ? describeLive(status.live) : '';
  const failure = status.lastError
    ? `Échec${NBSP}: ${status.lastError.message}`
    : `Échec de la dernière publication${status.lastBuild?.finishedAt ? ` (${formatWhen(status.lastBuild.finishedAt, now, true)})` : ''}.`;
  const liveVersion = status.live ? `La version en ligne date ${dated(formatWhen(status.live.builtAt, now))}.` : liveLine;
  const keptOnline = status.live ? `La version en ligne depuis ${formatWhen(status.live.builtAt, now)} reste affichée.` : '';

  if (status.building) {
    const since = status.buildStartedAt ? `Commencée ${formatWhen(status.buildStartedAt, now, true)}.` : '';
    return {
      tone: 'primary',
      headline: 'Publication en cours…',
      lines: [since, liveVersion, failed ? `Précédente tentative${NBSP}: ${failure}` : ''].filter(Boolean),
      short: liveVersion,
      detail: failed ? status.lastError?.detail : undefined,
      busy: true,
    };
  }
  if (status.pending) {
    return {
      tone: 'warning',
      headline: 'En attente de publication',
      lines: [
        'Les dernières modifications seront en ligne dans quelques secondes.',
        liveVersion,
        failed ? `Précédente tentative${NBSP}: ${failure}` : '',
      ].filter(Boolean),
      short: liveVersion,
      detail: failed ? status.lastError?.detail : undefined,
      busy: true,
    };
  }
  if (failed) {
    return {
      tone: 'danger',
      headline: failure,
      lines: [keptOnline || liveLine].filter(Boolean),
      detail: status.lastError?.detail,
      busy: false,
    };
  }
  if (!status.live) {
    return { tone: 'neutral', headline: 'Pas encore en ligne', lines: [liveLine], busy: false };
  }
  return { tone: 'success', headline: liveLine, lines: [liveDetails ? `${liveDetails[0].toUpperCase()}${liveDetails.slice(1)}.` : ''].filter(Boolean), busy: false };
}

/** Issues of one entry (all its locales), as in the edit view. */
export const issuesOf = (status: PublisherStatus | null, documentId: string | undefined) =>
  documentId && status ? status.contentIssues.filter((issue) => issue.documentId === documentId) : [];

/** An issue as the edit view of its own entry says it: « Champ « Résumé » (fr) : au moins 20 caractères. » */
export function shortIssueText(issue: ContentIssue): string {
  if (!issue.message) return issue.text;
  const where = issue.field ? `Champ «${NBSP}${issue.fieldLabel || issue.field}${NBSP}»` : 'Entrée';
  const kept = issue.outcome ? ` ${issue.outcome}` : issue.keptPrevious ? ' La version précédente reste en ligne.' : ' Elle n’est pas sur le site.';
  return `${where} (${issue.locale})${NBSP}: ${issue.message.replace(/\.$/u, '')}.${kept}`;
}

/**
 * Whether this entry's last publication is on the live site: the live release contains what was
 * published before its build started (builtAt − durationMs). Null when the entry was never published.
 */
export function publicationLine(status: PublisherStatus, publishedAt: string | null | undefined, now: Date = new Date()): string | null {
  if (!publishedAt || status.unreachable) return null;
  const published = new Date(publishedAt).getTime();
  if (Number.isNaN(published)) return null;
  const live = status.live;
  const liveFrom = live ? new Date(live.builtAt).getTime() - (live.durationMs ?? 0) : Number.NEGATIVE_INFINITY;
  const lead = `Dernière publication de cette entrée (${formatWhen(publishedAt, now)})${NBSP}:`;
  if (published <= liveFrom) return `${lead} en ligne.`;
  if (status.building || status.pending) return `${lead} en ligne dans quelques secondes.`;
  return `${lead} pas encore en ligne.`;
}
