import type { factoryMobileStops as fr } from '../fr/factory-mobile';
import type { Widen } from '../types';

/** Interface text of the table of stops on /en/factory-mobile/ (the page's other texts: `factoryMobile`, agenda.ts). */
export const factoryMobileStops: Widen<typeof fr> = {
  caption: 'Next stops of the Factory Mobile, by date, with the town and place of each',
  date: 'Date',
  townAndPlace: 'Town and place',
  inAgenda: 'The stops in the programme',
  separator: ': ',
  timeRange: (from: string, to: string) => `${from} – ${to}`,
};
