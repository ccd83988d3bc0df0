import { createHash } from 'node:crypto';
import { type Brand, type BrandColor, type File, fileSlug } from '@dk20000/shared';
import { contrastRatio, contrastVerdict, type ContrastVerdict, formatRatio } from './contrast';
import { filterSlug } from './filters';
import { formatNumber } from './format';

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
export function textColor(colors: readonly BrandColor[]): { name: string; hex: string } {
  const token = colors.find((c) => c.token === 'text');
  if (token) return { name: token.name, hex: token.value };
  return { name: 'Encre', hex: '#14213D' };
}

/**
 * The contrast of `color` on white, on black and with the brand's text colour (left out when it is that colour),
 * with its WCAG verdict.
 */
export function contrastPairs(color: Pick<BrandColor, 'value'>, text: { name: string; hex: string }): ContrastPair[] {
  const others = [
    { against: 'Sur fond blanc', hex: '#FFFFFF' },
    { against: 'Sur fond noir', hex: '#000000' },
    ...(text.hex.toLowerCase() === color.value.toLowerCase() ? [] : [{ against: `Avec le texte courant (${text.name})`, hex: text.hex.toUpperCase() }]),
  ];
  return others.map(({ against, hex }) => {
    const ratio = contrastRatio(color.value, hex);
    return { against, hex, ratio, ratioText: formatRatio(ratio), verdict: contrastVerdict(ratio) };
  });
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
export function fileFormat(file: { mime: string; name: string }): string {
  const known = FORMATS[file.mime.toLowerCase()];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1];
  return ext ? ext.toUpperCase() : 'fichier';
}

/** « 3,7 Ko », « 1,2 Mo » from a size in kB (Strapi's unit); undefined when unknown. */
export function fileSize(sizeKb: number | undefined): string | undefined {
  if (sizeKb === undefined) return undefined;
  if (sizeKb >= 1000) return `${formatNumber(Math.round(sizeKb / 100) / 10)}\u00a0Mo`;
  return `${formatNumber(Math.max(0.1, Math.round(sizeKb * 10) / 10))}\u00a0Ko`;
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

