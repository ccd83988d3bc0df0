/** Locales the site reads from the CMS; French is the main site, English the second. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Id of an entry in a content collection: `<locale>:<documentId>`, so that two locales of a document never collide. */
export function entryId(locale: Locale, documentId: string): string {
  return `${locale}:${documentId}`;
}

/** The locale and documentId of a collection entry id, or `undefined` when the id has another form. */
export function parseEntryId(id: string): { locale: Locale; documentId: string } | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const locale = id.slice(0, colon) as Locale;
  const documentId = id.slice(colon + 1);
  if (!LOCALES.includes(locale) || documentId === '') return undefined;
  return { locale, documentId };
}
