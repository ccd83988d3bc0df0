import type { brand as fr } from '../fr/brand';
import type { Widen } from '../types';

/** Interface text of /en/brand-guidelines/. */
export const brand: Widen<typeof fr> = {
  title: 'Brand guidelines',
  description:
    'The brand guidelines of the 20,000 sustainable jobs programme: colours and their contrast, fonts, logos, a kit to download and rules of use.',
  missing: 'The brand guidelines have not been published yet. Please come back soon.',
  backHome: 'Back to the home page',
  colors: 'Colours',
  colorsIntro:
    'Each colour is given with its hexadecimal code and its contrast, calculated according to WCAG 2.1, on a white background, on a black background and with the body text colour. Level AA requires 4.5:1 for body text and 3:1 for large text (24 px, or 18.66 px bold); level AAA requires 7:1 and 4.5:1.',
  token: 'CSS variable: ',
  hex: 'Code: ',
  contrastCaption: (name: string) => `Contrast of the colour ${name}`,
  pairColumn: 'Combination',
  ratioColumn: 'Contrast',
  verdictColumn: 'WCAG level',
  fonts: 'Fonts',
  fontRole: 'Use: ',
  fontStack: 'Font stack: ',
  fontSample: 'Proudly carrying the 20,000 sustainable jobs of the Dunkirk area: 0123456789.',
  sampleLabel: 'Sample: ',
  logos: 'Logos',
  download: 'Download',
  kit: 'Kit to download',
  kitIntro: 'The kit’s files open or save from the programme’s media library.',
  rules: 'Rules of use',
  do: 'Do',
  dont: 'Avoid',
  onWhite: 'On a white background',
  onBlack: 'On a black background',
  withText: (name: string) => `With the body text (${name})`,
  ink: 'Ink',
  verdicts: {
    aaa: 'AAA: suitable for all text',
    aa: 'AA: suitable for all text (AAA for large text)',
    largeOnly: 'AA for large text only, not enough for body text',
    fail: 'Not enough for text, for decorative elements only',
  },
  file: 'file',
  kilobytes: 'kB',
  megabytes: 'MB',
};
