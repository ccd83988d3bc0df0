import { createHash } from 'node:crypto';
import type { Brand } from '@dk20000/shared';
import { contrastRatio } from './contrast';
import type { Locale } from './entry-id';

/**
 * Open Graph images (the picture LinkedIn, Facebook or WhatsApp show beside a shared link): pure parts. Each indexable
 * page names its image `/og/<digest>.png`, the digest of everything drawn on it (this file's `OgImageSpec`), so the
 * layout and the build step that draws the images (og-integration.ts) agree on the name without talking to each
 * other, and an unchanged page keeps its image from build to build.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Raise it when the drawing changes: every image gets a new name and is drawn again. */
export const OG_RENDERER_VERSION = 1;
/** Where the layout leaves the specs of the images for the build step: its folder, set by og-integration.ts. */
export const OG_SPECS_DIR_ENV = 'DK20000_OG_SPECS_DIR';
/** Folder of the images in the built site. */
export const OG_PATH = '/og/';
/** How the built HTML names an image (`/og/<16 hex digits>.png`). */
export const OG_FILE_PATTERN = /\/og\/([0-9a-f]{16})\.png/g;

/**
 * The site's default palette (site/src/styles/global.css), for what the brand does not define: `primary` is
 * --color-primary, `text` --color-ink, `accent` --color-highlight (the accent the site uses on dark backgrounds),
 * `background` white. A test checks these values against global.css.
 */
export const DEFAULT_OG_COLORS = {
  primary: '#0a4d68',
  accent: '#ffd23f',
  text: '#14213d',
  background: '#ffffff',
} as const;

/** The colours of an image, each a `#rrggbb` from the brand or the default palette. */
export interface OgPalette {
  /** The whole image's background: the brand's `primary`. */
  background: string;
  /** The title and the tagline: white or the text colour, whichever reads best on the background. */
  title: string;
  /** The programme's name: the accent when it reads at 4.5:1 on the background, else the title colour. */
  programme: string;
  /** The decorative band and rule: the accent. */
  accent: string;
  /** The card behind the logo (logos are drawn for light backgrounds). */
  panel: string;
  /** The card's outline, when the card would not stand out from the background. */
  panelLine?: string | undefined;
}

/** Everything drawn on an image: its digest names the file. */
export interface OgImageSpec {
  version: number;
  lang: Locale;
  /** The page's title, one line of plain text. */
  title: string;
  /** « 20 000 emplois durables » */
  programme: string;
  /** « Bassin d’emploi de Dunkerque » */
  tagline: string;
  palette: OgPalette;
  /** The brand's first logo (its URL carries the file's version), if any. */
  logo?: { url: string; mime?: string | undefined } | undefined;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The palette of the images from the brand's colour tokens, each missing or invalid token from the default palette. */
export function ogPalette(colors: Brand['colors'] | undefined): OgPalette {
  const token = (name: keyof typeof DEFAULT_OG_COLORS): string => {
    const value = colors?.find((color) => color.token === name)?.value;
    return (value && HEX.test(value) ? value : DEFAULT_OG_COLORS[name]).toLowerCase();
  };
  const background = token('primary');
  const accent = token('accent');
  const light = token('background');
  const dark = token('text');
  const title = contrastRatio(light, background) >= contrastRatio(dark, background) ? light : dark;
  const programme = contrastRatio(accent, background) >= 4.5 ? accent : title;
  const panel = '#ffffff';
  return { background, title, programme, accent, panel, panelLine: contrastRatio(panel, background) < 1.5 ? title : undefined };
}

/** The image's spec for a page of the given title, in the brand's colours and with its first logo. */
export function ogImageSpec(input: {
  title: string;
  programme: string;
  tagline: string;
  brand?: Pick<Brand, 'colors' | 'logos'> | undefined;
  lang?: Locale;
}): OgImageSpec {
  const logo = input.brand?.logos.find((image) => /^https?:\/\//.test(image.url));
  return {
    version: OG_RENDERER_VERSION,
    lang: input.lang ?? 'fr',
    title: plainLine(input.title),
    programme: plainLine(input.programme),
    tagline: plainLine(input.tagline),
    palette: ogPalette(input.brand?.colors),
    ...(logo ? { logo: { url: logo.url, ...(logo.mime ? { mime: logo.mime } : {}) } } : {}),
  };
}

/** The digest of a spec: 16 hex digits of the SHA-256 of its canonical JSON (keys sorted). */
export function ogImageDigest(spec: OgImageSpec): string {
  return createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 16);
}

/** The image's path in the built site, `/og/<digest>.png`. */
export function ogImagePath(spec: OgImageSpec): string {
  return `${OG_PATH}${ogImageDigest(spec)}.png`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Text

/**
 * Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF): an SVG holding one would not parse.
 * Tabs and line breaks become spaces like any other whitespace.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of plain text: characters XML cannot hold removed, whitespace runs (not non-breaking spaces) made one space. */
export function plainLine(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[\t\n\r ]+/g, ' ')
    .trim();
}

/** Text escaped for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Advance widths of DejaVu Sans Bold, the widest of the fonts the images ask for (DejaVu Sans, then Liberation Sans),
 * in thousandths of an em, for U+0020…U+007E: a line measured with them fits in whichever of the two is drawn.
 */
const ASCII_WIDTHS = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
  733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
  712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
const OTHER_WIDTHS: Record<string, number> = {
  '\u00a0': 348,
  '\u202f': 365,
  '«': 646,
  '»': 646,
  '’': 380,
  '‘': 380,
  '“': 657,
  '”': 657,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '€': 696,
  '°': 500,
  œ: 1094,
  Œ: 1167,
  æ: 1048,
  Æ: 1085,
};

/** The width of a character in em: its own, its base letter's (é → e), or a full em for anything else. */
function charWidth(char: string): number {
  const other = OTHER_WIDTHS[char];
  if (other !== undefined) return other / 1000;
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20]! / 1000;
  const base = char.normalize('NFD').codePointAt(0)!;
  if (base >= 0x20 && base <= 0x7e) return ASCII_WIDTHS[base - 0x20]! / 1000;
  return 1;
}

/** The width of a text in em (a safe upper bound for the fonts the images use). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Spaces a line may break at; non-breaking spaces (before « : ; ! ? », inside « guillemets ») never break. */
const BREAKABLE = / +/;
/** What a shortened line must not end with before its ellipsis: spaces, punctuation that announces more, an opening quote. */
const DANGLING = /[\s\u00a0\u202f]*[,;:!?.«—–-]*[\s\u00a0\u202f]*$/u;

export interface WrappedTitle {
  lines: string[];
  /** Some words did not fit: the last line ends with an ellipsis. */
  shortened: boolean;
}

/**
 * A title cut into at most `maxLines` lines of at most `maxWidth` em, at ordinary spaces only (a word bound to the
 * next by a non-breaking space moves with it). A word wider than a line is cut where it must. What does not fit is
 * dropped after the last word that does, with an ellipsis « … » (and the closing guillemet of a quotation left open).
 */
export function wrapTitle(text: string, maxWidth: number, maxLines: number): WrappedTitle {
  const words = plainLine(text).split(BREAKABLE).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let rest = 0;
  const pieces: string[] = [];
  for (const word of words) {
    if (textWidth(word) <= maxWidth) pieces.push(word);
    else pieces.push(...splitWord(word, maxWidth));
  }
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const candidate = current ? `${current} ${piece}` : piece;
    if (textWidth(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = piece;
    if (lines.length === maxLines) {
      rest = pieces.length - i;
      break;
    }
  }
  if (rest === 0 && current) lines.push(current);
  if (rest === 0) return { lines, shortened: false };
  // Too long: shorten the last line until it holds its ellipsis.
  const opened = (s: string) => (s.match(/«/g)?.length ?? 0) > (s.match(/»/g)?.length ?? 0);
  let last = lines.pop() ?? '';
  const ending = () => {
    const kept = last.replace(DANGLING, '');
    return `${kept}…${opened([...lines, kept].join(' ')) ? '\u00a0»' : ''}`;
  };
  while (textWidth(ending()) > maxWidth && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  while (textWidth(ending()) > maxWidth && [...last].length > 1) last = [...last].slice(0, -1).join('');
  lines.push(ending());
  return { lines, shortened: true };
}

/** A word wider than a line, in pieces that each fit. */
function splitWord(word: string, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

/** Fonts asked of fontconfig, widest first (the widths above are DejaVu Sans Bold's). */
export const OG_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, 'Noto Sans', sans-serif";

const MARGIN = 80;
const LOGO_CARD = { x: 872, y: 96, size: 248, padding: 24 } as const;
/** Title sizes tried, largest first, with the lines each may take. */
const TITLE_SIZES = [
  { size: 72, lines: 3 },
  { size: 60, lines: 4 },
  { size: 52, lines: 5 },
] as const;
const TITLE_TOP = 96;
const TITLE_BOTTOM = 452;
const LINE_HEIGHT = 1.18;

/** Where the logo goes (inside its card), in image pixels. */
export const OG_LOGO_BOX = {
  left: LOGO_CARD.x + LOGO_CARD.padding,
  top: LOGO_CARD.y + LOGO_CARD.padding,
  size: LOGO_CARD.size - 2 * LOGO_CARD.padding,
} as const;

/** The title's font size and lines: the largest size whose lines hold it whole, else the smallest, shortened. */
export function layoutTitle(title: string, withLogo: boolean): { size: number; lines: string[]; shortened: boolean } {
  const widthPx = (withLogo ? LOGO_CARD.x - 48 : OG_WIDTH - MARGIN) - MARGIN;
  let wrapped: WrappedTitle = { lines: [], shortened: false };
  for (const { size, lines } of TITLE_SIZES) {
    wrapped = wrapTitle(title, widthPx / size, lines);
    if (!wrapped.shortened) return { size, ...wrapped };
  }
  return { size: TITLE_SIZES.at(-1)!.size, ...wrapped };
}

/**
 * The image as SVG (1200×630): the brand's primary colour as background, an accent band, the title on up to five
 * lines, the programme's name and tagline at the bottom, and a light card at the top right for the logo (composited
 * afterwards, at OG_LOGO_BOX). Without usable fonts (`text: false`) no text is drawn: only shapes and the logo.
 */
export function ogImageSvg(spec: OgImageSpec, options: { logo: boolean; text: boolean }): string {
  const { palette } = spec;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${palette.background}"/>`,
    `<rect width="${OG_WIDTH}" height="16" fill="${palette.accent}"/>`,
    `<rect x="${MARGIN}" y="486" width="96" height="8" fill="${palette.accent}"/>`,
  ];
  if (options.logo) {
    const line = palette.panelLine ? ` stroke="${palette.panelLine}" stroke-width="3"` : '';
    parts.push(
      `<rect x="${LOGO_CARD.x}" y="${LOGO_CARD.y}" width="${LOGO_CARD.size}" height="${LOGO_CARD.size}" rx="28" fill="${palette.panel}"${line}/>`,
    );
  }
  if (options.text) {
    const { size, lines } = layoutTitle(spec.title, options.logo);
    const step = Math.round(size * LINE_HEIGHT);
    const blockHeight = step * (lines.length - 1) + size;
    // Vertically centred in the title area, the first baseline one cap height below the block's top.
    const firstBaseline = Math.round(TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - blockHeight) / 2 + size * 0.8);
    const font = `font-family="${escapeXml(OG_FONT_FAMILY)}"`;
    parts.push(
      `<text x="${MARGIN}" y="${firstBaseline}" ${font} font-size="${size}" font-weight="700" fill="${palette.title}">`,
      ...lines.map((line, i) => `<tspan x="${MARGIN}" y="${firstBaseline + i * step}">${escapeXml(line)}</tspan>`),
      '</text>',
      `<text x="${MARGIN}" y="552" ${font} font-size="38" font-weight="700" fill="${palette.programme}">${escapeXml(oneLine(spec.programme, 1040 / 38))}</text>`,
      `<text x="${MARGIN}" y="594" ${font} font-size="28" fill="${palette.title}">${escapeXml(oneLine(spec.tagline, 1040 / 28))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** One line, shortened with an ellipsis when wider than `maxWidth` em. */
function oneLine(text: string, maxWidth: number): string {
  return wrapTitle(text, maxWidth, 1).lines[0] ?? '';
}
