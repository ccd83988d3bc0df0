import { z } from 'zod';

/*
 * Field builders shared by the schemas. Messages are French because editors read them
 * in build reports; they say what was expected and show an example.
 */

const NBSP = '\u00a0';

/**
 * A custom message for a malformed value; a missing value keeps the generic
 * « champ obligatoire manquant » of the editor error map.
 */
export const whenPresent =
  (message: string) =>
  (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : message;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NAF_CODE_PATTERN = /^\d{2}\.?\d{2}[A-Z]$/;
export const ROME_CODE_PATTERN = /^[A-N]\d{4}$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;
export const HEX_COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
export const CSS_TOKEN_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 .()-]{3,18}[0-9]$/;
export const POSTAL_CODE_PATTERN = /^\d{5}$/;

/** A required one-line or multi-line text: must not be empty. */
export const text = () => z.string().trim().min(1, { error: whenPresent(`ne doit pas être vide`) });

/** A text with a maximum length, counted as the editor sees it. */
export const limitedText = (max: number) =>
  text().max(max, {
    error: (issue) =>
      `${max}${NBSP}caractères maximum (actuellement ${typeof issue.input === 'string' ? issue.input.length : '?'})`,
  });

export const slug = () =>
  z.string().regex(SLUG_PATTERN, {
    error: whenPresent(`identifiant d’URL invalide${NBSP}: lettres minuscules sans accent, chiffres et tirets seulement (ex. batterie-du-nord)`),
  });

/** An absolute web address typed by an editor: http(s) and a real domain. */
export const webUrl = () =>
  z.httpUrl({ error: whenPresent('URL invalide (attendu http(s)://…, ex. https://www.exemple.fr)') });

/** An absolute http(s) address produced by the system (media), any host including localhost. */
export const absoluteUrl = () =>
  z.url({ protocol: /^https?$/, error: whenPresent('URL absolue attendue (http(s)://…)') });

export const email = () => z.email({ error: whenPresent('adresse e-mail invalide (ex. contact@exemple.fr)') });

export const phone = () =>
  z.string().regex(PHONE_PATTERN, { error: whenPresent('numéro de téléphone invalide (ex. 03 28 00 00 00)') });

/** A date and time with its offset, as Strapi returns it (`2026-03-03T13:00:00.000Z`). */
export const dateTime = () =>
  z.iso.datetime({ offset: true, error: whenPresent('date et heure invalides (attendu 2026-03-03T14:00:00+01:00)') });

/** A calendar date (`2026-03-03`). */
export const date = () => z.iso.date({ error: whenPresent('date invalide (attendu AAAA-MM-JJ, ex. 2026-03-03)') });

/** A time of day; Strapi returns `HH:mm:ss.SSS`, the site gets `HH:mm`. */
export const time = () =>
  z
    .string()
    .regex(TIME_PATTERN, { error: whenPresent('heure invalide (attendu HH:mm, ex. 09:30)') })
    .transform((value) => value.slice(0, 5));

export const int = () => z.number().int({ error: whenPresent('nombre entier attendu') });
export const nonNegativeInt = () => int().min(0, { error: whenPresent('doit être positif ou nul') });
export const positiveInt = () => int().min(1, { error: whenPresent('doit être au moins 1') });

export const latitude = () =>
  z.number().min(-90, { error: whenPresent('latitude entre -90 et 90') }).max(90, { error: whenPresent('latitude entre -90 et 90') });
export const longitude = () =>
  z.number().min(-180, { error: whenPresent('longitude entre -180 et 180') }).max(180, { error: whenPresent('longitude entre -180 et 180') });

/** Fields every entry carries, whatever its type. */
export const entryFields = {
  /** Strapi document id, stable across locales and drafts. */
  documentId: z.string().min(1),
  /** Locale of this version of the entry (`fr`, `en`). */
  locale: z.string().optional(),
  /** Last update, ISO date and time. */
  updatedAt: dateTime(),
};

/** Chronological order of two ISO strings of the same kind (dates, datetimes or `HH:mm` times). */
export function isBefore(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a < b;
  return ta < tb;
}
