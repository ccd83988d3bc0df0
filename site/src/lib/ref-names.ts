import type { Ref } from '@dk20000/shared';
import type { Lang } from '../i18n/lang';
import { getLocalizedEntries } from './localized';

/** Types whose entries a ref may name (a company, job, sector or audience of a story or an article). */
type NamedType = 'companies' | 'jobs' | 'sectors' | 'audiences';

/**
 * Renames refs after the entries of one language's site: a French story shown on the English site points at the
 * French names of its job, company, sectors and audiences; their English pages exist, so their links show the English
 * names (a target not translated yet keeps its French name, which RefList marks `lang="fr"`). Identity on the French
 * site and for a ref the site does not know.
 */
export async function refNamer(type: NamedType, lang: Lang): Promise<<R extends Ref>(ref: R) => R> {
  if (lang === 'fr') return (ref) => ref;
  const names = new Map<string, string>();
  for (const { data } of await getLocalizedEntries(type, lang)) {
    const name = 'name' in data ? data.name : data.title;
    if (name) names.set(data.documentId, name);
  }
  return (ref) => {
    const name = names.get(ref.documentId);
    return name === undefined || name === ref.name ? ref : { ...ref, name };
  };
}
