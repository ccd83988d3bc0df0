import type { Figure, Sector } from '@dk20000/shared';
import { formatNumber } from './format';

/**
 * The charts of /filieres/ and of each sector page, built from the key figures the editors keep in the CMS (the home
 * page's and each sector's, each with its source). Pure: which figures make which chart, their rows, texts and
 * sources; BarChart.astro draws them.
 */

/** « −9 », « 20 000 », « 13,7 », with a true minus sign (U+2212). */
export function signedNumber(value: number): string {
  return formatNumber(value).replace(/^-/, '\u2212');
}

/** « −9 % », « 20 000 emplois », « 13,7 Mt CO₂/an »: the value and its unit, no-break space between. */
export function valueWithUnit(value: number, unit: string | undefined): string {
  return unit ? `${signedNumber(value)}\u00a0${unit}` : signedNumber(value);
}

/** A source of a chart, quoted once however many of its figures it gives. */
export interface ChartSource {
  source: string;
  sourceUrl?: string | undefined;
}

/** One row of a chart: the bar's label and value, the table's cells, and the sector it stands for, if any. */
export interface ChartRow {
  label: string;
  value: number;
  valueText: string;
  /** Further cells of the row in the table equivalent (after the label and the value). */
  extra: string[];
  /** documentId of the sector of the row, to highlight it on that sector's page. */
  sectorId?: string | undefined;
  href?: string | undefined;
}

export interface ChartSpec {
  /** Unique on the page: ids of the title, description and table derive from it. */
  id: string;
  title: string;
  /** Short reading of the chart, for its <desc> and as the lead of the figure. */
  summary: string;
  /** Headers of the table equivalent: the label column, the value column, then the extra columns. */
  columns: string[];
  rows: ChartRow[];
  sources: ChartSource[];
  /** Axis unit shown under the ticks (« % », « emplois »). */
  axisUnit?: string | undefined;
  /** The axis goes to this value at least (100 for shares). */
  axisMax?: number | undefined;
}

/** The distinct sources of some figures, in order. */
export function sourcesOf(figures: ReadonlyArray<Pick<Figure, 'source' | 'sourceUrl'>>): ChartSource[] {
  const seen = new Map<string, ChartSource>();
  for (const f of figures) {
    const key = `${f.source}\u0000${f.sourceUrl ?? ''}`;
    if (!seen.has(key)) seen.set(key, { source: f.source, ...(f.sourceUrl ? { sourceUrl: f.sourceUrl } : {}) });
  }
  return [...seen.values()];
}

const isJobsUnit = (unit: string | undefined) => /^(emplois?|postes?)$/i.test((unit ?? '').trim());
const isPercent = (unit: string | undefined) => (unit ?? '').trim() === '%';
const isCo2 = (unit: string | undefined) => /CO\s*₂|CO2/i.test(unit ?? '');

/** The figures once each (same label and value), in order. */
export function distinctFigures(figures: readonly Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.label}\u0000${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * « Emplois attendus d’ici 2030 »: the positive job counts with a target year (20 000 direct industrial jobs, 30 000
 * with indirect and induced jobs), smallest first. Undefined when there is none.
 */
export function jobTargetsChart(figures: readonly Figure[]): ChartSpec | undefined {
  const chosen = distinctFigures(figures)
    .filter((f) => isJobsUnit(f.unit) && f.value > 0 && f.year !== undefined)
    .sort((a, b) => a.value - b.value);
  if (chosen.length === 0) return undefined;
  const years = [...new Set(chosen.map((f) => f.year))];
  const horizon = years.length === 1 ? `d’ici ${years[0]}` : 'à terme';
  return {
    id: 'emplois-attendus',
    title: `Emplois attendus sur le territoire ${horizon}`,
    summary: `${chosen.map((f) => `${f.label}\u00a0: ${valueWithUnit(f.value, f.unit)}`).join('. ')}.`,
    columns: ['Indicateur', 'Nombre', 'Horizon'],
    rows: chosen.map((f) => ({ label: f.label, value: f.value, valueText: valueWithUnit(f.value, f.unit), extra: [String(f.year)] })),
    sources: sourcesOf(chosen),
    axisUnit: 'emplois',
  };
}

/**
 * « Évolution des effectifs d’ici 2030, par filière »: each sector's percentage figure (−9 % metallurgy, −8 %
 * chemistry, −13 % minerals), with the number of jobs of the same sector and year when given, biggest drop first.
 */
export function jobChangeChart(sectors: readonly Sector[], sectorHref: (sector: Sector) => string | undefined): ChartSpec | undefined {
  const rows: Array<ChartRow & { figure: Figure; count?: Figure | undefined }> = [];
  for (const sector of sectors) {
    const rate = sector.figures.find((f) => isPercent(f.unit));
    if (!rate) continue;
    const count = sector.figures.find((f) => isJobsUnit(f.unit) && f.year === rate.year && Math.sign(f.value) === Math.sign(rate.value));
    rows.push({
      label: sector.name,
      value: rate.value,
      valueText: valueWithUnit(rate.value, '%'),
      extra: [count ? valueWithUnit(count.value, 'postes') : 'non communiqué'],
      sectorId: sector.documentId,
      href: sectorHref(sector),
      figure: rate,
      count,
    });
  }
  if (rows.length === 0) return undefined;
  rows.sort((a, b) => a.value - b.value || a.label.localeCompare(b.label, 'fr'));
  const years = [...new Set(rows.map((r) => r.figure.year))];
  const horizon = years.length === 1 && years[0] !== undefined ? ` d’ici ${years[0]}` : '';
  return {
    id: 'evolution-effectifs',
    title: `Évolution des effectifs${horizon}, par filière`,
    summary: `${rows.map((r) => `${r.label}\u00a0: ${r.valueText}${r.count ? ` (${r.extra[0]})` : ''}`).join('\u202f; ')}.`,
    columns: ['Filière', 'Évolution des effectifs', 'Postes'],
    rows: rows.map(({ figure: _f, count: _c, ...row }) => row),
    sources: sourcesOf(rows.flatMap((r) => (r.count ? [r.figure, r.count] : [r.figure]))),
    axisUnit: '%',
  };
}

/**
 * The share of the Dunkerque industrial port area in France's industrial emissions (« plus de 21 % », programme
 * document, p. 1), which the content model keeps only in the label of the emissions figure: read from it.
 */
export function emissionsShare(label: string): number | undefined {
  const match = /(\d+(?:[,.]\d+)?)\s*%\s*des émissions industrielles/i.exec(label);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

/**
 * « Part du site de Dunkerque dans les émissions industrielles de France »: the emissions figure (13,7 Mt CO₂/an)
 * whose label gives its share of France's industrial emissions (21 %), as a bar against the rest of French industry.
 */
export function emissionsChart(figures: readonly Figure[]): ChartSpec | undefined {
  const figure = distinctFigures(figures).find((f) => isCo2(f.unit) && emissionsShare(f.label) !== undefined);
  if (!figure) return undefined;
  const share = emissionsShare(figure.label)!;
  const atLeast = /plus de\s+\d/i.test(figure.label);
  const shareText = `${atLeast ? 'plus de ' : ''}${formatNumber(share)}\u00a0%`;
  const restText = `${atLeast ? 'moins de ' : ''}${formatNumber(100 - share)}\u00a0%`;
  return {
    id: 'part-emissions',
    title: 'Part du site industrialo-portuaire de Dunkerque dans les émissions industrielles de France',
    summary: `Le site industrialo-portuaire de Dunkerque émet ${valueWithUnit(figure.value, figure.unit)}, soit ${shareText} des émissions industrielles de France.`,
    columns: ['Origine des émissions', 'Part des émissions industrielles de France', 'Émissions'],
    rows: [
      { label: 'Site industrialo-portuaire de Dunkerque', value: share, valueText: shareText, extra: [valueWithUnit(figure.value, figure.unit)] },
      { label: 'Reste de l’industrie française', value: 100 - share, valueText: restText, extra: ['non communiqué'] },
    ],
    sources: sourcesOf([figure]),
    axisUnit: '%',
    axisMax: 100,
  };
}
