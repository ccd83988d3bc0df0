import { describe, expect, it } from 'vitest';
import {
  contentIssueText,
  contentIssues,
  contentTypes,
  editorErrorMap,
  fieldLabel,
  fromStrapi,
  typeLabel,
  type ContentIssue,
} from '../src/index.js';
import companyResponse from './fixtures/company.json' with { type: 'json' };

const NBSP = '\u00a0';
const options = { mediaBaseUrl: 'http://127.0.0.1:1337' };

function rejected(type: keyof typeof contentTypes, raw: unknown) {
  const mapped = fromStrapi(raw, options);
  const result = contentTypes[type].schema.safeParse(mapped, { error: editorErrorMap });
  if (result.success) throw new Error('expected the contract to reject this entry');
  return { mapped, error: result.error };
}

describe('ContentIssue builder', () => {
  it('names the type, entry, locale and field in French and says the previous version stays online', () => {
    const raw = { ...structuredClone(companyResponse.data), website: 'www.batterie-du-nord.example' };
    const { mapped, error } = rejected('companies', raw);
    const issues = contentIssues('companies', mapped, error, { documentId: raw.documentId, locale: 'fr', keptPrevious: true });
    expect(issues).toHaveLength(1);
    const [issue] = issues as [ContentIssue];
    expect(issue).toMatchObject({
      type: 'companies',
      typeLabel: 'Entreprise',
      documentId: raw.documentId,
      locale: 'fr',
      name: 'Batterie du Nord',
      field: 'website',
      fieldLabel: 'Site internet',
      keptPrevious: true,
    });
    expect(issue.message).toMatch(/^URL invalide/);
    expect(issue.text).toBe(
      `Entreprise «${NBSP}Batterie du Nord${NBSP}» (fr), champ «${NBSP}Site internet${NBSP}»${NBSP}: ${issue.message}. La version précédente reste en ligne.`,
    );
  });

  it('says the version is not on the site when nothing was published before', () => {
    const raw = { ...structuredClone(companyResponse.data), summary: '' };
    const { mapped, error } = rejected('companies', raw);
    const [issue] = contentIssues('companies', mapped, error, { documentId: raw.documentId, locale: 'en', keptPrevious: false });
    expect(issue).toMatchObject({ field: 'summary', fieldLabel: 'Résumé', locale: 'en', message: 'ne doit pas être vide', keptPrevious: false });
    expect(issue!.text).toContain('(en), champ');
    expect(issue!.text).toContain('ne doit pas être vide.');
    expect(issue!.text).toContain('n’est pas publiée sur le site');
    expect(issue!.text).not.toContain('version précédente');
  });

  it('gives one issue per rejected field and falls back to the documentId when the entry has no name', () => {
    const raw = { ...structuredClone(companyResponse.data), name: null, website: 'ftp://x', presence: 'somewhere' };
    const { mapped, error } = rejected('companies', raw);
    const issues = contentIssues('companies', mapped, error, { documentId: raw.documentId, locale: 'fr', keptPrevious: true });
    expect(issues.map((i) => i.field).sort()).toEqual(['name', 'presence', 'website']);
    for (const issue of issues) expect(issue.name).toBe(raw.documentId);
    const presence = issues.find((i) => i.field === 'presence')!;
    expect(presence.fieldLabel).toBe('Présence sur le territoire');
    expect(presence.message).toContain('somewhere');
  });

  it('labels nested component paths with the component’s French labels and a position', () => {
    expect(fieldLabel('trainingPaths', ['sessions', 1, 'endDate'])).toBe(`Sessions${NBSP}n°${NBSP}2 › Date de fin`);
    expect(fieldLabel('companies', ['address', 'postalCode'])).toBe('Adresse du site › Code postal');
    expect(fieldLabel('home', ['keyFigures', 0, 'sourceUrl'])).toMatch(new RegExp(`^Chiffres clés${NBSP}n°${NBSP}1 › `));
  });

  it('labels a rich-text path by its field only, and an unknown field by its path', () => {
    expect(fieldLabel('companies', ['description', 3, 'children', 0, 'url'])).toBe('Présentation détaillée');
    expect(fieldLabel('companies', ['updatedAt'])).toBe('updatedAt');
    expect(fieldLabel('companies', [])).toBe('');
  });

  it('writes a whole-entry issue without a field and ends every message with one full stop', () => {
    const text = contentIssueText({
      type: 'events',
      typeLabel: typeLabel('events'),
      documentId: 'abc',
      locale: 'fr',
      name: 'Job dating',
      field: '',
      fieldLabel: '',
      message: 'entrée illisible.',
      keptPrevious: true,
    });
    expect(text).toBe(`Événement «${NBSP}Job dating${NBSP}» (fr)${NBSP}: entrée illisible. La version précédente reste en ligne.`);
  });

  it('has a French singular label for every content type of the registry', () => {
    for (const type of Object.keys(contentTypes) as (keyof typeof contentTypes)[]) {
      expect(typeLabel(type), type).not.toBe(type);
      expect(typeLabel(type), type).toMatch(/^\p{Lu}/u);
    }
  });
});
