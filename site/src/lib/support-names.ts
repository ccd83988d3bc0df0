import type { Lang } from '../i18n/lang';
import { getLocalizedEntries } from './localized';

/**
 * Names of linked audiences and partners in the page's language. A relation copied in an entry carries the name in
 * the entry's language: the French fallback of a support solution on the English site names its audiences in French,
 * while the audiences themselves are translated. These give the name the linked page shows, and `lang` (`fr`) when
 * that name is still French on the English site (for a `lang` attribute on it).
 */
export interface LocalNames {
  audience(ref: { documentId: string; name: string }): { name: string; lang: Lang | undefined };
  partner(ref: { documentId: string; name: string }): { name: string; lang: Lang | undefined };
}

const cache = new Map<Lang, Promise<LocalNames>>();

export function localNames(lang: Lang): Promise<LocalNames> {
  let found = cache.get(lang);
  if (!found) {
    found = (async () => {
      const names = async (type: 'audiences' | 'partners') =>
        new Map(
          (await getLocalizedEntries(type, lang)).map(({ data, contentLang }) => [
            data.documentId,
            { name: data.name, lang: contentLang === lang ? undefined : contentLang },
          ]),
        );
      const [audiences, partners] = await Promise.all([names('audiences'), names('partners')]);
      // A relation to an entry not published in this language keeps its own name: the entry's language, unknown
      // here, is the page content's.
      const lookup = (map: typeof audiences) => (ref: { documentId: string; name: string }) =>
        map.get(ref.documentId) ?? { name: ref.name, lang: undefined };
      return { audience: lookup(audiences), partner: lookup(partners) };
    })();
    cache.set(lang, found);
  }
  return found;
}

/** Part of the cache key of the pages that show linked names (cards, « pour qui »): the names of this language. */
export async function localNamesKey(lang: Lang): Promise<string> {
  if (lang === 'fr') return 'fr';
  const [audiences, partners] = await Promise.all([getLocalizedEntries('audiences', lang), getLocalizedEntries('partners', lang)]);
  return JSON.stringify([...audiences, ...partners].map(({ data }) => [data.documentId, data.name]));
}
