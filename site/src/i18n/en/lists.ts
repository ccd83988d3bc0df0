import type { lists as fr } from '../fr/lists';
import type { Widen } from '../types';

/** Interface text of the shared list components (components/lists/ListPage, FilterNav) used by every filterable list. */
export const lists: Widen<typeof fr> = {
  qualifier: (filter: string, value: string) => `${filter}: ${value}`,
  filterTitle: (section: string) => `Filter ${section.toLocaleLowerCase('en-GB')}`,
  filteredDescription: (count: string, qualifier: string, intro: string) =>
    `${count} (${qualifier}) in the Dunkirk employment area. ${intro}`,
  seeAll: (allLabel: string, total: string) => `See ${allLabel.toLocaleLowerCase('en-GB')} (${total})`,
};
