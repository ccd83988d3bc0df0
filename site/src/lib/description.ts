import { dictionary, type Lang } from '../i18n';

/** Below this, a description says too little: the programme's description completes it. */
export const MIN_DESCRIPTION = 50;
/** What search engines show of a description. */
export const MAX_DESCRIPTION = 160;

const END_OF_SENTENCE = /[.!?…]$/u;

function clean(text: string | undefined | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function joinSentences(a: string, b: string): string {
  if (a === '') return b;
  return `${END_OF_SENTENCE.test(a) ? a : `${a}.`} ${b}`;
}

/** Cuts a text to `max` characters on a word boundary, with an ellipsis. */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.!?…'’«(–—-]+$/u, '')}…`;
}

/**
 * A meta description derived from the content, whatever the content is: never empty, never too short (the texts
 * are joined in order until it is long enough, then the programme's description completes it), cut on a word
 * boundary to a length search engines show.
 */
export function metaDescription(...texts: Array<string | undefined | null>): string {
  return metaDescriptionIn('fr', ...texts);
}

/** metaDescription() for a page of `lang`: completed with the programme's description in that language. */
export function metaDescriptionIn(lang: Lang, ...texts: Array<string | undefined | null>): string {
  let text = '';
  for (const part of texts.map(clean).filter(Boolean)) {
    if (text.length >= MIN_DESCRIPTION) break;
    text = joinSentences(text, part);
  }
  if (text.length < MIN_DESCRIPTION) text = joinSentences(text, dictionary(lang).frame.programme.description);
  return truncateOnWord(text, MAX_DESCRIPTION);
}
