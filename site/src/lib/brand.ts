import { createHash } from 'node:crypto';
import { type Brand, type BrandColor, type File, fileSlug } from '@dk20000/shared';
import { contrastRatio, contrastVerdict, type ContrastVerdict, displayRatio, formatRatio } from './contrast';
import { filterSlug } from './filters';
import { formatNumber } from './format';
import { brand as en } from '../i18n/en/brand';
import { brand as fr } from '../i18n/fr/brand';
import { locales, type Lang } from '../i18n/lang';

const texts = { fr, en } as const;

/** What a colour token is checked against on /charte-graphique/. */
export interface ContrastPair {
  /** « Sur fond blanc » */
  against: string;
  /** The other colour, #RRGGBB. */
  hex: string;
  ratio: number;
  /** « 4,48:1 » */
  ratioText: string;
  verdict: ContrastVerdict;
}

/** The brand's body text colour: the token `text`, else the darkest colour, else the site's ink. */
export function textColor(colors: readonly BrandColor[], lang: Lang = 'fr'): { name: string; hex: string } {
  const token = colors.find((c) => c.token === 'text');
  if (token) return { name: token.name, hex: token.value };
  return { name: texts[lang].ink, hex: '#14213D' };
}

/**
 * The contrast of `color` on white, on black and with the brand's text colour (left out when it is that colour),
 * with its WCAG verdict.
 */
export function contrastPairs(color: Pick<BrandColor, 'value'>, text: { name: string; hex: string }, lang: Lang = 'fr'): ContrastPair[] {
  const t = texts[lang];
  const others = [
    { against: t.onWhite, hex: '#FFFFFF' },
    { against: t.onBlack, hex: '#000000' },
    ...(text.hex.toLowerCase() === color.value.toLowerCase() ? [] : [{ against: t.withText(text.name), hex: text.hex.toUpperCase() }]),
  ];
  return others.map(({ against, hex }) => {
    const ratio = contrastRatio(color.value, hex);
    const verdict = contrastVerdict(ratio);
    return lang === 'fr'
      ? { against, hex, ratio, ratioText: formatRatio(ratio), verdict }
      : { against, hex, ratio, ratioText: ratioIn(ratio, lang), verdict: { ...verdict, words: verdictWords(verdict, lang) } };
  });
}

/** « 4.48:1 » in the language's number format (formatRatio gives the French « 4,48:1 »). */
function ratioIn(ratio: number, lang: Lang): string {
  const format = new Intl.NumberFormat(locales[lang].intl, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${format.format(displayRatio(ratio))}:1`;
}

/** What a verdict allows, in words of the language (contrastVerdict's `words` are French). */
export function verdictWords(verdict: Pick<ContrastVerdict, 'normalText' | 'largeText'>, lang: Lang): string {
  const v = texts[lang].verdicts;
  if (verdict.normalText === 'AAA') return v.aaa;
  if (verdict.normalText === 'AA') return v.aa;
  return verdict.largeText === 'AA' ? v.largeOnly : v.fail;
}

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/x-zip-compressed': 'ZIP',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
  'image/webp': 'WebP',
  'font/woff2': 'WOFF2',
  'font/woff': 'WOFF',
  'font/ttf': 'TTF',
  'font/otf': 'OTF',
};

/** « PDF », « PNG », or the file's extension in capitals when the type is unknown. */
export function fileFormat(file: { mime: string; name: string }, lang: Lang = 'fr'): string {
  const known = FORMATS[file.mime.toLowerCase()];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1];
  return ext ? ext.toUpperCase() : texts[lang].file;
}

/** « 3,7 Ko », « 1,2 Mo » from a size in kB (Strapi's unit); undefined when unknown. */
export function fileSize(sizeKb: number | undefined, lang: Lang = 'fr'): string | undefined {
  if (sizeKb === undefined) return undefined;
  const t = texts[lang];
  if (sizeKb >= 1000) return `${formatNumber(Math.round(sizeKb / 100) / 10, lang)}\u00a0${t.megabytes}`;
  return `${formatNumber(Math.max(0.1, Math.round(sizeKb * 10) / 10), lang)}\u00a0${t.kilobytes}`;
}

/**
 * A font stack an editor typed, if it is safe to write into the page's CSS (letters, digits, spaces, commas, quotes,
 * dots, dashes and underscores only: nothing that could end a rule or the style element).
 */
export function safeFontStack(stack: string | undefined): string | undefined {
  const trimmed = stack?.trim();
  return trimmed && /^[\p{L}\p{N}\s,'"._-]+$/u.test(trimmed) ? trimmed : undefined;
}

/** The CSS of the page's swatches and font samples (`.brand-color-<i>`, `.brand-font-<i>`), from validated values. */
export function brandCss(colors: ReadonlyArray<{ value: string }>, fonts: ReadonlyArray<{ fallback?: string | undefined }>): string {
  const rules: string[] = [];
  colors.forEach((color, i) => {
    if (/^#[0-9a-f]{6}$/i.test(color.value)) rules.push(`.brand-color-${i}{background-color:${color.value}}`);
  });
  fonts.forEach((font, i) => {
    const stack = safeFontStack(font.fallback);
    if (stack) rules.push(`.brand-font-${i}{font-family:${stack}}`);
  });
  return rules.join('');
}

/**
 * Where the site serves its own copy of a brand file (a logo, a kit file, a font), copied from the CMS at build time:
 * readers download it from the site, never from the CMS. Named after the file and its CMS version, so that a new
 * upload gets a new address: `/charte-graphique/fichiers/logo-horizontal-3f2a9c.svg`.
 */
export function brandFileHref(file: { url: string; name: string }): string {
  const dot = file.name.lastIndexOf('.');
  const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const stem = filterSlug(dot > 0 ? file.name.slice(0, dot) : file.name) || 'fichier';
  const version = /[?&]v=([0-9a-z]+)/i.exec(file.url)?.[1] ?? createHash('sha1').update(file.url).digest('hex').slice(0, 12);
  return `/charte-graphique/fichiers/${fileSlug(`${stem}-${version}`)}${ext ? `.${ext}` : ''}`;
}

/** Every file of the brand the site serves a copy of (logos, kit, fonts), once each. */
export function brandFiles(brand: Pick<Brand, 'logos' | 'kit' | 'fonts'> | undefined): Array<{ href: string; file: File }> {
  if (!brand) return [];
  const files = [...brand.logos, ...brand.kit, ...brand.fonts.flatMap((font) => (font.file ? [font.file] : []))];
  const byHref = new Map(files.map((file) => [brandFileHref(file), file]));
  return [...byHref].map(([href, file]) => ({ href, file }));
}

