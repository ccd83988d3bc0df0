import type { Core, UID } from '@strapi/strapi';
import { contentTypeByUid } from '@dk20000/shared';

/**
 * Old addresses never break: whenever the published version of an entry loses a slug (an editor renamed it and
 * published, or unpublished it), the CMS records that slug in `api::slug-history.slug-history`, per document and
 * locale. The site build reads the records through the sync state (`slugHistory`) and redirects each old address
 * to the entry's current one.
 *
 * Done by a document service middleware, so that it holds whoever writes (the admin, the REST API, a script using
 * `strapi.documents`) and survives restarts (it is data). Editors do nothing and never see it: the content type is
 * hidden from the content manager and has no REST route. Writes through `strapi.db.query` on the content tables
 * (the scale seed) bypass it: they never rename a published entry.
 */

export const SLUG_HISTORY_UID = 'api::slug-history.slug-history';

/** Actions that can change or remove the published version of a document. */
const WATCHED = new Set(['publish', 'unpublish', 'update', 'delete']);

interface Row {
  locale: string | null;
  slug: string | null;
}

interface Context {
  uid: string;
  action: string;
  params?: { documentId?: string; status?: string } & Record<string, unknown>;
}

export interface SlugHistoryRecord {
  contentType: string;
  entryDocumentId: string;
  entryLocale: string;
  slug: string;
}

/** Registry types whose entries have a slug (hence addresses); the others are not watched. */
function watchedType(strapi: Core.Strapi, uid: string): boolean {
  if (!contentTypeByUid(uid)) return false;
  const model = strapi.getModel(uid as UID.ContentType) as { attributes?: Record<string, unknown>; options?: { draftAndPublish?: boolean } } | undefined;
  return Boolean(model?.attributes?.slug && model.options?.draftAndPublish);
}

const localeKey = (locale: string | null) => locale ?? '';

/** locale → slug of the published versions of a document. */
async function publishedSlugs(strapi: Core.Strapi, uid: string, documentId: string): Promise<Map<string, string>> {
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
    select: ['locale', 'slug'],
    where: { documentId, publishedAt: { $notNull: true } },
  })) as Row[];
  return new Map(rows.filter((row) => row.slug).map((row) => [localeKey(row.locale), row.slug as string]));
}

/** Locales in which the document still exists (draft or published). */
async function existingLocales(strapi: Core.Strapi, uid: string, documentId: string): Promise<Set<string>> {
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({ select: ['locale'], where: { documentId } })) as Row[];
  return new Set(rows.map((row) => localeKey(row.locale)));
}

/**
 * What to record after an action: the slugs the published versions had before it and no longer have (renamed or
 * unpublished). A locale published for the first time, or whose slug did not change, records nothing.
 */
export function lostSlugs(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Array<{ locale: string; slug: string }> {
  const lost: Array<{ locale: string; slug: string }> = [];
  for (const [locale, slug] of before) if (after.get(locale) !== slug) lost.push({ locale, slug });
  return lost;
}

/** Records a lost slug once per document, locale and slug; recording it again marks it as the latest (updatedAt). */
async function record(strapi: Core.Strapi, entry: SlugHistoryRecord): Promise<void> {
  const query = strapi.db.query(SLUG_HISTORY_UID as UID.ContentType);
  const existing = (await query.findOne({ select: ['id'], where: { ...entry } })) as { id: number } | null;
  if (existing) await query.update({ where: { id: existing.id }, data: { updatedAt: new Date() } });
  else await strapi.documents(SLUG_HISTORY_UID as UID.ContentType).create({ data: entry as never });
}

/** Registers the middleware; call it from the CMS's `register`. */
export function registerSlugHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as Context;
    // An update writes the draft only, unless it publishes too (status: 'published').
    const relevant = WATCHED.has(action) && (action !== 'update' || params?.status === 'published') && watchedType(strapi, uid);
    const documentId = params?.documentId;
    if (!relevant || !documentId) return next();

    const before = await publishedSlugs(strapi, uid, documentId);
    const result = await next();
    if (before.size === 0) return result;
    try {
      if (action === 'delete') {
        // A deleted locale (or document) takes its history with it: there is nothing left to redirect to.
        const remaining = await existingLocales(strapi, uid, documentId);
        for (const locale of before.keys()) {
          if (!remaining.has(locale)) {
            await strapi.db.query(SLUG_HISTORY_UID as UID.ContentType).deleteMany({ where: { contentType: uid, entryDocumentId: documentId, entryLocale: locale } });
          }
        }
        return result;
      }
      const after = await publishedSlugs(strapi, uid, documentId);
      for (const { locale, slug } of lostSlugs(before, after)) {
        await record(strapi, { contentType: uid, entryDocumentId: documentId, entryLocale: locale, slug });
      }
    } catch (error) {
      // The editor's action succeeded; a missed record costs one redirect, never the publication.
      strapi.log.error(`Slug history of ${uid} ${documentId}: ${(error as Error).message}`);
    }
    return result;
  });
}

/** The recorded slugs of a locale, for the sync state: [registry type, documentId, slug, recorded at]. */
export async function slugHistoryOf(strapi: Core.Strapi, locale: string): Promise<Array<[string, string, string, string]>> {
  const rows = (await strapi.db.query(SLUG_HISTORY_UID as UID.ContentType).findMany({
    select: ['contentType', 'entryDocumentId', 'slug', 'updatedAt'],
    where: { entryLocale: locale },
    orderBy: { id: 'asc' },
  })) as Array<{ contentType: string; entryDocumentId: string; slug: string; updatedAt: string | number | Date }>;
  return rows.flatMap((row) => {
    const type = contentTypeByUid(row.contentType);
    return type ? [[type, row.entryDocumentId, row.slug, new Date(row.updatedAt).toISOString()] as [string, string, string, string]] : [];
  });
}
