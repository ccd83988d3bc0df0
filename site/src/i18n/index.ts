import { en } from './en';
import { fr, type Dictionary } from './fr';
import type { Lang } from './lang';

export type { Dictionary };
export { langOf, langOfRoute, locales, otherLang, type Lang } from './lang';

const dictionaries: Record<Lang, Dictionary> = { fr, en };

/** The interface text of a language: `dictionary(lang).frame.skipLink`. */
export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
