/** One line of the bench table; a goal is « at most `max` », hard (fails the run) or stretch (reported only). */
export interface Measure {
  section: string;
  name: string;
  value: number;
  unit: 's' | 'ms' | 'MB' | 'kB' | 'pages' | '×' | '/s' | 'entries' | 'builds' | 'images';
  goal?: { max: number; kind: 'hard' | 'stretch' };
}

export type Verdict = 'PASS' | 'MISS' | '';

export function verdict(measure: Measure): Verdict {
  if (!measure.goal) return '';
  return Number.isFinite(measure.value) && measure.value <= measure.goal.max ? 'PASS' : 'MISS';
}

function format(value: number, unit: Measure['unit']): string {
  if (!Number.isFinite(value)) return '—';
  const digits = unit === 'pages' || unit === 'entries' || unit === 'builds' || unit === 'images' || unit === '/s' || unit === 'MB' ? 0 : unit === '×' ? 2 : 1;
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** The table printed on the terminal. */
export function renderTable(measures: Measure[]): string {
  const rows = measures.map((m) => [
    m.section,
    m.name,
    format(m.value, m.unit),
    m.goal ? `≤ ${format(m.goal.max, m.unit)}${m.goal.kind === 'stretch' ? ' (stretch)' : ''}` : '',
    verdict(m),
  ]);
  const header = ['', 'measure', 'value', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(header), rule];
  let section = '';
  for (const [i, row] of rows.entries()) {
    if (measures[i].section !== section && section !== '') out.push(rule);
    section = measures[i].section;
    out.push(line(row));
  }
  return out.join('\n');
}

export const MB = (bytes: number) => bytes / 1e6;
