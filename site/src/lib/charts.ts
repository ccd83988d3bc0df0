/**
 * Geometry of the bar charts drawn at build time (/filieres/): linear scales, "nice" axes that always contain zero,
 * and the rectangles of horizontal bars, negative values going left of the zero line. Pure functions, no DOM: the
 * SVG is written by BarChart.astro from what they return. Coordinates are rounded to 0.1 unit so the markup is stable.
 */

/** Rounds to `decimals` digits, without `-0` (which would print as « -0 » in SVG). */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A linear scale from a domain to a range; a zero-width domain maps everything to the start of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) return () => r0;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts `span` into about `count` intervals. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** The axis of a chart: a domain that contains zero and every value, extended to round ticks. */
export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/**
 * The axis for `values`: always contains 0 (bars start at zero), ends on multiples of a nice step; empty data or
 * all-zero values give the axis 0…1.
 */
export function niceAxis(values: readonly number[], count = 5): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  if (lo === hi) return { min: 0, max: 1, step: 1, ticks: [0, 1] };
  const step = niceStep(hi - lo, count);
  const min = Math.floor(round(lo / step, 9)) * step;
  const max = Math.ceil(round(hi / step, 9)) * step;
  const ticks: number[] = [];
  for (let i = 0; i <= Math.round((max - min) / step); i++) ticks.push(round(min + i * step, 9));
  return { min: round(min, 9), max: round(max, 9), step, ticks };
}

/**
 * Cuts a label into lines of at most `maxChars` characters at spaces (SVG text does not wrap); a word longer than
 * the limit stays whole on its own line.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One bar to draw: its label, its value and the text shown beside it (« −9 % »). */
export interface BarDatum {
  label: string;
  value: number;
  valueText: string;
}

/** Layout of a horizontal bar chart, in SVG user units. */
export interface BarLayout {
  /** Total width of the drawing. */
  width: number;
  /** Room beside the plot for the value texts; by default from the longest value text. */
  padding?: number;
  /** Approximate width of one character of the value and label texts. */
  charWidth?: number;
  /** Height of one line of label above a bar. */
  lineHeight?: number;
  /** Height of a bar. */
  barHeight?: number;
  /** Space under each bar. */
  gap?: number;
  /** Height of the axis under the rows. */
  axisHeight?: number;
  /** A value the axis reaches whatever the data (100 for shares). */
  include?: number;
}

export interface BarGeometry<D extends BarDatum = BarDatum> {
  datum: D;
  /** Rectangle of the bar (width 0 for a zero value). */
  x: number;
  y: number;
  width: number;
  height: number;
  negative: boolean;
  /** The label cut into lines, each with its baseline, written from the left edge above the bar. */
  labelLines: Array<{ text: string; y: number }>;
  /** Where the value text goes, and its anchor: past the end of the bar, on the side it grows to. */
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
}

export interface BarChartGeometry<D extends BarDatum = BarDatum> {
  width: number;
  height: number;
  axis: Axis;
  /** x of the zero line. */
  zeroX: number;
  /** Left and right ends of the plot area. */
  plotLeft: number;
  plotRight: number;
  /** Bottom of the rows, where the axis line is drawn. */
  plotBottom: number;
  bars: BarGeometry<D>[];
  ticks: Array<{ value: number; x: number }>;
}

/**
 * The geometry of a horizontal bar chart: one row per datum (its label above, wrapped to the width, and its bar
 * below), every bar starting at the zero line and growing right for positive values and left for negative ones, the
 * value written past its end.
 */
export function barChart<D extends BarDatum>(data: readonly D[], layout: BarLayout): BarChartGeometry<D> {
  const charWidth = layout.charWidth ?? 10;
  const padding = layout.padding ?? Math.max(0, ...data.map((d) => d.valueText.length)) * charWidth + 12;
  const lineHeight = layout.lineHeight ?? 22;
  const barHeight = layout.barHeight ?? 26;
  const gap = layout.gap ?? 18;
  const axisHeight = layout.axisHeight ?? 32;
  const values = data.map((d) => d.value);
  const axis = niceAxis(layout.include === undefined ? values : [...values, layout.include]);
  const hasNegative = values.some((v) => v < 0);
  const hasPositive = values.some((v) => v > 0) || !hasNegative;
  const plotLeft = hasNegative ? padding : 0;
  const plotRight = layout.width - (hasPositive ? padding : 0);
  const x = linearScale([axis.min, axis.max], [plotLeft, plotRight]);
  const zeroX = round(x(0));
  const maxChars = Math.max(8, Math.floor(layout.width / charWidth));
  let top = 0;
  const bars = data.map((datum) => {
    const lines = wrapLabel(datum.label, maxChars);
    const labelLines = lines.map((text, i) => ({ text, y: round(top + (i + 1) * lineHeight - 6) }));
    const barY = top + lines.length * lineHeight + 4;
    top = barY + barHeight + gap;
    const end = round(x(datum.value));
    const negative = datum.value < 0;
    return {
      datum,
      x: Math.min(zeroX, end),
      y: round(barY),
      width: round(Math.abs(end - zeroX)),
      height: barHeight,
      negative,
      labelLines,
      valueX: negative ? round(end - 6) : round(end + 6),
      valueY: round(barY + barHeight * 0.72),
      valueAnchor: negative ? ('end' as const) : ('start' as const),
    };
  });
  return {
    width: layout.width,
    height: round(top + axisHeight),
    axis,
    zeroX,
    plotLeft: round(plotLeft),
    plotRight: round(plotRight),
    plotBottom: round(top),
    bars,
    ticks: axis.ticks.map((value) => ({ value, x: round(x(value)) })),
  };
}
