import type { Figure, Sector } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import {
  emissionsChart,
  emissionsShare,
  jobChangeChart,
  jobTargetsChart,
  signedNumber,
  sourcesOf,
  valueWithUnit,
  withRowLangs,
} from '../src/lib/sector-charts';

const SOURCE = 'Entreprendre Ensemble, Stratégie 20 000 — des emplois durables pour tous, 2024';
const fig = (over: Partial<Figure>): Figure => ({ label: 'Chiffre', value: 1, source: SOURCE, ...over }) as Figure;
const sector = (name: string, figures: Figure[]): Sector =>
  ({ documentId: `id-${name}`, locale: 'fr', name, slug: name.toLowerCase(), summary: 'Résumé', figures }) as Sector;

/** The figures of the demo seed (cms/src/seed/data/figures.ts), from the programme's document. */
const DIRECT = fig({ label: 'Emplois industriels directs créés d’ici 2030', value: 20000, unit: 'emplois', year: 2030 });
const TOTAL = fig({ label: 'Emplois créés en comptant les emplois indirects et induits, tous secteurs confondus', value: 30000, unit: 'emplois', year: 2030 });
const THREATENED = fig({ label: 'Emplois directs menacés', value: 29000, unit: 'emplois' });
const SITE = fig({
  label: 'Émissions annuelles du site industrialo-portuaire de Dunkerque, plus de 21 % des émissions industrielles de France',
  value: 13.7,
  unit: 'Mt CO₂/an',
});
const SECTORS = [
  sector('Sidérurgie', [fig({ value: -9, unit: '%', year: 2030 }), fig({ value: -900, unit: 'emplois', year: 2030 }), fig({ value: 26, unit: 'Mt teq CO₂' })]),
  sector('Chimie verte', [fig({ value: -8, unit: '%', year: 2030 }), fig({ value: -720, unit: 'emplois', year: 2030 })]),
  sector('Verre', [fig({ value: -13, unit: '%', year: 2030 }), fig({ value: -1300, unit: 'emplois', year: 2030 })]),
  sector('Recyclage', []),
];

describe('French numbers', () => {
  it('writes a true minus sign and a no-break space before the unit', () => {
    expect(signedNumber(-9)).toBe('\u22129');
    expect(signedNumber(-1300)).toBe('\u22121\u202f300');
    expect(valueWithUnit(20000, 'emplois')).toBe('20\u202f000\u00a0emplois');
    expect(valueWithUnit(13.7, 'Mt CO₂/an')).toBe('13,7\u00a0Mt CO₂/an');
    expect(valueWithUnit(2, undefined)).toBe('2');
  });

  it('quotes each source once', () => {
    expect(sourcesOf([DIRECT, TOTAL, fig({ source: 'Autre', sourceUrl: 'https://example.org/' })])).toEqual([
      { source: SOURCE },
      { source: 'Autre', sourceUrl: 'https://example.org/' },
    ]);
  });
});

describe('jobs expected by 2030', () => {
  it('keeps the positive job counts with a year (20 000 and 30 000), smallest first, once each', () => {
    const chart = jobTargetsChart([TOTAL, DIRECT, THREATENED, SITE, DIRECT])!;
    expect(chart.title).toBe('Emplois attendus sur le territoire d’ici 2030');
    expect(chart.rows.map((r) => r.value)).toEqual([20000, 30000]);
    expect(chart.rows[0]!.valueText).toBe('20\u202f000\u00a0emplois');
    expect(chart.rows[0]!.extra).toEqual(['2030']);
    expect(chart.sources).toEqual([{ source: SOURCE }]);
  });

  it('is undefined without such figures', () => {
    expect(jobTargetsChart([])).toBeUndefined();
    expect(jobTargetsChart([THREATENED, SITE])).toBeUndefined();
  });
});

describe('change of headcount by sector', () => {
  it('gives each sector with a percentage one row, biggest drop first, with its number of jobs', () => {
    const chart = jobChangeChart(SECTORS, (s) => `/filieres/${s.slug}/`)!;
    expect(chart.title).toBe('Évolution des effectifs d’ici 2030, par filière');
    expect(chart.rows.map((r) => [r.label, r.value, r.valueText, r.extra[0]])).toEqual([
      ['Verre', -13, '\u221213\u00a0%', '\u22121\u202f300\u00a0postes'],
      ['Sidérurgie', -9, '\u22129\u00a0%', '\u2212900\u00a0postes'],
      ['Chimie verte', -8, '\u22128\u00a0%', '\u2212720\u00a0postes'],
    ]);
    expect(chart.rows[0]!.href).toBe('/filieres/verre/');
    expect(chart.rows[0]!.sectorId).toBe('id-Verre');
    expect(chart.summary).toContain('Verre\u00a0: \u221213\u00a0% (\u22121\u202f300\u00a0postes)');
  });

  it('says the number of jobs is not given when the sector has only its percentage', () => {
    const chart = jobChangeChart([sector('Seul', [fig({ value: 4, unit: '%', year: 2030 })])], () => undefined)!;
    expect(chart.rows[0]!.extra).toEqual(['non communiqué']);
    expect(chart.rows[0]!.valueText).toBe('4\u00a0%');
  });

  it('is undefined when no sector has a percentage, or there is no sector', () => {
    expect(jobChangeChart([sector('Recyclage', [])], () => undefined)).toBeUndefined();
    expect(jobChangeChart([], () => undefined)).toBeUndefined();
  });
});

describe('share of emissions', () => {
  it('reads the share from the label of the emissions figure', () => {
    expect(emissionsShare(SITE.label)).toBe(21);
    expect(emissionsShare('soit 21,5 % des émissions industrielles de France')).toBe(21.5);
    expect(emissionsShare('Émissions annuelles')).toBeUndefined();
  });

  it('draws « plus de 21 % » against « moins de 79 % » on a 0–100 axis, with 13,7 Mt CO₂/an in the table', () => {
    const chart = emissionsChart([DIRECT, SITE])!;
    expect(chart.rows.map((r) => [r.value, r.valueText])).toEqual([
      [21, 'plus de 21\u00a0%'],
      [79, 'moins de 79\u00a0%'],
    ]);
    expect(chart.rows[0]!.extra).toEqual(['13,7\u00a0Mt CO₂/an']);
    expect(chart.axisMax).toBe(100);
    expect(chart.summary).toBe(
      'Le site industrialo-portuaire de Dunkerque émet 13,7\u00a0Mt CO₂/an, soit plus de 21\u00a0% des émissions industrielles de France.',
    );
  });

  it('is undefined without a CO₂ figure that gives its share', () => {
    expect(emissionsChart([DIRECT, fig({ label: 'Émissions régionales', value: 26, unit: 'Mt teq CO₂' })])).toBeUndefined();
  });
});

describe('English charts (the figures of the English entries)', () => {
  const EN_DIRECT = fig({ label: 'New direct industrial jobs by 2030', value: 20000, unit: 'jobs', year: 2030 });
  const EN_TOTAL = fig({ label: 'New jobs including indirect and induced jobs, all sectors', value: 30000, unit: 'jobs', year: 2030 });
  const EN_SITE = fig({
    label: 'Yearly emissions of the Dunkirk industrial port area, over 21% of France’s industrial emissions',
    value: 13.7,
    unit: 'Mt CO₂/year',
  });
  const EN_SECTORS = [
    sector('Steel', [fig({ value: -9, unit: '%', year: 2030 }), fig({ value: -900, unit: 'jobs', year: 2030 })]),
    sector('Glass', [fig({ value: -13, unit: '%', year: 2030 }), fig({ value: -1300, unit: 'jobs', year: 2030 })]),
    sector('Alone', [fig({ value: 4, unit: '%', year: 2030 })]),
  ];

  it('writes English numbers: a comma between thousands, a point before decimals, % right after the number', () => {
    expect(signedNumber(-1300, 'en')).toBe('\u22121,300');
    expect(valueWithUnit(20000, 'jobs', 'en')).toBe('20,000\u00a0jobs');
    expect(valueWithUnit(13.7, 'Mt CO₂/year', 'en')).toBe('13.7\u00a0Mt CO₂/year');
    expect(valueWithUnit(-9, '%', 'en')).toBe('\u22129%');
  });

  it('draws the jobs expected by 2030 with English texts', () => {
    const chart = jobTargetsChart([EN_TOTAL, EN_DIRECT], 'en')!;
    expect(chart.title).toBe('Jobs expected in the area by 2030');
    expect(chart.columns).toEqual(['Indicator', 'Number', 'By']);
    expect(chart.rows.map((r) => r.valueText)).toEqual(['20,000\u00a0jobs', '30,000\u00a0jobs']);
    expect(chart.summary).toBe('New direct industrial jobs by 2030: 20,000\u00a0jobs. New jobs including indirect and induced jobs, all sectors: 30,000\u00a0jobs.');
  });

  it('draws the change of headcount by sector with English texts and « not published » for a missing number', () => {
    const chart = jobChangeChart(EN_SECTORS, (s) => `/en/sectors/${s.slug}/`, 'en')!;
    expect(chart.title).toBe('Change in headcount by 2030, by industry');
    expect(chart.columns).toEqual(['Industry', 'Change in headcount', 'Jobs']);
    expect(chart.rows.map((r) => [r.label, r.valueText, r.extra[0]])).toEqual([
      ['Glass', '\u221213%', '\u22121,300\u00a0jobs'],
      ['Steel', '\u22129%', '\u2212900\u00a0jobs'],
      ['Alone', '4%', 'not published'],
    ]);
    expect(chart.summary).toBe('Glass: \u221213% (\u22121,300\u00a0jobs); Steel: \u22129% (\u2212900\u00a0jobs); Alone: 4%.');
  });

  it('reads the share from the English label and draws « over 21% » against « under 79% », 13.7 Mt CO₂/year in the table', () => {
    expect(emissionsShare(EN_SITE.label)).toBe(21);
    const chart = emissionsChart([EN_DIRECT, EN_SITE], 'en')!;
    expect(chart.title).toBe('Share of the Dunkirk industrial port area in France’s industrial emissions');
    expect(chart.rows.map((r) => [r.label, r.valueText, r.extra[0]])).toEqual([
      ['Dunkirk industrial port area', 'over 21%', '13.7\u00a0Mt CO₂/year'],
      ['Rest of French industry', 'under 79%', 'not published'],
    ]);
    expect(chart.summary).toBe(
      'The Dunkirk industrial port area emits 13.7\u00a0Mt CO₂/year, which is over 21% of France’s industrial emissions.',
    );
  });

  it('marks the language of the rows whose sector is shown in another language than the page’s', () => {
    const chart = withRowLangs(jobChangeChart(EN_SECTORS, () => undefined, 'en')!, (id) => (id === 'id-Steel' ? 'fr' : undefined));
    expect(chart.rows.map((r) => [r.label, r.lang])).toEqual([
      ['Glass', undefined],
      ['Steel', 'fr'],
      ['Alone', undefined],
    ]);
  });
});
