import type { Lang } from '../i18n/lang';
import { translatePath } from '../i18n/translate';
import { slugIndex } from './localized';

/** The current page in the other language (or its nearest parent there), from the slugs of this build. */
export async function alternatePath(pathname: string, from: Lang, to: Lang): Promise<{ href: string; exact: boolean }> {
  return translatePath(pathname, from, to, await slugIndex());
}
