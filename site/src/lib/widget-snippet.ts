import { fileSlug } from '@dk20000/shared/file-names';
import { agendaPaths, feedUrl } from '../../widget/src/core';

/**
 * The snippets of the partner page's generator (/widget/): the web component, the iframe, the feed URLs. Pure, so
 * that the page's script (live update) and Vitest share it.
 */

export type EmbedMode = 'composant' | 'iframe' | 'flux';

/** What a partner picks in the generator (field names are the form's, values as submitted). */
export interface SnippetChoice {
  mode: EmbedMode;
  lieu?: string | undefined;
  public?: string | undefined;
  type?: string | undefined;
  limit?: string | undefined;
  layout?: string | undefined;
  lang?: string | undefined;
  /** Colours different from the brand's default, by token (`primary`, `text`, `background`, `surface`). */
  colors?: Readonly<Record<string, string>> | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX = /^#[0-9a-f]{6}$/i;
/** The colours a partner can set in the generator. */
export const SNIPPET_COLORS = ['primary', 'text', 'background', 'surface'] as const;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The widget attributes of a choice, in a stable order, defaults left out. */
export function snippetAttributes(choice: SnippetChoice): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of ['lieu', 'public', 'type'] as const) {
    const value = choice[name];
    if (value && SLUG.test(value)) out.push([name, value]);
  }
  const limit = Number.parseInt(choice.limit ?? '', 10);
  if (Number.isInteger(limit) && limit > 0 && limit <= 50 && limit !== 5) out.push(['limit', String(limit)]);
  if (choice.layout === 'compact') out.push(['layout', 'compact']);
  if (choice.lang === 'en') out.push(['lang', 'en']);
  return out;
}

function colors(choice: SnippetChoice): Array<[string, string]> {
  return SNIPPET_COLORS.flatMap((token) => {
    const value = choice.colors?.[token];
    return value && HEX.test(value) ? [[token, value.toLowerCase()] as [string, string]] : [];
  });
}

/** The query string of the iframe page for a choice (`lieu=…&limit=3&primary=%23…`), empty for the defaults. */
export function embedQuery(choice: SnippetChoice): string {
  return new URLSearchParams([...snippetAttributes(choice), ...colors(choice)]).toString();
}

/**
 * Absolute URLs of the feeds matching a choice (JSON slice, ICS calendar when one exists for it). English: the
 * English JSON feed (same slices, /api/v1/en/…) and the English programme's calendar; a place's or a public's
 * calendar stays the French one, whose file is named after the same identifier as the feed's slice.
 */
export function feedUrls(choice: SnippetChoice, site: string): { json: string; ics: string } {
  const base = site.replace(/\/+$/, '');
  const lang = choice.lang === 'en' ? 'en' : 'fr';
  const attrs = snippetAttributes(choice);
  const [first] = attrs.filter(([name]) => name === 'lieu' || name === 'public' || name === 'type');
  const filter = first ? { [first[0]]: first[1] } : {};
  const json = feedUrl(base, { ...filter, lang });
  const ics = first && first[0] !== 'type' ? `${base}/agenda/${first[0]}/${fileSlug(first[1])}.ics` : `${base}${agendaPaths[lang]}programme.ics`;
  return { json, ics };
}

/** The snippet to paste for a choice, against the site at `site` (its origin, e.g. https://emplois.example). */
export function snippet(choice: SnippetChoice, site: string): string {
  const base = site.replace(/\/+$/, '');
  const attrs = snippetAttributes(choice);
  const en = choice.lang === 'en';
  if (choice.mode === 'flux') {
    const { json, ics } = feedUrls(choice, base);
    return `${json}\n${ics}`;
  }
  if (choice.mode === 'iframe') {
    const query = embedQuery(choice);
    const title = en ? 'Upcoming events — 20,000 sustainable jobs' : 'Prochains rendez-vous — 20 000 emplois durables';
    return [
      `<iframe src="${escapeAttr(`${base}/widget/v1/embed/${query ? `?${query}` : ''}`)}" title="${title}" width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      `<script src="${base}/widget/v1/resize.js" defer></script>`,
    ].join('\n');
  }
  const style = colors(choice)
    .map(([token, value]) => `--dk-color-${token}:${value}`)
    .join(';');
  const attributes = [...attrs, ...(style ? [['style', style] as [string, string]] : [])]
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  const fallback = en ? 'See the programme of 20,000 sustainable jobs' : 'Voir le programme des 20 000 emplois durables';
  return [
    `<script src="${base}/widget/v1/programme.js" defer></script>`,
    `<dk-programme${attributes}>`,
    `  <a href="${base}${agendaPaths[en ? 'en' : 'fr']}">${fallback}</a>`,
    '</dk-programme>',
  ].join('\n');
}
