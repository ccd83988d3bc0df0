import { describe, expect, it } from 'vitest';
import { historyCandidates, parseRedirectsFile, refreshTarget, renderRedirectsFile, resolveRedirects, restParam } from '../src/lib/redirects';

const liveSet = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe('resolveRedirects', () => {
  it('collapses a chain to one hop: a → b → c gives a → c and b → c', () => {
    const redirects = resolveRedirects(
      [
        { from: '/entreprises/a/', to: '/entreprises/b/' },
        { from: '/entreprises/b/', to: '/entreprises/c/' },
      ],
      liveSet('/entreprises/c/'),
    );
    expect(redirects).toEqual([
      { from: '/entreprises/a/', to: '/entreprises/c/' },
      { from: '/entreprises/b/', to: '/entreprises/c/' },
    ]);
  });

  it('collapses a long chain given in any order', () => {
    const redirects = resolveRedirects(
      [
        { from: '/c/', to: '/d/' },
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
      ],
      liveSet('/d/'),
    );
    expect(redirects).toEqual([
      { from: '/a/', to: '/d/' },
      { from: '/b/', to: '/d/' },
      { from: '/c/', to: '/d/' },
    ]);
  });

  it('never redirects a path that is a live page: an entry that now uses an old slug wins', () => {
    const redirects = resolveRedirects(
      [
        { from: '/entreprises/ancien/', to: '/entreprises/nouveau/' },
        { from: '/metiers/soudeur/', to: '/metiers/soudeuse/' },
      ],
      liveSet('/entreprises/nouveau/', '/entreprises/ancien/', '/metiers/soudeuse/'),
    );
    expect(redirects).toEqual([{ from: '/metiers/soudeur/', to: '/metiers/soudeuse/' }]);
  });

  it('keeps the latest record of a path claimed twice, whatever the order given', () => {
    const candidates = [
      { from: '/entreprises/x/', to: '/entreprises/premiere/', at: '2026-01-01T10:00:00.000Z' },
      { from: '/entreprises/x/', to: '/entreprises/seconde/', at: '2026-02-01T10:00:00.000Z' },
    ];
    const live = liveSet('/entreprises/premiere/', '/entreprises/seconde/');
    expect(resolveRedirects(candidates, live)).toEqual([{ from: '/entreprises/x/', to: '/entreprises/seconde/' }]);
    expect(resolveRedirects([...candidates].reverse(), live)).toEqual([{ from: '/entreprises/x/', to: '/entreprises/seconde/' }]);
  });

  it('drops cycles, self-redirects and chains that do not end on a live page', () => {
    const redirects = resolveRedirects(
      [
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/a/' },
        { from: '/c/', to: '/c/' },
        { from: '/d/', to: '/disparue/' },
        { from: '/e/', to: '/f/' },
      ],
      liveSet('/f/'),
    );
    expect(redirects).toEqual([{ from: '/e/', to: '/f/' }]);
  });

  it('returns nothing for an empty history', () => {
    expect(resolveRedirects([], liveSet())).toEqual([]);
  });
});

describe('historyCandidates', () => {
  const href = (type: string, slug: string) => (type === 'companies' ? `/entreprises/${slug}/` : type === 'pages' ? `/${slug}/` : undefined);
  const current = new Map([
    ['companies:c1', 'acier-vert'],
    ['pages:p1', 'a-propos'],
  ]);
  const slugOf = (type: string, id: string) => current.get(`${type}:${id}`);

  it('leads every old slug of a published entry to its current address', () => {
    const candidates = historyCandidates(
      [
        { type: 'companies', documentId: 'c1', slug: 'acier', at: '1' },
        { type: 'companies', documentId: 'c1', slug: 'acier-decarbone', at: '2' },
        { type: 'pages', documentId: 'p1', slug: 'qui-sommes-nous' },
      ],
      slugOf,
      href,
    );
    expect(candidates).toEqual([
      { from: '/entreprises/acier/', to: '/entreprises/acier-vert/', at: '1' },
      { from: '/entreprises/acier-decarbone/', to: '/entreprises/acier-vert/', at: '2' },
      { from: '/qui-sommes-nous/', to: '/a-propos/', at: undefined },
    ]);
  });

  it('gives nothing for an entry no longer published or a type without pages', () => {
    const candidates = historyCandidates(
      [
        { type: 'companies', documentId: 'gone', slug: 'ancienne' },
        { type: 'towns', documentId: 't1', slug: 'petite-synthe' },
      ],
      (type, id) => (type === 'towns' ? 'saint-pol' : slugOf(type, id)),
      href,
    );
    expect(candidates).toEqual([]);
  });
});

describe('_redirects file', () => {
  it('renders one "/old/ /new/ 301" line per redirect after a comment header, and reads back the same pairs', () => {
    const text = renderRedirectsFile([
      { from: '/entreprises/a/', to: '/entreprises/c/' },
      { from: '/qui-sommes-nous/', to: '/a-propos/' },
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual(['/entreprises/a/ /entreprises/c/ 301', '/qui-sommes-nous/ /a-propos/ 301']);
    expect(text.endsWith('\n')).toBe(true);
    expect([...parseRedirectsFile(text)]).toEqual([
      ['/entreprises/a/', '/entreprises/c/'],
      ['/qui-sommes-nous/', '/a-propos/'],
    ]);
  });

  it('percent-encodes paths so that a line always has three fields', () => {
    expect(renderRedirectsFile([{ from: '/entreprises/é t/', to: '/entreprises/b/' }])).toContain('/entreprises/%C3%A9%20t/ /entreprises/b/ 301\n');
  });

  it('reads only 301 lines of a hand-written file (comments, blank lines and other statuses skipped)', () => {
    const parsed = parseRedirectsFile('# comment\n\n/a/ /b/ 301\n/c/ /d/\n/e/ /f/ 302\nnot-a-path /g/ 301\n');
    expect([...parsed]).toEqual([
      ['/a/', '/b/'],
      ['/c/', '/d/'],
    ]);
  });
});

describe('refreshTarget and restParam', () => {
  it('reads the target of a meta refresh, whatever the attribute order and quotes', () => {
    expect(refreshTarget('<head><meta http-equiv="refresh" content="0; url=/entreprises/b/"></head>')).toBe('/entreprises/b/');
    expect(refreshTarget("<meta content='0;URL=/a-propos/' http-equiv=refresh>")).toBe('/a-propos/');
    expect(refreshTarget('<meta name="robots" content="noindex">')).toBeUndefined();
  });

  it('turns an old path into the rest parameter of its page', () => {
    expect(restParam('/entreprises/ancien/')).toBe('entreprises/ancien');
    expect(restParam('/qui-sommes-nous/')).toBe('qui-sommes-nous');
  });
});
