import type { Core, UID } from '@strapi/strapi';
import { contentTypeNames, contentTypes, type ContentTypeName } from '@dk20000/shared';

type Version = [id: string, version: string];

const iso = (value: unknown) => new Date(value as string | number).toISOString();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** documentId and version (publishedAt|updatedAt, changes at each publication) of the published entries of a type in a locale. */
  async function published(uid: UID.ContentType, locale: string): Promise<Version[]> {
    const model = strapi.getModel(uid) as { options?: { draftAndPublish?: boolean }; pluginOptions?: { i18n?: { localized?: boolean } } };
    const where: Record<string, unknown> = {};
    if (model.options?.draftAndPublish) where.publishedAt = { $notNull: true };
    if (model.pluginOptions?.i18n?.localized) where.locale = locale;
    const rows = (await strapi.db.query(uid).findMany({ select: ['documentId', 'publishedAt', 'updatedAt'], where, orderBy: { id: 'asc' } })) as {
      documentId: string;
      publishedAt: unknown;
      updatedAt: unknown;
    }[];
    return rows.map((row) => [row.documentId, `${iso(row.publishedAt ?? row.updatedAt)}|${iso(row.updatedAt)}`]);
  }

  return {
    /** One small query per registry type (ids and dates only), plus the media files. */
    async state(locale: string) {
      const types = {} as Record<ContentTypeName, Version[]>;
      for (const name of contentTypeNames) types[name] = await published(contentTypes[name].uid as UID.ContentType, locale);
      const files = (await strapi.db.query('plugin::upload.file').findMany({ select: ['documentId', 'updatedAt'], orderBy: { id: 'asc' } })) as {
        documentId: string;
        updatedAt: unknown;
      }[];
      return { locale, generatedAt: new Date().toISOString(), types, media: files.map((file): Version => [file.documentId, iso(file.updatedAt)]) };
    },
  };
};
