import type { Brand, ContentIssue } from '@dk20000/shared';
import type { LoaderContext } from 'astro/loaders';
import { themeIssues } from '../lib/theme';

/**
 * The brand colours the site's theme refuses (below WCAG AA on a pair the site draws, site/src/lib/theme.ts), as
 * content issues of the `brand` collection: the build log, /status and the admin name them beside the contract's.
 * Read from the store, so an incremental build that did not refetch the brand reports them again. The theme is the
 * French brand's (the layout reads getSingle('brand', 'fr')).
 */
export function brandThemeIssues(store: LoaderContext['store']): ContentIssue[] {
  return store
    .values()
    .filter((entry) => entry.id.startsWith('fr:'))
    .flatMap((entry) => themeIssues(entry.data as unknown as Brand, 'fr'));
}
