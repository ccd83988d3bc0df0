import type { Figure, Sector } from '@dk20000/shared';
import { dictionary, type Lang } from '../i18n';
import { formatNumber } from './format';

/**
 * The charts of /filieres/ and of each sector page, built from the key figures the editors keep in the CMS (the home
 * page's and each sector's, each with its source). Pure: which figures make which chart, their rows, texts and
 * sources; BarChart.astro draws them. Texts and numbers are those of `lang` (« 13,7 Mt CO₂/an », « 13.7 Mt CO₂/year »):
 * the figures come from the entries of that language, their labels and units written by the editors.
 */

/** « −9 », « 20 000 », « 13,7 » (« 20,000 », « 13.7 » in English), with a true minus sign (U+2212). */
export function signedNumber(value: number, lang: Lang = 'fr'): string {
  return formatNumber(value, lang).replace(/^-/, '\u2212');
}

/**
 * « −9 % », « 20 000 emplois », « 13,7 Mt CO₂/an »: the value and its unit, no-break space between; in English
 * « −9% », « 20,000 jobs », « 13.7 Mt CO₂/year ».
 */
export function valueWithUnit(value: number, unit: string | undefined, lang: Lang = 'fr'): string {
  if (!unit) return signedNumber(value, lang);
  if (lang === 'en' && unit.trim() === '%') return `${signedNumber(value, lang)}%`;
  return dictionary(lang).charts.withUnit(signedNumber(value, lang), unit);
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
  /** Language of the label when it is not the page's (a sector shown in French on the English site). */
  lang?: string | undefined;
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

const isJobsUnit = (unit: string | undefined) => /^(emplois?|postes?|jobs?|posts?|positions?)$/i.test((unit ?? '').trim());
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
export function jobTargetsChart(figures: readonly Figure[], lang: Lang = 'fr'): ChartSpec | undefined {
  const t = dictionary(lang).charts;
  const chosen = distinctFigures(figures)
    .filter((f) => isJobsUnit(f.unit) && f.value > 0 && f.year !== undefined)
    .sort((a, b) => a.value - b.value);
  if (chosen.length === 0) return undefined;
  const years = [...new Set(chosen.map((f) => f.year))];
  const horizon = years.length === 1 ? t.jobTargets.byYear(String(years[0])) : t.jobTargets.eventually;
  return {
    id: 'emplois-attendus',
    title: t.jobTargets.title(horizon),
    summary: `${chosen.map((f) => t.labelValue(f.label, valueWithUnit(f.value, f.unit, lang))).join(t.jobTargets.separator)}.`,
    columns: [...t.jobTargets.columns],
    rows: chosen.map((f) => ({ label: f.label, value: f.value, valueText: valueWithUnit(f.value, f.unit, lang), extra: [String(f.year)] })),
    sources: sourcesOf(chosen),
    axisUnit: chosen[0]!.unit,
  };
}

/**
 * « Évolution des effectifs d’ici 2030, par filière »: each sector's percentage figure (−9 % metallurgy, −8 %
 * chemistry, −13 % minerals), with the number of jobs of the same sector and year when given, biggest drop first.
 */
export function jobChangeChart(
  sectors: readonly Sector[],
  sectorHref: (sector: Sector) => string | undefined,
  lang: Lang = 'fr',
): ChartSpec | undefined {
  const t = dictionary(lang).charts;
  const rows: Array<ChartRow & { figure: Figure; count?: Figure | undefined }> = [];
  for (const sector of sectors) {
    const rate = sector.figures.find((f) => isPercent(f.unit));
    if (!rate) continue;
    const count = sector.figures.find((f) => isJobsUnit(f.unit) && f.year === rate.year && Math.sign(f.value) === Math.sign(rate.value));
    rows.push({
      label: sector.name,
      value: rate.value,
      valueText: valueWithUnit(rate.value, '%', lang),
      extra: [count ? valueWithUnit(count.value, t.jobChange.posts, lang) : t.notGiven],
      sectorId: sector.documentId,
      href: sectorHref(sector),
      figure: rate,
      count,
    });
  }
  if (rows.length === 0) return undefined;
  rows.sort((a, b) => a.value - b.value || a.label.localeCompare(b.label, lang));
  const years = [...new Set(rows.map((r) => r.figure.year))];
  const year = years.length === 1 && years[0] !== undefined ? String(years[0]) : undefined;
  return {
    id: 'evolution-effectifs',
    title: t.jobChange.title(year),
    summary: `${rows.map((r) => t.labelValue(r.label, `${r.valueText}${r.count ? ` (${r.extra[0]})` : ''}`)).join(t.jobChange.separator)}.`,
    columns: [...t.jobChange.columns],
    rows: rows.map(({ figure: _f, count: _c, ...row }) => row),
    sources: sourcesOf(rows.flatMap((r) => (r.count ? [r.figure, r.count] : [r.figure]))),
    axisUnit: '%',
  };
}

/**
 * The share of the Dunkerque industrial port area in France's industrial emissions (« plus de 21 % », programme
 * document, p. 1), which the content model keeps only in the label of the emissions figure: read from it (French
 * label, or its English translation « over 21% of France’s industrial emissions »).
 */
export function emissionsShare(label: string): number | undefined {
  const match = /(\d+(?:[,.]\d+)?)\s*%\s*(?:des émissions industrielles|of (?:France[’']s )?(?:French )?industrial emissions)/i.exec(label);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

/** The label says the share is a floor (« plus de 21 % », « over 21% », « more than 21% »). */
const isAtLeast = (label: string) => /(?:plus de|over|more than)\s+\d/i.test(label);

/**
 * « Part du site de Dunkerque dans les émissions industrielles de France »: the emissions figure (13,7 Mt CO₂/an)
 * whose label gives its share of France's industrial emissions (21 %), as a bar against the rest of French industry.
 */
export function emissionsChart(figures: readonly Figure[], lang: Lang = 'fr'): ChartSpec | undefined {
  const t = dictionary(lang).charts.emissions;
  const notGiven = dictionary(lang).charts.notGiven;
  const figure = distinctFigures(figures).find((f) => isCo2(f.unit) && emissionsShare(f.label) !== undefined);
  if (!figure) return undefined;
  const share = emissionsShare(figure.label)!;
  const atLeast = isAtLeast(figure.label);
  const sharePercent = valueWithUnit(share, '%', lang);
  const restPercent = valueWithUnit(100 - share, '%', lang);
  const shareText = atLeast ? t.moreThan(sharePercent) : sharePercent;
  const restText = atLeast ? t.lessThan(restPercent) : restPercent;
  const emissions = valueWithUnit(figure.value, figure.unit, lang);
  return {
    id: 'part-emissions',
    title: t.title,
    summary: t.summary(emissions, shareText),
    columns: [...t.columns],
    rows: [
      { label: t.site, value: share, valueText: shareText, extra: [emissions] },
      { label: t.rest, value: 100 - share, valueText: restText, extra: [notGiven] },
    ],
    sources: sourcesOf([figure]),
    axisUnit: '%',
    axisMax: 100,
  };
}

/** The chart with the language of each sector row's label (`lang` of the sector's page), when it is not the page's. */
export function withRowLangs(chart: ChartSpec, langOfSector: (sectorId: string) => string | undefined): ChartSpec {
  return {
    ...chart,
    rows: chart.rows.map((row) => {
      const lang = row.sectorId === undefined ? undefined : langOfSector(row.sectorId);
      return lang === undefined ? row : { ...row, lang };
    }),
  };
}
