import { describe, expect, it } from 'vitest';
import { pageTypes, routePattern } from '../src/lib/page-types.ts';

describe('page types of a site in two languages', () => {
  const paths = new Set([
    '/',
    '/entreprises/',
    '/entreprises/amperya-cells/',
    '/plan-du-site/',
    '/accessibilite/',
    '/metiers/filiere/batteries/',
    '/agenda/2026-12/',
    '/agenda/2026-12/imprimer/',
    '/en/',
    '/en/companies/',
    '/en/companies/amperya-cells/',
    '/en/site-map/',
    '/en/accessibility/',
    '/en/jobs/sector/batteries/',
    '/en/programme/2026-12/',
    '/en/programme/2026-12/print/',
  ]);

  it('keeps the English home page and each English top-level page as a type of its own, like the French ones', () => {
    expect(routePattern('/en/', paths)).toBe('/en/');
    expect(routePattern('/en/site-map/', paths)).toBe('/en/site-map/');
    expect(routePattern('/en/accessibility/', paths)).toBe('/en/accessibility/');
    expect(routePattern('/en/companies/', paths)).toBe('/en/companies/');
    expect(routePattern('/plan-du-site/', paths)).toBe('/plan-du-site/');
  });

  it('gives English detail, filter and month pages patterns under /en/, distinct from the French ones', () => {
    expect(routePattern('/en/companies/amperya-cells/', paths)).toBe('/en/companies/*');
    expect(routePattern('/entreprises/amperya-cells/', paths)).toBe('/entreprises/*');
    expect(routePattern('/en/jobs/sector/batteries/', paths)).toBe('/en/jobs/sector/*');
    expect(routePattern('/en/programme/2026-12/', paths)).toBe('/en/programme/*/');
    expect(routePattern('/en/programme/2026-12/print/', paths)).toBe('/en/programme/*/*');
  });

  it('lists a French and an English type for a page that exists in both languages', () => {
    const types = pageTypes([...paths].map((path) => ({ path, status: 200, size: 1 }))).map((type) => type.pattern);
    expect(types).toEqual(expect.arrayContaining(['/entreprises/*', '/en/companies/*', '/', '/en/', '/accessibilite/', '/en/accessibility/']));
    expect(new Set(types).size).toBe(types.length);
  });
});
