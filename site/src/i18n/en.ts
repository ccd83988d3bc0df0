import type { Dictionary } from './fr';
import * as agenda from './en/agenda';
import * as brand from './en/brand';
import * as catalogue from './en/catalogue';
import * as factoryMobileStops from './en/factory-mobile';
import * as feeds from './en/feeds';
import * as frame from './en/frame';
import * as home from './en/home';
import * as lists from './en/lists';
import * as media from './en/media';
import * as openingHours from './en/opening-hours';
import * as redirects from './en/redirects';
import * as search from './en/search';
import * as sectors from './en/sectors';
import * as share from './en/share';
import * as siteMap from './en/site-map';
import * as stories from './en/stories';
import * as support from './en/support';
import * as venues from './en/venues';
import * as visits from './en/visits';
import * as widget from './en/widget';

/** The English interface text: one module per section in ./en/, each typed against its French twin. */
export const en = {
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
} satisfies Dictionary;
