/** Keys whose string values are identifiers, URLs or CSS and must never be retouched. */
const RAW_KEYS = new Set([
  'slug',
  'url',
  'website',
  'careersUrl',
  'videoUrl',
  'registrationUrl',
  'bookingUrl',
  'sourceUrl',
  'email',
  'phone',
  'token',
  'value',
  'fallback',
  'romeCode',
  'nafCode',
  'nafCodes',
  'startsAt',
  'endsAt',
  'month',
  'date',
  'startDate',
  'endDate',
  'registrationDeadline',
  'opens',
  'closes',
  'documentId',
  'locale',
  'type',
  'kind',
  'format',
  'level',
  'theme',
  'mode',
  'booking',
  'registration',
  'state',
  'presence',
  'accessLevel',
  'day',
  'postalCode',
]);

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/**
 * French typography: curly apostrophe, non-breaking spaces before high punctuation,
 * inside guillemets, between digit groups and before units.
 */
export function typo(text: string): string {
  let out = text.replace(/'/g, '’');
  out = out.replace(/« /g, `«${NBSP}`).replace(/ »/g, `${NBSP}»`);
  out = out.replace(/ ([;!?])/g, `${NNBSP}$1`).replace(/ :/g, `${NBSP}:`);
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out.replace(/(\d) (\d{3})(?!\d)/g, `$1${NNBSP}$2`);
  }
  out = out.replace(/(\d) h (\d{2})/g, `$1${NBSP}h${NBSP}$2`);
  out = out.replace(
    /(\d) (?=(h|%|€|km|min|Mt|kg|places?|semaines?|mois|ans|jours?|heures?|emplois?|postes?|salarié·es|personnes?)(?![\p{L}]))/gu,
    `$1${NBSP}`,
  );
  return out;
}

/** Applies {@link typo} to every prose string of a payload (objects, arrays, blocks). */
export function typoDeep<T>(value: T, key?: string): T {
  if (typeof value === 'string') {
    return (key !== undefined && RAW_KEYS.has(key) ? value : typo(value)) as unknown as T;
  }
  if (Array.isArray(value)) {
    return value.map((item) => typoDeep(item, key)) as unknown as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = typoDeep(v, k);
    }
    return out as T;
  }
  return value;
}

/** URL-safe slug (Strapi uid alphabet). */
export function slugify(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
