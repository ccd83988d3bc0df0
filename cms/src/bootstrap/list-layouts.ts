import type { Core } from '@strapi/strapi';
import { listViews, type ListView } from '@dk20000/shared';

/** What was last applied, per content type: our list view until an editor changes it. */
type Applied = Record<string, ListView>;

const sameView = (a: ListView, b: ListView) =>
  a.sortBy === b.sortBy && a.sortOrder === b.sortOrder && a.columns.join(',') === b.columns.join(',');

/**
 * Sets the default list view (columns and sort) of every content type, at each start, through the content
 * manager's configuration service — the one « Configurez la vue » writes to.
 *
 * An editor's choice is kept: the view last applied is remembered in the core store, and a content type whose
 * current view differs from it was changed in « Configurez la vue » since, so it is left alone (for good, until
 * that editor's view is the same as ours again). A content type never configured by this code (first start, or
 * new in this list) gets our view. When this list changes in the code, the types nobody customised follow it.
 * Columns an editor chose for themselves in the table's own column menu live in their browser and are Strapi's
 * business: they are not touched (« Réinitialiser » in that menu brings back the columns set here).
 */
export async function applyListViews(strapi: Core.Strapi, views: Record<string, ListView> = listViews) {
  const service = strapi.plugin('content-manager').service('content-types');
  const store = strapi.store({ type: 'plugin', name: 'dk20000', key: 'admin-list-views' });
  const applied = ((await store.get({})) as Applied | null) ?? {};
  const next: Applied = { ...applied };
  for (const [uid, wanted] of Object.entries(views)) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!model) continue;
    const attributes = model.attributes as Record<string, unknown>;
    const unknown = [...wanted.columns, wanted.sortBy].filter((field) => !(field in attributes));
    if (unknown.length > 0) {
      strapi.log.warn(`List view of ${uid}: unknown fields ${unknown.join(', ')}; left as it is.`);
      continue;
    }
    const configuration = await service.findConfiguration(model);
    const current: ListView = {
      columns: configuration.layouts?.list ?? [],
      sortBy: configuration.settings?.defaultSortBy,
      sortOrder: configuration.settings?.defaultSortOrder,
    };
    const previous = applied[uid];
    if (previous && !sameView(previous, current)) continue; // changed by an editor since: theirs stays
    if (!sameView(current, wanted)) {
      await service.updateConfiguration(model, {
        ...configuration,
        settings: { ...configuration.settings, defaultSortBy: wanted.sortBy, defaultSortOrder: wanted.sortOrder },
        layouts: { ...configuration.layouts, list: wanted.columns },
      });
    }
    next[uid] = { columns: [...wanted.columns], sortBy: wanted.sortBy, sortOrder: wanted.sortOrder };
  }
  await store.set({ value: next });
}
