import { describe, expect, it } from 'vitest';
import { internalLinks, pageTypes, routePattern } from '../e2e/page-types';
import { siteMapSections } from '../src/lib/site-map';
import { conformityStatus, currentState, mainNav, navGroups, type NavItem } from '../src/lib/site';

describe('conformityStatus', () => {
  it('reads the status the accessibility statement states, whatever the case and spacing', () => {
    expect(conformityStatus('Le site est **non conforme** avec le RGAA 4.1.2')).toBe('non conforme');
    expect(conformityStatus('Le site est PARTIELLEMENT\nconforme avec le RGAA')).toBe('partiellement conforme');
    expect(conformityStatus('Le site est totalement conforme.')).toBe('totalement conforme');
  });

  it('states nothing when the text does not say', () => {
    expect(conformityStatus('Déclaration en cours de rédaction.')).toBeUndefined();
    expect(conformityStatus('')).toBeUndefined();
  });
});

describe('menu', () => {
  it('marks the page itself as page and a page inside a section as true, never the home page for a section page', () => {
    expect(currentState('/metiers/', '/metiers/')).toBe('page');
    expect(currentState('/metiers/', '/metiers/cariste/')).toBe('true');
    expect(currentState('/', '/metiers/')).toBeUndefined();
    expect(currentState('/', '/')).toBe('page');
  });

  it('splits the menu into its two groups in order, and lists every address once', () => {
    const items: NavItem[] = [
      { section: 'home', href: '/', label: 'Accueil', group: 'primary' },
      { section: 'visits', href: '/visites/', label: 'Visites', group: 'secondary' },
      { section: 'jobs', href: '/metiers/', label: 'Métiers', group: 'primary' },
    ];
    expect(navGroups(items)).toEqual({ primary: [items[0], items[2]], secondary: [items[1]] });
    for (const lang of ['fr', 'en'] as const) {
      expect(new Set(mainNav(lang).map((item) => item.href)).size).toBe(mainNav(lang).length);
    }
  });
});

describe('siteMapSections', () => {
  const nav: NavItem[] = [
    { section: 'home', href: '/', label: 'Accueil', group: 'primary' },
    { section: 'jobs', href: '/metiers/', label: 'Métiers', group: 'primary' },
    { section: 'venues', href: '/lieux/', label: 'Lieux', group: 'primary' },
    { section: 'search', href: '/recherche/', label: 'Recherche', group: 'primary' },
  ];

  it('puts each entry under its section, sorted in French order, and keeps empty sections', () => {
    const sections = siteMapSections(nav, [
      { label: 'Métiers', entries: [{ href: '/metiers/soudeur/', label: 'Soudeur·se' }, { href: '/metiers/agent/', label: 'Électricien·ne' }] },
    ]);
    expect(sections).toEqual([
      { href: '/metiers/', label: 'Métiers', entries: [{ href: '/metiers/agent/', label: 'Électricien·ne' }, { href: '/metiers/soudeur/', label: 'Soudeur·se' }] },
      { href: '/lieux/', label: 'Lieux', entries: [] },
    ]);
  });

  it('groups the entries of a kind without a section under the kind’s name, after the sections', () => {
    const sections = siteMapSections(nav, [
      { label: 'Événements', entries: [{ href: '/evenements/job-dating/', label: 'Job dating' }] },
      { label: 'Publics', entries: [] },
    ]);
    expect(sections.at(-1)).toEqual({ label: 'Événements', entries: [{ href: '/evenements/job-dating/', label: 'Job dating' }] });
    expect(sections.map((s) => s.label)).toEqual(['Métiers', 'Lieux', 'Événements']);
  });
});

describe('page-type discovery', () => {
  const paths = new Set(['/', '/metiers/', '/metiers/cariste/', '/metiers/filiere/batteries/', '/a-propos/', '/widget/v1/embed/']);

  it('keeps sections and top-level pages as their own type and turns leaves into their parent’s pattern', () => {
    expect(routePattern('/', paths)).toBe('/');
    expect(routePattern('/metiers/', paths)).toBe('/metiers/');
    expect(routePattern('/a-propos/', paths)).toBe('/a-propos/');
    expect(routePattern('/metiers/cariste/', paths)).toBe('/metiers/*');
    expect(routePattern('/metiers/filiere/batteries/', paths)).toBe('/metiers/filiere/*');
    expect(routePattern('/widget/v1/embed/', paths)).toBe('/widget/*/*');
  });

  it('takes a segment with a digit for a value: every month of the agenda is one type, its print page another', () => {
    const months = new Set(['/agenda/', '/agenda/2026-12/', '/agenda/2026-12/imprimer/', '/agenda/2027-01/', '/agenda/2027-01/imprimer/']);
    expect(routePattern('/agenda/2026-12/', months)).toBe('/agenda/*/');
    expect(routePattern('/agenda/2027-01/', months)).toBe('/agenda/*/');
    expect(routePattern('/agenda/2027-01/imprimer/', months)).toBe('/agenda/*/*');
    expect(routePattern('/evenements/salon-2027-02-10/', months)).toBe('/evenements/*');
  });

  it('picks the largest page of each type, leaves out pages that failed and adds the 404 when it answered 404', () => {
    const types = pageTypes([
      { path: '/metiers/', status: 200, html: 'x' },
      { path: '/metiers/a/', status: 200, html: 'xx' },
      { path: '/metiers/b/', status: 200, html: 'xxxx' },
      { path: '/metiers/c/', status: 500, html: 'xxxxxxxx' },
      { path: '/page-introuvable-verification-du-site/', status: 404, html: '' },
    ]);
    expect(types).toEqual([
      { pattern: '/metiers/', path: '/metiers/' },
      { pattern: '/metiers/*', path: '/metiers/b/' },
      { pattern: '404', path: '/page-introuvable-verification-du-site/' },
    ]);
  });

  it('follows the site’s own links only, without fragment or query, and skips mail and calendar links', () => {
    const html =
      '<a href="/metiers/">a</a><a class="x" href="../lieux/?q=1#top">b</a><a href="https://example.org/">c</a>' +
      '<a href="mailto:a@b.c">d</a><a href="webcal://127.0.0.1/agenda.ics">e</a><a href="#contenu">f</a>' +
      '<script>const snippet = `<a href="/from-a-script/">`;</script><!-- <a href="/old/">old</a> -->';
    expect(internalLinks(html, 'http://127.0.0.1:4430/metiers/cariste/')).toEqual(['/metiers/', '/metiers/lieux/']);
  });
});
