import { describe, expect, it } from 'vitest';
import { barChart, linearScale, niceAxis, niceStep, round, wrapLabel } from '../src/lib/charts';

const datum = (value: number, label = `v${value}`) => ({ label, value, valueText: String(value) });

describe('round', () => {
  it('rounds to one decimal by default and never returns -0', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(12.35, 1)).toBe(12.4);
    expect(round(12.3456, 2)).toBe(12.35);
    expect(Object.is(round(-0.01), 0)).toBe(true);
  });
});

describe('wrap label', () => {
  it('cuts at spaces under the limit, keeps an over-long word whole, and gives no line for an empty label', () => {
    expect(wrapLabel('Verre, ciment et minéraux', 13)).toEqual(['Verre, ciment', 'et minéraux']);
    expect(wrapLabel('Anticonstitutionnellement dit', 10)).toEqual(['Anticonstitutionnellement', 'dit']);
    expect(wrapLabel('  ', 10)).toEqual([]);
  });
});

describe('linear scale', () => {
  it('maps the domain onto the range, also reversed and beyond its ends', () => {
    const x = linearScale([0, 100], [0, 500]);
    expect(x(0)).toBe(0);
    expect(x(50)).toBe(250);
    expect(x(120)).toBe(600);
    const y = linearScale([0, 10], [200, 0]);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });

  it('maps a negative domain with zero inside it', () => {
    const x = linearScale([-15, 0], [0, 300]);
    expect(x(-15)).toBe(0);
    expect(x(0)).toBe(300);
    expect(x(-9)).toBeCloseTo(120);
  });

  it('maps everything to the start of the range when the domain has no width', () => {
    const x = linearScale([5, 5], [10, 90]);
    expect(x(5)).toBe(10);
    expect(x(100)).toBe(10);
  });
});

describe('nice axis', () => {
  it('uses steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(30000, 5)).toBe(10000);
    expect(niceStep(12, 5)).toBe(2.5);
    expect(niceStep(13, 5)).toBe(5);
    expect(niceStep(9, 5)).toBe(2);
    expect(niceStep(0.7, 5)).toBe(0.2);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('starts at zero for positive values and ends on a round tick above the largest', () => {
    expect(niceAxis([20000, 30000])).toEqual({ min: 0, max: 30000, step: 10000, ticks: [0, 10000, 20000, 30000] });
    expect(niceAxis([13.7]).max).toBe(15);
    expect(niceAxis([21, 100]).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('ends at zero for negative values and starts on a round tick below the smallest', () => {
    const axis = niceAxis([-9, -8, -13]);
    expect(axis.max).toBe(0);
    expect(axis.min).toBe(-15);
    expect(axis.ticks).toEqual([-15, -10, -5, 0]);
    expect(axis.ticks.at(-1)).toBe(0);
  });

  it('spans both sides for mixed values, zero among its ticks', () => {
    const axis = niceAxis([-9, 4]);
    expect(axis.min).toBeLessThanOrEqual(-9);
    expect(axis.max).toBeGreaterThanOrEqual(4);
    expect(axis.ticks).toContain(0);
  });

  it('is 0…1 for no data, all zeros or non-finite values', () => {
    for (const values of [[], [0, 0], [Number.NaN]]) expect(niceAxis(values)).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1] });
  });
});

describe('bar chart geometry', () => {
  it('draws positive bars from the left edge, proportional to their value, values written after their end', () => {
    const chart = barChart([datum(20000), datum(30000)], { width: 600, padding: 100 });
    expect(chart.zeroX).toBe(0);
    expect(chart.plotRight).toBe(500);
    const [a, b] = chart.bars;
    expect(a).toMatchObject({ x: 0, width: 333.3, negative: false, valueAnchor: 'start', valueX: 339.3 });
    expect(b).toMatchObject({ x: 0, width: 500 });
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
    expect(chart.plotBottom).toBe(2 * (22 + 4 + 26 + 18));
    expect(chart.height).toBe(chart.plotBottom + 32);
  });

  it('draws negative bars leftwards from a zero line on the right, values written before their start', () => {
    const chart = barChart([datum(-9), datum(-8), datum(-13)], { width: 600, padding: 100 });
    expect(chart.axis.min).toBe(-15);
    expect(chart.zeroX).toBe(600);
    const [metal, , minerals] = chart.bars;
    expect(metal).toMatchObject({ negative: true, valueAnchor: 'end' });
    expect(metal!.x + metal!.width).toBe(600);
    expect(metal!.width).toBe(300);
    expect(minerals!.width).toBeGreaterThan(metal!.width);
    expect(minerals!.valueX).toBe(round(minerals!.x - 6));
  });

  it('puts the zero line inside the plot when values have both signs', () => {
    const chart = barChart([datum(-5), datum(5)], { width: 400, padding: 50 });
    expect(chart.zeroX).toBeGreaterThan(50);
    expect(chart.zeroX).toBeLessThan(350);
    expect(chart.bars[0]!.x + chart.bars[0]!.width).toBeCloseTo(chart.zeroX, 1);
    expect(chart.bars[1]!.x).toBe(chart.zeroX);
  });

  it('reaches the value it must include (100 for a share) even when the data stay below it', () => {
    const chart = barChart([datum(21), datum(79)], { width: 500, padding: 100, include: 100 });
    expect(chart.axis.max).toBe(100);
    expect(chart.bars[0]!.width).toBe(84);
  });

  it('gives a zero value a bar of no width on the zero line', () => {
    const chart = barChart([datum(0), datum(10)], { width: 300 });
    expect(chart.bars[0]).toMatchObject({ x: 0, width: 0 });
  });

  it('has no bars but an axis and a height for empty data', () => {
    const chart = barChart([], { width: 300 });
    expect(chart.bars).toEqual([]);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(chart.height).toBe(32);
  });

  it('leaves room for the longest value text beside the plot by default', () => {
    const chart = barChart([datum(20000, 'a'), { label: 'b', value: 30000, valueText: '30 000 emplois' }], { width: 600 });
    expect(chart.plotRight).toBe(600 - (14 * 10 + 12));
    expect(chart.bars[1]!.valueX + 14 * 10).toBeLessThanOrEqual(600);
  });

  it('wraps a long label over several lines and pushes the next rows down', () => {
    const long = 'Emplois créés en comptant les emplois indirects et induits, tous secteurs confondus';
    const chart = barChart([datum(1, long), datum(2, 'court')], { width: 300, padding: 40 });
    const [first, second] = chart.bars;
    expect(first!.labelLines.length).toBeGreaterThan(1);
    expect(first!.labelLines.map((l) => l.text).join(' ')).toBe(long);
    for (const line of first!.labelLines) expect(line.text.length).toBeLessThanOrEqual(Math.floor(300 / 10));
    expect(first!.y).toBeGreaterThan(first!.labelLines.at(-1)!.y);
    expect(second!.labelLines[0]!.y).toBeGreaterThan(first!.y + first!.height);
  });

  it('rounds every coordinate to a tenth', () => {
    const chart = barChart([datum(1), datum(3), datum(7)], { width: 333, padding: 37 });
    for (const bar of chart.bars) {
      for (const n of [bar.x, bar.y, bar.width, bar.valueX, bar.valueY, ...bar.labelLines.map((l) => l.y)]) expect(round(n)).toBe(n);
    }
    for (const tick of chart.ticks) expect(round(tick.x)).toBe(tick.x);
  });
});
