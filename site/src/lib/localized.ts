import type { CollectionEntry } from 'astro:content';
import type { ContentTypeName } from '@dk20000/shared';
import type { Lang } from '../i18n/lang';
import { detailSections, rootPageHref, sectionHref, sluggedTypes, type SlugIndex, type SluggedType } from '../i18n/routes';
import { setEntryAddresses } from './cache-key';
import { parseEntryId } from './entry-id';
import { getEntries } from './entries';

export type { SluggedType };

/**
 * One entry as a page of one language shows it. On the English site an entry not translated yet is shown in
 * French (`fallback`): its page exists, says « Available in French » and marks its content `lang="fr"`.
 */
export interface Localized<C extends ContentTypeName> {
  entry: CollectionEntry<C>;
  data: CollectionEntry<C>['data'];
  /** The language the content is written in (`fr` for a fallback on the English site). */
  contentLang: Lang;
  /** An English page showing the French version, for want of a translation. */
  fallback: boolean;
}

/**
 * The entries of a type as the site of `lang` shows them: the French site shows the French entries; the English
 * site shows every English entry and, for each document with no English version, its French one. A French
 * fallback whose slug an English entry already uses is left out (the translated entry keeps its address).
 */
export async function getLocalizedEntries<C extends ContentTypeName>(type: C, lang: Lang): Promise<Localized<C>[]> {
  const fr = await getEntries(type, 'fr');
  const own = (entries: CollectionEntry<C>[], contentLang: Lang): Localized<C>[] =>
    entries.map((entry) => ({ entry, data: entry.data, contentLang, fallback: contentLang !== lang }));
  if (lang === 'fr') return own(fr, 'fr');
  const en = await getEntries(type, 'en');
  const translated = new Set(en.map((entry) => entry.data.documentId));
  const slugs = new Set(en.map((entry) => slugOf(entry.data)).filter(Boolean));
  const fallbacks = fr.filter((entry) => {
    if (translated.has(entry.data.documentId)) return false;
    const slug = slugOf(entry.data);
    return !slug || !slugs.has(slug);
  });
  return [...own(en, 'en'), ...own(fallbacks, 'fr')];
}

function slugOf(data: object): string | undefined {
  return 'slug' in data && typeof data.slug === 'string' ? data.slug : undefined;
}

let slugIndexPromise: Promise<SlugIndex> | undefined;

/** The slugs of every page of both languages (read once per build: the content does not change during a build). */
export function slugIndex(): Promise<SlugIndex> {
  slugIndexPromise ??= (async () => {
    const index = new Map<SluggedType, Map<string, Partial<Record<Lang, string>> & { translated?: boolean }>>();
    for (const type of sluggedTypes) {
      const byDocument = new Map<string, Partial<Record<Lang, string>> & { translated?: boolean }>();
      for (const lang of ['fr', 'en'] as const) {
        for (const { data, contentLang } of await getLocalizedEntries(type, lang)) {
          const slug = slugOf(data);
          if (!slug) continue;
          const translated = lang === 'en' && contentLang === 'en' ? { translated: true } : {};
          byDocument.set(data.documentId, { ...byDocument.get(data.documentId), [lang]: slug, ...translated });
        }
      }
      index.set(type, byDocument);
    }
    const addresses = new Map<string, string>();
    for (const byDocument of index.values()) {
      for (const [documentId, slugs] of byDocument) addresses.set(documentId, JSON.stringify(slugs));
    }
    setEntryAddresses((entryId) => {
      const parsed = parseEntryId(entryId);
      return parsed && addresses.get(parsed.documentId);
    });
    return index;
  })();
  return slugIndexPromise;
}

/** Resolves links to entries in one language: `href('companies', ref)` → `/en/companies/<its English slug>/`. */
export interface Hrefs {
  lang: Lang;
  /**
   * The page of a document in this language, or undefined when it has none (no page, or no version to show). A
   * document this build does not know (the draft preview renders without the content collections) keeps the
   * ref's own slug, which is the slug in the ref's language.
   */
  entry(type: SluggedType, ref: { documentId: string; slug?: string | undefined }): string | undefined;
  /** The slug of a document's page in this language (for filter pages: /en/jobs/sector/<slug>/). */
  slug(type: SluggedType, ref: { documentId: string; slug?: string | undefined }): string | undefined;
  /**
   * The language a document's page is written in on this site: `fr` on the English site for an entry not
   * translated yet. For a `lang` attribute on its name in a link or a card: `lang={to.foreign(type, ref)}`.
   */
  foreign(type: SluggedType, ref: { documentId: string }): Lang | undefined;
}

export async function hrefs(lang: Lang): Promise<Hrefs> {
  const index = await slugIndex();
  const slug = (type: SluggedType, ref: { documentId: string; slug?: string | undefined }) => {
    const known = index.get(type)?.get(ref.documentId);
    return known ? known[lang] : ref.slug || undefined;
  };
  return {
    lang,
    slug,
    foreign(type, ref) {
      if (lang === 'fr') return undefined;
      const found = index.get(type)?.get(ref.documentId);
      return found && !found.translated ? 'fr' : undefined;
    },
    entry(type, ref) {
      const found = slug(type, ref);
      if (found === undefined || type === 'towns') return undefined;
      const section = detailSections[type];
      return section === undefined ? rootPageHref(lang, found) : sectionHref(lang, section, found);
    },
  };
}

/**
 * The language to mark on the media library's texts (alternative texts, captions, file names) on a page of `lang`:
 * Strapi's media library is not localized and editors write it in French, so English pages mark them `lang="fr"`.
 */
export function mediaTextLang(lang: Lang): Lang | undefined {
  return lang === 'fr' ? undefined : 'fr';
}
