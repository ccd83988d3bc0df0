import { describe, expect, it } from 'vitest';
import { brandCss, brandFileHref, brandFiles, contrastPairs, fileFormat, fileSize, safeFontStack, textColor } from '../src/lib/brand';

const COLORS = [
  { name: 'Bleu marine', token: 'primary', value: '#0B3D6B' },
  { name: 'Anthracite', token: 'text', value: '#1F2933' },
];

describe('contrast pairs of a colour token', () => {
  it('checks a colour on white, on black and with the text colour, with ratio and verdict', () => {
    const pairs = contrastPairs({ value: '#777777' }, textColor(COLORS));
    expect(pairs.map((p) => [p.against, p.hex, p.ratioText, p.verdict.normalText])).toEqual([
      ['Sur fond blanc', '#FFFFFF', '4,48:1', 'fail'],
      ['Sur fond noir', '#000000', '4,69:1', 'AA'],
      ['Avec le texte courant (Anthracite)', '#1F2933', '3,29:1', 'fail'],
    ]);
  });

  it('leaves out the text colour when checking the text colour itself', () => {
    expect(contrastPairs({ value: '#1f2933' }, textColor(COLORS)).map((p) => p.against)).toEqual(['Sur fond blanc', 'Sur fond noir']);
  });

  it('falls back to the site’s ink when the brand has no `text` token', () => {
    expect(textColor([])).toEqual({ name: 'Encre', hex: '#14213D' });
  });
});

describe('kit files', () => {
  it('names the format from the MIME type, else the extension', () => {
    expect(fileFormat({ mime: 'application/pdf', name: 'charte.pdf' })).toBe('PDF');
    expect(fileFormat({ mime: 'image/svg+xml', name: 'logo.svg' })).toBe('SVG');
    expect(fileFormat({ mime: 'application/octet-stream', name: 'kit.tar.gz' })).toBe('GZ');
    expect(fileFormat({ mime: 'application/octet-stream', name: 'kit' })).toBe('fichier');
  });

  it('writes sizes in French units', () => {
    expect(fileSize(3.72)).toBe('3,7\u00a0Ko');
    expect(fileSize(0.01)).toBe('0,1\u00a0Ko');
    expect(fileSize(1234)).toBe('1,2\u00a0Mo');
    expect(fileSize(undefined)).toBeUndefined();
  });
});

describe('page CSS from the brand', () => {
  it('keeps a font stack of names, quotes and commas, refuses one that could end the rule or the style element', () => {
    expect(safeFontStack("system-ui, -apple-system, 'Segoe UI', Roboto")).toBe("system-ui, -apple-system, 'Segoe UI', Roboto");
    expect(safeFontStack('Arial}</style><script>alert(1)</script>')).toBeUndefined();
    expect(safeFontStack('Arial; color: red')).toBeUndefined();
    expect(safeFontStack('  ')).toBeUndefined();
    expect(safeFontStack(undefined)).toBeUndefined();
  });

  it('writes one rule per valid colour and safe font, by position', () => {
    expect(brandCss([{ value: '#0B3D6B' }, { value: 'red' }], [{ fallback: 'Roboto, sans-serif' }, { fallback: 'x{' }, {}])).toBe(
      '.brand-color-0{background-color:#0B3D6B}.brand-font-0{font-family:Roboto, sans-serif}',
    );
  });
});

describe('brandFileHref and brandFiles', () => {
  const logo = { url: 'http://127.0.0.1:1337/uploads/logo_horizontal_3f2a9c.svg?v=3f2a9c01', name: 'Logo horizontal.svg', mime: 'image/svg+xml', alt: '' };
  const kit = { url: 'http://127.0.0.1:1337/uploads/kit.zip', name: 'Kit presse 2026.ZIP', mime: 'application/zip', alt: '' };

  it('names the site’s copy after the file and its CMS version, with its extension', () => {
    expect(brandFileHref(logo)).toBe('/charte-graphique/fichiers/logo-horizontal-3f2a9c01.svg');
    expect(brandFileHref(kit)).toMatch(/^\/charte-graphique\/fichiers\/kit-presse-2026-[0-9a-f]{12}\.zip$/);
  });

  it('lists the logos, kit and font files once each', () => {
    const files = brandFiles({ logos: [logo], kit: [kit, kit], fonts: [{ name: 'Marianne', role: 'Titres', file: logo }] });
    expect(files.map((f) => f.href)).toEqual([brandFileHref(logo), brandFileHref(kit)]);
    expect(brandFiles(undefined)).toEqual([]);
  });
});
