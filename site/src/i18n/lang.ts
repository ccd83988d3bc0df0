import type { Lang } from '@dk20000/shared';

export type { Lang };

/** Languages of the site, the default (French, at the root) first; English lives under /en/. */
export const LANGS = ['fr', 'en'] as const satisfies readonly Lang[];

/** The language of a page from Astro's current locale (the i18n routing of astro.config: /en/… is English). */
export function langOf(currentLocale: string | undefined): Lang {
  return currentLocale === 'en' ? 'en' : 'fr';
}

/** The language of a route from its pattern (getStaticPaths' `routePattern`, e.g. `/en/companies/[slug]`). */
export function langOfRoute(routePattern: string): Lang {
  return routePattern === '/en' || routePattern.startsWith('/en/') ? 'en' : 'fr';
}

/** The other language: the target of the language switcher. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** BCP 47 tags for Intl, Open Graph (`og:locale`) and hreflang. */
export const locales = {
  fr: { intl: 'fr-FR', og: 'fr_FR', name: 'Français' },
  en: { intl: 'en-GB', og: 'en_GB', name: 'English' },
} as const satisfies Record<Lang, { intl: string; og: string; name: string }>;
