import { z } from 'zod';
import { adminLabels, componentFields, mainFields } from './admin-labels.js';
import { contentTypes, type ContentTypeName } from './schemas/registry.js';

const NBSP = '\u00a0';
const frenchFallback = z.locales.fr().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'oui/non',
  array: 'une liste',
  object: 'un objet',
  date: 'une date',
};

const SIZE_UNITS: Record<string, string> = { string: 'caractères', array: 'éléments' };

const quote = (value: unknown) => `«${NBSP}${String(value)}${NBSP}»`;

function received(input: unknown): string {
  if (input === null) return 'rien (null)';
  if (Array.isArray(input)) return 'une liste';
  if (typeof input === 'string') return `le texte ${quote(input)}`;
  if (typeof input === 'number' || typeof input === 'boolean') return `la valeur ${String(input)}`;
  return TYPE_NAMES[typeof input] ?? typeof input;
}

/**
 * A zod error map written for editors, in French. Messages set on the fields themselves
 * (URL, e-mail, slug, codes, dates) take precedence over it.
 */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'champ obligatoire manquant';
      return `${TYPE_NAMES[issue.expected] ?? issue.expected} attendu, reçu ${received(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `valeur attendue${NBSP}: ${quote(issue.values[0])}`;
      return `valeur ${quote(issue.input)} inconnue (valeurs possibles${NBSP}: ${issue.values.join(', ')})`;
    case 'too_small': {
      const unit = SIZE_UNITS[issue.origin];
      if (unit) {
        if (Number(issue.minimum) === 1) return 'ne doit pas être vide';
        return `au moins ${issue.minimum}${NBSP}${unit}`;
      }
      return `doit être ${issue.inclusive ? 'supérieur ou égal à' : 'supérieur à'} ${issue.minimum}`;
    }
    case 'too_big': {
      const unit = SIZE_UNITS[issue.origin];
      if (unit) return `${issue.maximum}${NBSP}${unit} maximum`;
      return `doit être ${issue.inclusive ? 'inférieur ou égal à' : 'inférieur à'} ${issue.maximum}`;
    }
    case 'invalid_format':
      if (issue.format === 'regex') return `format invalide (motif attendu${NBSP}: ${String(issue.pattern)})`;
      return frenchFallback(issue);
    case 'invalid_union':
      return 'valeur invalide';
    case 'custom':
      return issue.message ?? 'valeur invalide';
    default:
      return frenchFallback(issue);
  }
};

/** `a.b[0].c` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * One readable line per issue: `companies abc123: field "website" — URL invalide (…)`.
 * `id` names the entry (its documentId, or a richer label such as `« Batterie du Nord » (documentId abc123)`).
 */
export function formatIssues(type: string, id: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `field "${formatPath(issue.path)}"` : 'entry';
    return `${type} ${id}: ${where} — ${issue.message}`;
  });
}

/* Content issues: what the site build reports to editors about entries the contract rejects. */

/**
 * One reason why the site could not publish a version of an entry, as the build log, the rebuild service's
 * `/status` and the admin show it. Every text is French.
 */
export interface ContentIssue {
  /** Registry name of the content type, e.g. `companies`. */
  type: ContentTypeName;
  /** French singular label of the type, e.g. « Entreprise ». */
  typeLabel: string;
  /** Strapi document id of the entry. */
  documentId: string;
  /** Locale of the rejected version (`fr`, `en`). */
  locale: string;
  /** Display name of the entry (its name, title…); its documentId when it has none. */
  name: string;
  /** Path of the field, e.g. `summary` or `sessions[0].startDate`; `''` for the whole entry. */
  field: string;
  /** French label of the field when known, else its path. */
  fieldLabel: string;
  /** French reason, e.g. « au moins 20 caractères ». */
  message: string;
  /** True when the last good version of the entry stays on the site. */
  keptPrevious: boolean;
  /**
   * What the site does instead, when the entry is published but one of its values is not used (a brand colour
   * below WCAG AA contrast: « La couleur par défaut est utilisée. »); `keptPrevious` is false then.
   */
  outcome?: string;
  /** One French sentence for editors. */
  text: string;
}

const NAME_KEYS = ['name', 'title', 'firstName', 'month', 'label'] as const;
const MAX_NAME = 80;

function shorten(value: string, max: number): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** French singular label of a content type (« Entreprise »), its registry name when unknown. */
export function typeLabel(type: ContentTypeName): string {
  return adminLabels[contentTypes[type].uid]?.displayName ?? type;
}

/** How an entry is named to editors: its main field (name, title…), else its documentId. */
export function contentEntryName(type: ContentTypeName, entry: unknown, documentId: string): string {
  if (typeof entry === 'object' && entry !== null) {
    const record = entry as Record<string, unknown>;
    const main = mainFields[contentTypes[type].uid];
    for (const key of [main, ...NAME_KEYS]) {
      const value = key === undefined ? undefined : record[key];
      if (typeof value === 'string' && value.trim() !== '') return shorten(value, MAX_NAME);
    }
  }
  return documentId;
}

/**
 * French label of a field path of a type: `summary` → « Résumé », `sessions[1].startDate` → « Sessions n° 2 › Date
 * de début ». Inside a field that is not a component (rich text, a list of media) the field's label alone is given;
 * a field without a known label keeps its path.
 */
export function fieldLabel(type: ContentTypeName, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let uid: string | undefined = contentTypes[type].uid;
  let i = 0;
  while (i < path.length && uid !== undefined) {
    const name = String(path[i]);
    const label = adminLabels[uid]?.fields[name]?.label;
    if (label === undefined) {
      parts.push(formatPath(path.slice(i)));
      break;
    }
    uid = componentFields[uid]?.[name];
    i += 1;
    const index = path[i];
    if (uid !== undefined && typeof index === 'number') {
      parts.push(`${label}${NBSP}n°${NBSP}${index + 1}`);
      i += 1;
    } else {
      parts.push(label);
    }
  }
  return parts.join(' › ');
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The one French sentence of an issue, e.g. « Entreprise « Batterie du Nord » (fr), champ « Site web » : URL invalide. La version précédente reste en ligne. » */
export function contentIssueText(issue: Omit<ContentIssue, 'text'>): string {
  const what = `${issue.typeLabel} «${NBSP}${issue.name}${NBSP}» (${issue.locale})`;
  const where = issue.field === '' ? '' : `, champ «${NBSP}${issue.fieldLabel}${NBSP}»`;
  const outcome = issue.keptPrevious
    ? 'La version précédente reste en ligne.'
    : 'Cette version n’est pas publiée sur le site tant qu’elle n’est pas corrigée.';
  return `${what}${where}${NBSP}: ${sentence(issue.message)} ${outcome}`;
}

export interface ContentIssueContext {
  documentId: string;
  locale: string;
  /** The last good version of the entry stays on the site. */
  keptPrevious: boolean;
}

/**
 * The ContentIssues of one rejected entry: one per zod issue (a schema validated with `editorErrorMap` gives French
 * messages). `entry` is the mapped entry (after `fromStrapi`), used for its name.
 */
export function contentIssues(
  type: ContentTypeName,
  entry: unknown,
  error: z.ZodError,
  context: ContentIssueContext,
): ContentIssue[] {
  const name = contentEntryName(type, entry, context.documentId);
  return error.issues.map((zodIssue) => {
    const field = formatPath(zodIssue.path);
    const issue = {
      type,
      typeLabel: typeLabel(type),
      documentId: context.documentId,
      locale: context.locale,
      name,
      field,
      fieldLabel: field === '' ? '' : fieldLabel(type, zodIssue.path),
      message: zodIssue.message,
      keptPrevious: context.keptPrevious,
    };
    return { ...issue, text: contentIssueText(issue) };
  });
}
