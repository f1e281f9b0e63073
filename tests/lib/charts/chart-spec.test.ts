import { describe, expect, it } from 'vitest';
import { buildChartSpec, unionOfYears, type ChartInput } from '@/lib/charts/chart-spec';
import type { SimulationResult } from '@/lib/model/types';

const result = (years: number[], series: SimulationResult['series']): SimulationResult => ({ years, series });

const current = result(
  [2025, 2026, 2027],
  [
    { variable: 'Production|Oil', region: 'World', unit: 'Mt per year', values: [1, 2, 3] },
    { variable: 'Production|LNG', region: 'World', unit: 'Mt per year', values: [null, 5, 6] },
  ],
);
const baseline = result([2025, 2026], [{ variable: 'Production|Oil', region: 'World', unit: 'Mt per year', values: [10, 20] }]);
const inputs: ChartInput[] = [
  { id: 'cur', scenario: 'current', result: current },
  { id: 'base', scenario: 'baseline', result: baseline, labelSuffix: ' (baseline)', isDashed: true },
];
const picks = [
  { variable: 'Production|Oil', region: 'World', label: 'Oil', color: '#000' },
  { variable: 'Production|LNG', region: 'World', label: 'LNG', color: '#00f' },
  { variable: 'Production|Gold', region: 'World', label: 'Gold', color: '#ff0' },
];

describe('buildChartSpec', () => {
  const spec = buildChartSpec(inputs, picks, 'Production (Mt/yr)');

  it('draws one line per input and pick whose series exists', () => {
    expect(spec.lines.map((l) => [l.key, l.label, l.isDashed])).toEqual([
      ['cur_0', 'Oil', false],
      ['cur_1', 'LNG', false],
      ['base_0', 'Oil (baseline)', true],
    ]);
  });

  it('keeps units, groups and the source series of each line', () => {
    expect(spec.lines[2]).toMatchObject({
      unit: 'Mt per year',
      group: 'Oil',
      source: { variable: 'Production|Oil', region: 'World', scenario: 'baseline' },
    });
  });

  it('has one row per year of the union, with null where an input has no value or no year', () => {
    expect(spec.rows).toEqual([
      { year: 2025, cur_0: 1, cur_1: null, base_0: 10 },
      { year: 2026, cur_0: 2, cur_1: 5, base_0: 20 },
      { year: 2027, cur_0: 3, cur_1: 6, base_0: null },
    ]);
  });

  it('uses no dots in line keys (Recharts reads them as paths)', () => {
    expect(spec.lines.every((l) => !l.key.includes('.'))).toBe(true);
  });

  it('draws a pick only for the inputs it names', () => {
    const only = buildChartSpec(inputs, [{ ...picks[0]!, inputIds: ['base'] }], 'y');
    expect(only.lines.map((l) => l.key)).toEqual(['base_0']);
  });

  it('gives empty rows and lines for no inputs', () => {
    expect(buildChartSpec([], picks, 'y')).toEqual({ rows: [], lines: [], yLabel: 'y' });
  });
});

describe('unionOfYears', () => {
  it('returns the sorted union of years', () => {
    expect(unionOfYears([result([2030, 2031], []), result([1979, 2030], [])])).toEqual([1979, 2030, 2031]);
  });
});

describe('isSameChartSpec', () => {
  const spec = () => buildChartSpec(inputs, picks, 'Production (Mt/yr)');

  it('finds two builds of the same data equal', async () => {
    const { isSameChartSpec } = await import('@/lib/charts/same-spec');
    expect(isSameChartSpec(spec(), spec())).toBe(true);
  });

  it('finds a changed value, label or axis title different', async () => {
    const { isSameChartSpec } = await import('@/lib/charts/same-spec');
    const changed = spec();
    changed.rows[1]!.cur_0 = 2.5;
    expect(isSameChartSpec(spec(), changed)).toBe(false);
    expect(isSameChartSpec(spec(), { ...spec(), yLabel: 'other' })).toBe(false);
    const relabelled = spec();
    relabelled.lines[0] = { ...relabelled.lines[0]!, label: 'Crude' };
    expect(isSameChartSpec(spec(), relabelled)).toBe(false);
    const repatterned = spec();
    repatterned.lines[0] = { ...repatterned.lines[0]!, dashPattern: '2 3' };
    expect(isSameChartSpec(spec(), repatterned)).toBe(false);
  });
});

describe('isSameLines', () => {
  const spec = () => buildChartSpec(inputs, picks, 'Production (Mt/yr)');

  it('ignores the values: the same lines over other numbers are the same lines', async () => {
    const { isSameLines } = await import('@/lib/charts/same-spec');
    const changed = spec();
    changed.rows[1]!.cur_0 = 2.5;
    expect(isSameLines(spec().lines, changed.lines)).toBe(true);
  });

  it('finds another colour, axis or line count different', async () => {
    const { isSameLines } = await import('@/lib/charts/same-spec');
    const lines = spec().lines;
    expect(isSameLines(lines, [{ ...lines[0]!, color: '#000000' }, ...lines.slice(1)])).toBe(false);
    expect(isSameLines(lines, [{ ...lines[0]!, axis: 'right' }, ...lines.slice(1)])).toBe(false);
    expect(isSameLines(lines, lines.slice(1))).toBe(false);
  });
});

describe('isSameYears', () => {
  const spec = () => buildChartSpec(inputs, picks, 'Production (Mt/yr)');

  it('ignores the values: the same years with other numbers are the same years', async () => {
    const { isSameYears } = await import('@/lib/charts/same-spec');
    const changed = spec();
    changed.rows[1]!.cur_0 = 2.5;
    expect(isSameYears(spec().rows, changed.rows)).toBe(true);
  });

  it('finds another year, a missing year or another order different', async () => {
    const { isSameYears } = await import('@/lib/charts/same-spec');
    const rows = spec().rows;
    expect(isSameYears(rows, [{ ...rows[0]!, year: rows[0]!.year - 1 }, ...rows.slice(1)])).toBe(false);
    expect(isSameYears(rows, rows.slice(1))).toBe(false);
    expect(isSameYears(rows, [...rows].reverse())).toBe(false);
  });
});
