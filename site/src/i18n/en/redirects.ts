import type { redirects as fr } from '../fr/redirects';
import type { Widen } from '../types';

/** Interface text of the redirect pages left at the old address of a renamed entry. */
export const redirects: Widen<typeof fr> = {
  title: 'Page moved',
  heading: 'This page has a new address',
  moved: 'This page has moved to:',
  hint: 'The site takes you there automatically. Remember to update your bookmarks and links.',
  description: 'This page has moved on the 20 000 sustainable jobs site.',
};
