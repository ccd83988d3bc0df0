import { z } from 'zod';

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
