import type { Brand } from '@dk20000/shared';
import { buildTheme } from './theme';

/**
 * Defaults of the widget's theme when the brand (single type `brand`) lacks a token: the brand's published values
 * at the time of writing. Keys are brand colour tokens (`--dk-color-<token>` in the widget) and `font`.
 */
export const WIDGET_THEME_FALLBACK: Readonly<Record<string, string>> = {
  primary: '#0B3D6B',
  accent: '#F2A900',
  secondary: '#0E7C7B',
  success: '#1E7B34',
  danger: '#B3261E',
  text: '#1F2933',
  'text-muted': '#52606D',
  border: '#CBD2D9',
  surface: '#F5F7FA',
  background: '#FFFFFF',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
};

/** The custom properties a partner may set on `dk-programme` (documented on /widget/), with their brand defaults. */
export const WIDGET_CUSTOM_PROPERTIES = [
  ['--dk-color-primary', 'primary', 'titre, liens, filet des rendez-vous'],
  ['--dk-color-text', 'text', 'texte'],
  ['--dk-color-text-muted', 'text-muted', 'dates, lieux, messages'],
  ['--dk-color-background', 'background', 'fond du bloc'],
  ['--dk-color-surface', 'surface', 'fond de chaque rendez-vous'],
  ['--dk-color-border', 'border', 'bordure du bloc'],
  ['--dk-color-danger', 'danger', 'statut (annulé, complet, reporté)'],
  ['--dk-color-focus', 'danger', 'contour du focus clavier'],
  ['--dk-font-family', 'font', 'police'],
] as const;

/** The theme baked into the widget: every brand colour by token, then the fallback for what the brand lacks. */
export function widgetTheme(brand: Pick<Brand, 'colors' | 'fonts'> | undefined): Record<string, string> {
  const theme: Record<string, string> = { ...WIDGET_THEME_FALLBACK };
  // The colours the site's theme refuses for contrast (site/src/lib/theme.ts) keep their accessible default here too.
  const refused = new Set(buildTheme(brand).rejected.flatMap((r) => (brand?.colors[r.index]?.token === r.token ? [r.token] : [])));
  for (const color of brand?.colors ?? []) if (!refused.has(color.token)) theme[color.token] = color.value;
  const text = brand?.fonts.find((font) => /texte/i.test(font.role)) ?? brand?.fonts[0];
  if (text?.fallback) theme.font = text.fallback;
  return theme;
}

/** The widget's bundled code with its placeholders filled: brand theme and the site's origin. */
export function widgetScript(code: string, theme: Record<string, string>, siteOrigin: string): string {
  // Values go into CSS: keep only characters a colour or a font stack needs.
  const safe = Object.fromEntries(Object.entries(theme).map(([k, v]) => [k, v.replace(/[^\w\s#,.'"()%-]/g, '')]));
  return code.replaceAll('__DK_BRAND__', JSON.stringify(safe)).replaceAll('__DK_SITE__', JSON.stringify(siteOrigin));
}
