import { type Brand, type BrandColor, type BrandFont, type ContentIssue, fieldLabel, fileSlug, typeLabel } from '@dk20000/shared';
import { contrastRatio, formatRatio, parseHex } from './contrast';
import type { Locale } from './entry-id';

/**
 * The site's theme from the brand (single type `brand`): its colour tokens become the CSS custom properties of
 * site/src/styles/global.css, each checked against WCAG 2.1 AA on every text/background pair the site draws, its fonts
 * the font stacks (self-hosted when the brand has a font file). Pure: the layout writes `themeCss()` into a <style>,
 * the loader reports `themeIssues()` to the editors, the widget and the poster read the same `buildTheme()`.
 */

/** A colour variable of global.css, without its `--color-` prefix. */
export type ThemeVariable =
  | 'ink'
  | 'muted'
  | 'primary'
  | 'primary-dark'
  | 'accent'
  | 'surface'
  | 'line'
  | 'highlight'
  | 'warning'
  | 'focus';

/**
 * Which brand token drives which site variable (the first token the brand defines wins), with the accessible default
 * of the variable: its value in global.css (a test checks they agree). `--color-primary-dark` without a
 * `primary-dark` token is the brand's `primary` darkened by 30 %. The page background stays white.
 */
export const THEME_MAPPING: ReadonlyArray<{ variable: ThemeVariable; tokens: readonly string[]; fallback: string; role: string }> = [
  { variable: 'ink', tokens: ['text'], fallback: '#14213d', role: 'le texte courant' },
  { variable: 'muted', tokens: ['text-muted'], fallback: '#4a5568', role: 'le texte secondaire' },
  { variable: 'primary', tokens: ['primary'], fallback: '#0a4d68', role: 'les liens et les boutons' },
  { variable: 'primary-dark', tokens: ['primary-dark'], fallback: '#063447', role: 'les titres et le pied de page' },
  { variable: 'accent', tokens: ['secondary'], fallback: '#1b6b3a', role: 'les étiquettes et les textes d’accent' },
  { variable: 'surface', tokens: ['surface'], fallback: '#f3f6f7', role: 'le fond des encadrés' },
  { variable: 'line', tokens: ['border'], fallback: '#c9d3d8', role: 'les filets décoratifs' },
  { variable: 'highlight', tokens: ['accent'], fallback: '#ffd23f', role: 'les textes et le focus sur fond foncé' },
  { variable: 'warning', tokens: ['warning', 'danger'], fallback: '#8a3b00', role: 'les alertes (annulé, complet)' },
  { variable: 'focus', tokens: ['focus', 'danger'], fallback: '#b3261e', role: 'le contour du focus clavier' },
];

/** A colour of a pair: a site variable, or white (the page background and the text on dark buttons). */
type PairSide = ThemeVariable | 'white';

/**
 * Every text/background pair the site draws (global.css, the header, footer, buttons, cards, the poster), with its WCAG
 * AA minimum: 4.5:1 for text, 3:1 for non-text UI (focus outlines). `--color-line` is decorative only (separators), so
 * it is not checked; input borders use `--color-muted`, checked as text.
 */
export const THEME_PAIRS: ReadonlyArray<{ fg: PairSide; bg: PairSide; min: 4.5 | 3 }> = [
  { fg: 'ink', bg: 'white', min: 4.5 },
  { fg: 'ink', bg: 'surface', min: 4.5 },
  { fg: 'muted', bg: 'white', min: 4.5 },
  { fg: 'muted', bg: 'surface', min: 4.5 },
  { fg: 'primary', bg: 'white', min: 4.5 },
  { fg: 'primary', bg: 'surface', min: 4.5 },
  { fg: 'primary-dark', bg: 'white', min: 4.5 },
  { fg: 'primary-dark', bg: 'surface', min: 4.5 },
  { fg: 'accent', bg: 'white', min: 4.5 },
  { fg: 'accent', bg: 'surface', min: 4.5 },
  { fg: 'warning', bg: 'white', min: 4.5 },
  { fg: 'warning', bg: 'surface', min: 4.5 },
  { fg: 'white', bg: 'primary', min: 4.5 },
  { fg: 'white', bg: 'primary-dark', min: 4.5 },
  { fg: 'white', bg: 'ink', min: 4.5 },
  { fg: 'highlight', bg: 'primary-dark', min: 4.5 },
  { fg: 'focus', bg: 'white', min: 3 },
  { fg: 'focus', bg: 'surface', min: 3 },
];

/** How a reader names the colours of a pair in a report. */
const WHITE_WORDS = 'le blanc';

/** The default font stacks of global.css (--font-sans, --font-mono). */
export const DEFAULT_FONTS = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
} as const;

/** A font file the build self-hosts: fetched from `source` (the CMS media), served at `href`. */
export interface ThemeFontFile {
  family: string;
  source: string;
  href: string;
  format: 'woff2' | 'woff' | 'truetype';
}

/** A brand colour the theme refused, and why (the editors read it in the build log and the admin). */
export interface ThemeRejection {
  variable: ThemeVariable;
  /** The brand colour whose value was refused (its token, name and index in `colors`). */
  token: string;
  name: string;
  index: number;
  value: string;
  ratio: number;
  min: number;
  /** « le blanc », « le fond des encadrés (« Gris brume ») » */
  against: string;
  /** The value used instead. */
  fallback: string;
}

export interface Theme {
  /** `--color-<variable>` → #rrggbb, every variable set. */
  colors: Record<ThemeVariable, string>;
  /** Where each colour comes from: the brand token, or `default`. */
  sources: Record<ThemeVariable, string>;
  rejected: ThemeRejection[];
  fonts: { sans: string; mono: string };
  fontFiles: ThemeFontFile[];
  /** The brand's first logo, if any (header and poster). */
  logo?: Brand['logos'][number] | undefined;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** `hex` mixed with black: `amount` 0.3 keeps 70 % of each channel. */
export function darken(hex: string, amount: number): string {
  return `#${parseHex(hex)
    .map((channel) => Math.round(channel * (1 - amount)).toString(16).padStart(2, '0'))
    .join('')}`;
}

function findToken(colors: readonly BrandColor[], tokens: readonly string[]): { color: BrandColor; index: number } | undefined {
  for (const token of tokens) {
    const index = colors.findIndex((color) => color.token === token && HEX.test(color.value));
    if (index >= 0) return { color: colors[index]!, index };
  }
  return undefined;
}

const FONT_FORMATS: Record<string, ThemeFontFile['format']> = {
  woff2: 'woff2',
  woff: 'woff',
  ttf: 'truetype',
  otf: 'truetype',
};

/** The format of a font file from its MIME type or its extension; undefined for anything else (a ZIP, a PDF). */
export function fontFormat(file: { mime: string; name: string; url: string }): ThemeFontFile['format'] | undefined {
  const fromMime = /^(?:font|application)\/(?:x-)?(?:font-)?(woff2|woff|ttf|otf|sfnt)$/i.exec(file.mime)?.[1]?.toLowerCase();
  if (fromMime) return fromMime === 'sfnt' ? 'truetype' : FONT_FORMATS[fromMime];
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? /\.([a-z0-9]+)(?:\?|$)/i.exec(file.url)?.[1]?.toLowerCase();
  return ext ? FONT_FORMATS[ext] : undefined;
}

/** A family name safe to quote in CSS (letters, digits, spaces, dots, dashes, underscores). */
function safeFamily(name: string): string | undefined {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return trimmed && /^[\p{L}\p{N} ._-]+$/u.test(trimmed) ? trimmed : undefined;
}

/** A font stack an editor typed, if safe to write into CSS (same rule as /charte-graphique/). */
function safeStack(stack: string | undefined): string | undefined {
  const trimmed = stack?.trim();
  return trimmed && /^[\p{L}\p{N}\s,'"._-]+$/u.test(trimmed) ? trimmed : undefined;
}

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'police';

/** Which stack a brand font sets, from its role: code and tabular data → mono, anything else → sans (first wins). */
const fontSlot = (font: BrandFont): 'sans' | 'mono' => (/code|chasse fixe|mono|tabul/i.test(font.role) ? 'mono' : 'sans');

function buildFonts(fonts: readonly BrandFont[]): Pick<Theme, 'fonts' | 'fontFiles'> {
  const result = { sans: DEFAULT_FONTS.sans as string, mono: DEFAULT_FONTS.mono as string };
  const fontFiles: ThemeFontFile[] = [];
  const done = new Set<'sans' | 'mono'>();
  for (const font of fonts) {
    const slot = fontSlot(font);
    if (done.has(slot)) continue;
    done.add(slot);
    const fallback = safeStack(font.fallback) ?? DEFAULT_FONTS[slot];
    const family = safeFamily(font.name);
    const format = font.file ? fontFormat(font.file) : undefined;
    if (font.file && family && format) {
      const version = /[?&]v=([0-9a-f]+)/i.exec(font.file.url)?.[1];
      const ext = format === 'truetype' ? (/\.otf$/i.test(font.file.name) ? 'otf' : 'ttf') : format;
      const href = `/polices/${fileSlug(`${slugify(family)}${version ? `-${version}` : ''}`)}.${ext}`;
      fontFiles.push({ family, source: font.file.url, href, format });
      result[slot] = `"${family}", ${fallback}`;
    } else {
      result[slot] = fallback;
    }
  }
  return { fonts: result, fontFiles };
}

/**
 * The theme of the site from the brand: each variable from its brand token (THEME_MAPPING) when every pair it is part
 * of reaches its WCAG AA minimum (THEME_PAIRS), else its accessible default. Pairs are checked until nothing changes,
 * so the final palette passes every pair (the defaults pass them all together).
 */
export function buildTheme(brand: Pick<Brand, 'colors' | 'fonts'> & Partial<Pick<Brand, 'logos'>> | undefined): Theme {
  const colors = {} as Record<ThemeVariable, string>;
  const sources = {} as Record<ThemeVariable, string>;
  const origin = new Map<ThemeVariable, { color: BrandColor; index: number; derived?: boolean }>();
  const brandColors = brand?.colors ?? [];
  for (const { variable, tokens, fallback } of THEME_MAPPING) {
    const found = findToken(brandColors, tokens);
    if (found) {
      colors[variable] = found.color.value.toLowerCase();
      sources[variable] = found.color.token;
      origin.set(variable, found);
    } else {
      colors[variable] = fallback;
      sources[variable] = 'default';
    }
  }
  const primary = origin.get('primary');
  if (!origin.has('primary-dark') && primary) {
    colors['primary-dark'] = darken(primary.color.value, 0.3);
    sources['primary-dark'] = `${primary.color.token} (foncé)`;
    origin.set('primary-dark', { ...primary, derived: true });
  }

  const byVariable = new Map(THEME_MAPPING.map((entry) => [entry.variable, entry]));
  const rejected: ThemeRejection[] = [];
  const value = (side: PairSide) => (side === 'white' ? '#ffffff' : colors[side]);
  const reset = (variable: ThemeVariable, ratio: number, min: number, other: PairSide) => {
    const from = origin.get(variable)!;
    const entry = byVariable.get(variable)!;
    let against = WHITE_WORDS;
    if (other !== 'white') {
      const otherOrigin = origin.get(other);
      const role = byVariable.get(other)!.role;
      against = otherOrigin ? `${role} (\u00ab\u00a0${otherOrigin.color.name}\u00a0\u00bb)` : role;
    }
    rejected.push({
      variable,
      token: from.derived ? `${from.color.token}, teinte foncée` : from.color.token,
      name: from.color.name,
      index: from.index,
      value: colors[variable],
      ratio,
      min,
      against,
      fallback: entry.fallback,
    });
    colors[variable] = entry.fallback;
    sources[variable] = 'default';
    origin.delete(variable);
    // The dark shade of a refused primary is not a brand colour either.
    if (variable === 'primary' && origin.get('primary-dark')?.derived) {
      colors['primary-dark'] = byVariable.get('primary-dark')!.fallback;
      sources['primary-dark'] = 'default';
      origin.delete('primary-dark');
    }
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const { fg, bg, min } of THEME_PAIRS) {
      const ratio = contrastRatio(value(fg), value(bg));
      if (ratio >= min) continue;
      // Blame the text first, then the background: whichever still comes from the brand.
      const blamed = [fg, bg].find((side): side is ThemeVariable => side !== 'white' && origin.has(side));
      if (!blamed) continue;
      reset(blamed, ratio, min, blamed === fg ? bg : fg);
      changed = true;
    }
  }

  return { colors, sources, rejected, ...buildFonts(brand?.fonts ?? []), logo: brand?.logos?.[0] };
}

/** The `:root{…}` rule of the theme: every colour variable and both font stacks. */
export function themeCss(theme: Theme): string {
  const faces = theme.fontFiles.map(
    (file) => `@font-face{font-family:"${file.family}";src:url("${file.href}") format("${file.format}");font-display:swap}`,
  );
  const vars = [
    ...THEME_MAPPING.map(({ variable }) => `--color-${variable}:${theme.colors[variable]}`),
    `--font-sans:${theme.fonts.sans}`,
    `--font-mono:${theme.fonts.mono}`,
  ];
  return `${faces.join('')}:root{${vars.join(';')}}`;
}

const MIN_WORDS: Record<number, string> = { 4.5: '4,5:1', 3: '3:1' };

/** « contraste 2,10:1 avec le blanc, il faut 4,5:1 pour les liens et les boutons » */
export function rejectionReason(rejection: ThemeRejection): string {
  const role = THEME_MAPPING.find((entry) => entry.variable === rejection.variable)?.role ?? rejection.variable;
  return `contraste ${formatRatio(rejection.ratio)} avec ${rejection.against}, il faut ${MIN_WORDS[rejection.min] ?? `${rejection.min}:1`} pour ${role}`;
}

/** What readers get instead of a refused colour. */
export const REJECTION_OUTCOME = 'La couleur par défaut est utilisée.';

/**
 * The French report of a refused colour: « Charte graphique, couleur « Jaune énergie » (accent) : contraste 2,10:1
 * avec le blanc, il faut 4,5:1 pour les liens et les boutons ; la couleur par défaut est utilisée. »
 */
export function rejectionText(rejection: ThemeRejection): string {
  return `Charte graphique, couleur \u00ab\u00a0${rejection.name}\u00a0\u00bb (${rejection.token})\u00a0: ${rejectionReason(rejection)}\u00a0; la couleur par défaut est utilisée.`;
}

/**
 * The refused colours of a brand entry as editors' content issues (/status `contentIssues`, the admin's « Site
 * public »): one per refused colour, on its `colors[i].value` field. `keptPrevious` is false: the colour is not on
 * the site, its accessible default is; the text says so.
 */
export function themeIssues(brand: Pick<Brand, 'documentId' | 'colors' | 'fonts'>, locale: Locale = 'fr'): ContentIssue[] {
  return buildTheme(brand).rejected.map((rejection) => {
    const path = ['colors', rejection.index, 'value'] as const;
    const text = rejectionText(rejection);
    return {
      type: 'brand',
      typeLabel: typeLabel('brand'),
      documentId: brand.documentId,
      locale,
      name: typeLabel('brand'),
      field: `colors[${rejection.index}].value`,
      fieldLabel: fieldLabel('brand', path),
      message: rejectionReason(rejection),
      keptPrevious: false,
      outcome: REJECTION_OUTCOME,
      text,
    };
  });
}
