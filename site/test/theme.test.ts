import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND } from '../../cms/src/seed/data/brand';
import { contrastRatio } from '../src/lib/contrast';
import { buildTheme, darken, DEFAULT_FONTS, fontFormat, rejectionText, THEME_MAPPING, THEME_PAIRS, themeCss, themeIssues } from '../src/lib/theme';
import { widgetTheme } from '../src/lib/widget';

const css = readFileSync(new URL('../src/styles/global.css', import.meta.url), 'utf8');
const demo = { documentId: 'brand1', colors: BRAND.colors, fonts: BRAND.fonts, logos: [] };
const withColor = (token: string, value: string, name = 'Essai') => ({
  ...demo,
  colors: [...demo.colors.filter((c) => c.token !== token), { name, token, value }],
});
const pairValue = (colors: Record<string, string>, side: string) => (side === 'white' ? '#ffffff' : colors[side]!);

describe('theme mapping', () => {
  it('has as fallback of each variable its value in global.css', () => {
    for (const { variable, fallback } of THEME_MAPPING) {
      expect(css).toContain(`--color-${variable}: ${fallback};`);
    }
    expect(css).toContain(`--font-sans: ${DEFAULT_FONTS.sans};`);
    expect(css).toContain(`--font-mono: ${DEFAULT_FONTS.mono};`);
  });

  it('gives, with no brand at all, exactly the defaults, which pass every pair together', () => {
    const theme = buildTheme(undefined);
    expect(theme.rejected).toEqual([]);
    expect(Object.values(theme.sources).every((s) => s === 'default')).toBe(true);
    for (const { fg, bg, min } of THEME_PAIRS) expect(contrastRatio(pairValue(theme.colors, fg), pairValue(theme.colors, bg))).toBeGreaterThanOrEqual(min);
  });

  it('takes every colour of the demo brand, refusing none, and derives the dark primary from primary', () => {
    const theme = buildTheme(demo);
    expect(theme.rejected).toEqual([]);
    expect(theme.colors).toMatchObject({
      ink: '#1f2933',
      muted: '#52606d',
      primary: '#0b3d6b',
      'primary-dark': darken('#0B3D6B', 0.3),
      accent: '#0e7c7b',
      surface: '#f5f7fa',
      line: '#cbd2d9',
      highlight: '#f2a900',
      warning: '#b3261e',
      focus: '#b3261e',
    });
    expect(theme.sources['primary-dark']).toBe('primary (foncé)');
  });

  it('writes a :root rule with every colour variable and the brand font stacks', () => {
    const out = themeCss(buildTheme(demo));
    expect(out).toMatch(/^:root\{--color-ink:#1f2933;--color-muted:#52606d;--color-primary:#0b3d6b;/);
    expect(out).toContain(`--font-sans:${BRAND.fonts[0]!.fallback}`);
    expect(out).toContain(`--font-mono:${BRAND.fonts[1]!.fallback}`);
    expect(out).not.toContain('@font-face');
  });
});

describe('fallbacks of colours below WCAG AA', () => {
  it('refuses a yellow primary (links on white), uses the default primary and its dark shade, and says so in French', () => {
    const theme = buildTheme(withColor('primary', '#F2E600', 'Jaune citron'));
    expect(theme.colors.primary).toBe('#0a4d68');
    expect(theme.colors['primary-dark']).toBe('#063447');
    expect(theme.rejected).toHaveLength(1);
    expect(rejectionText(theme.rejected[0]!)).toBe(
      'Charte graphique, couleur «\u00a0Jaune citron\u00a0» (primary)\u00a0: contraste 1,30:1 avec le blanc, il faut 4,5:1 pour les liens et les boutons\u00a0; la couleur par défaut est utilisée.',
    );
  });

  it('refuses a light grey text on white but keeps every other brand colour', () => {
    const theme = buildTheme(withColor('text-muted', '#9AA5B1', 'Gris clair'));
    expect(theme.colors.muted).toBe('#4a5568');
    expect(theme.sources.muted).toBe('default');
    expect(theme.sources.primary).toBe('primary');
    expect(theme.rejected.map((r) => [r.token, r.min])).toEqual([['text-muted', 4.5]]);
  });

  it('names the other colour of the pair when it comes from the brand (text passing on white, failing on the surface)', () => {
    // #6b7280 is 4.83:1 on white, below 4.5:1 on a #e8ebef surface.
    const brand = { ...withColor('text-muted', '#6B7280', 'Gris moyen'), colors: [...withColor('text-muted', '#6B7280', 'Gris moyen').colors.filter((c) => c.token !== 'surface'), { name: 'Gris nuage', token: 'surface', value: '#E8EBEF' }] };
    const theme = buildTheme(brand);
    expect(theme.colors.muted).toBe('#4a5568');
    expect(theme.colors.surface).toBe('#e8ebef');
    expect(rejectionText(theme.rejected[0]!)).toContain('avec le fond des encadrés (\u00ab\u00a0Gris nuage\u00a0\u00bb), il faut 4,5:1');
  });

  it('checks focus outlines at 3:1, not 4.5:1 (a danger red at 3.9:1 stays the focus colour but not the alert text)', () => {
    // #e0483e: about 3.9:1 on white.
    const theme = buildTheme(withColor('danger', '#E0483E', 'Rouge vif'));
    expect(theme.colors.focus).toBe('#e0483e');
    expect(theme.colors.warning).toBe('#8a3b00');
    expect(theme.rejected.map((r) => [r.variable, r.min])).toEqual([['warning', 4.5]]);
  });

  it('refuses a light background under the white text of the buttons through the primary, and an accent unreadable on the dark primary', () => {
    const theme = buildTheme(withColor('accent', '#5A4A00', 'Ocre sombre'));
    expect(theme.colors.highlight).toBe('#ffd23f');
    expect(rejectionText(theme.rejected[0]!)).toContain('(accent)\u00a0: contraste');
    expect(rejectionText(theme.rejected[0]!)).toContain('avec les titres et le pied de page (\u00ab\u00a0Bleu marine\u00a0\u00bb)');
  });

  it('passes every pair whatever the brand, however bad (random palettes)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const hex = () => `#${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0')}`;
    for (let i = 0; i < 300; i += 1) {
      const colors = ['text', 'text-muted', 'primary', 'secondary', 'surface', 'accent', 'danger', 'border'].map((token) => ({ name: token, token, value: hex() }));
      const theme = buildTheme({ colors, fonts: [] });
      for (const { fg, bg, min } of THEME_PAIRS) expect(contrastRatio(pairValue(theme.colors, fg), pairValue(theme.colors, bg))).toBeGreaterThanOrEqual(min);
    }
  });

  it('reports each refused colour as an editors’ content issue on its field, in French, not keeping a previous version', () => {
    const brand = withColor('primary', '#F2E600', 'Jaune citron');
    const [issue, ...rest] = themeIssues(brand);
    expect(rest).toEqual([]);
    const index = brand.colors.findIndex((c) => c.token === 'primary');
    expect(issue).toMatchObject({
      type: 'brand',
      typeLabel: 'Charte graphique',
      documentId: 'brand1',
      locale: 'fr',
      field: `colors[${index}].value`,
      keptPrevious: false,
      outcome: 'La couleur par défaut est utilisée.',
    });
    expect(issue!.fieldLabel).toContain('Code couleur');
    expect(issue!.text).toMatch(/^Charte graphique, couleur «\u00a0Jaune citron\u00a0» \(primary\)/);
    expect(themeIssues(demo)).toEqual([]);
  });

  it('gives the widget the same refusals: a refused brand colour keeps the widget default', () => {
    expect(widgetTheme(withColor('primary', '#F2E600')).primary).toBe('#0B3D6B');
    expect(widgetTheme(withColor('primary', '#123456')).primary).toBe('#123456');
  });
});

describe('fonts', () => {
  const file = (name: string, mime: string) => ({ url: `http://127.0.0.1:1337/uploads/${name}?v=abc123`, alt: '', mime, name });

  it('recognises woff2, woff and ttf files, and nothing else', () => {
    expect(fontFormat(file('marianne.woff2', 'font/woff2'))).toBe('woff2');
    expect(fontFormat(file('marianne.woff', 'application/font-woff'))).toBe('woff');
    expect(fontFormat(file('marianne.ttf', 'application/octet-stream'))).toBe('truetype');
    expect(fontFormat(file('polices.zip', 'application/zip'))).toBeUndefined();
  });

  it('self-hosts a brand font with a file, with font-display swap and the fallback stack behind it', () => {
    const theme = buildTheme({ colors: [], fonts: [{ name: 'Marianne', role: 'Texte courant', fallback: 'Arial, sans-serif', file: file('marianne.woff2', 'font/woff2') }] });
    expect(theme.fontFiles).toEqual([{ family: 'Marianne', source: 'http://127.0.0.1:1337/uploads/marianne.woff2?v=abc123', href: '/polices/marianne-abc123.woff2', format: 'woff2' }]);
    expect(theme.fonts.sans).toBe('"Marianne", Arial, sans-serif');
    expect(theme.fonts.mono).toBe(DEFAULT_FONTS.mono);
    expect(themeCss(theme)).toMatch(/^@font-face\{font-family:"Marianne";src:url\("\/polices\/marianne-abc123\.woff2"\) format\("woff2"\);font-display:swap\}:root\{/);
  });

  it('uses the fallback stack of a font without a usable file, and never an unsafe stack', () => {
    const theme = buildTheme({ colors: [], fonts: [{ name: 'Archive', role: 'Titres', fallback: 'Georgia, serif}body{color:red', file: file('kit.zip', 'application/zip') }] });
    expect(theme.fontFiles).toEqual([]);
    expect(theme.fonts.sans).toBe(DEFAULT_FONTS.sans);
  });
});
