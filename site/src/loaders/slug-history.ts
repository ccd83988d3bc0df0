import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentTypeNames } from '@dk20000/shared';
import { LOCALES } from '../lib/entry-id';
import { strapiToken, strapiUrl } from '../lib/strapi-env';
import { syncRound } from './sync-state';

/** One old slug of a published entry, as the CMS recorded it (see cms/src/bootstrap/slug-history.ts). */
const OldSlugSchema = z.object({
  type: z.enum(contentTypeNames as [string, ...string[]]),
  documentId: z.string().min(1),
  slug: z.string().min(1),
  /** When the CMS recorded it (ISO): of two entries that had the same slug, the latest rename wins. */
  at: z.string(),
});

/** The slug history of one locale: one collection entry per locale (id `fr`, `en`), present even when empty. */
export const SlugHistoryEntrySchema = z.object({
  locale: z.enum(LOCALES),
  items: z.array(OldSlugSchema),
});

export type SlugHistoryEntry = z.output<typeof SlugHistoryEntrySchema>;

/**
 * Loader of the slug history: read from the sync state the content loaders already share (one reading per build,
 * no other request, no other permission of the build token), so every build sees its changes. One entry per locale,
 * keyed by the locale, holding its old slugs.
 */
export function slugHistoryLoader(): Loader {
  return {
    name: 'strapi:slug-history',
    async load({ store, logger, parseData, generateDigest }) {
      if (process.env.SITE_CONTENT_OFFLINE === '1') {
        logger.info('slugHistory: not fetched (SITE_CONTENT_OFFLINE=1)');
        return;
      }
      const sync = await syncRound('slugHistory', strapiUrl(), strapiToken());
      if (!sync.state) logger.warn(`slugHistory: no redirects from old addresses, ${sync.reason}`);
      let count = 0;
      for (const locale of LOCALES) {
        const entry: SlugHistoryEntry = { locale, items: sync.state?.[locale].slugHistory ?? [] };
        count += entry.items.length;
        const digest = generateDigest(entry);
        if (store.get(locale)?.digest === digest) continue;
        store.set({ id: locale, data: await parseData({ id: locale, data: entry }), digest });
      }
      for (const id of store.keys()) if (!(LOCALES as readonly string[]).includes(id)) store.delete(id);
      logger.info(`slugHistory: ${count} old slug(s)`);
    },
  };
}
