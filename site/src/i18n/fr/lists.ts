/** Interface text of the shared list components (components/lists/ListPage, FilterNav) used by every filterable list. */
export const lists = {
  /** What a filter page shows, under the list's title: « Filière : Acier ». */
  qualifier: (filter: string, value: string) => `${filter}\u00a0: ${value}`,
  /** Heading of the filters when the page gives none: « Filtrer les métiers ». */
  filterTitle: (section: string) => `Filtrer les ${section.toLocaleLowerCase('fr-FR')}`,
  /** Meta description of a filter page: « 3 métiers (Acier) sur le bassin d’emploi de Dunkerque. <intro> » */
  filteredDescription: (count: string, qualifier: string, intro: string) =>
    `${count} (${qualifier}) sur le bassin d’emploi de Dunkerque. ${intro}`,
  /** The way back of an empty filter page: « Voir tous les métiers (12) ». */
  seeAll: (allLabel: string, total: string) => `Voir ${allLabel.toLocaleLowerCase('fr-FR')} (${total})`,
} as const;
