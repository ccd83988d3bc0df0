import * as agenda from './fr/agenda';
import * as brand from './fr/brand';
import * as catalogue from './fr/catalogue';
import * as factoryMobileStops from './fr/factory-mobile';
import * as feeds from './fr/feeds';
import * as frame from './fr/frame';
import * as home from './fr/home';
import * as lists from './fr/lists';
import * as media from './fr/media';
import * as openingHours from './fr/opening-hours';
import * as redirects from './fr/redirects';
import * as search from './fr/search';
import * as sectors from './fr/sectors';
import * as share from './fr/share';
import * as siteMap from './fr/site-map';
import * as stories from './fr/stories';
import * as support from './fr/support';
import * as venues from './fr/venues';
import * as visits from './fr/visits';
import * as widget from './fr/widget';
import type { Widen } from './types';

/** The French interface text: the reference dictionary, one module per section in ./fr/. */
export const fr = {
  ...agenda,
  ...brand,
  ...catalogue,
  ...factoryMobileStops,
  ...feeds,
  ...frame,
  ...home,
  ...lists,
  ...media,
  ...openingHours,
  ...redirects,
  ...search,
  ...sectors,
  ...share,
  ...siteMap,
  ...stories,
  ...support,
  ...venues,
  ...visits,
  ...widget,
};

/** What every language's dictionary holds: the French one's keys, functions and nesting. */
export type Dictionary = Widen<typeof fr>;
