// The link's charts (lib/charts/corridor-charts.ts): crossings by direction and cargo against the
// capacity, and the link's cash flow, on real engine runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartInput } from '@/lib/charts/chart-spec';
import { capacityVariable, withDerivedSeries } from '@/lib/charts/dashboard-charts';
import {
  TOTAL_CROSSINGS,
  hasBars,
  toCashFlowChart,
  toCrossingsChart,
  toStackedValueTicks,
  withCrossingTotal,
} from '@/lib/charts/corridor-charts';
import type { ChartRow, LineDef } from '@/lib/charts/types';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions } from '@/lib/model/types';
import { VARIABLES, crossingVariable } from '@/lib/model/variables';
import { assumptionsArbitrary } from '../../support/arbitraries';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const tunnel = catalog.routes.find((r) => r.isLink)!.name;
const reference = makeAssumptions();
const drawn = (a: Assumptions) => withCrossingTotal(withDerivedSeries(simulate(catalog, a), a, tunnel));
const inputsFor = (cur: Assumptions, base: Assumptions): ChartInput[] => [
  { id: 'cur', scenario: 'current', result: drawn(cur) },
  { id: 'base', scenario: 'baseline', result: drawn(base), labelSuffix: ' (baseline)', isDashed: true },
];
const valuesOf = (result: ChartInput['result'], variable: string) =>
  result.series.find((s) => s.variable === variable && s.region === 'World')!.values;

describe('toCrossingsChart', () => {
  it('stacks the four direction × cargo bars to Strait Crossing|Eastbound + |Westbound in every year, for any scenario', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => {
        const inputs = inputsFor(a, reference);
        const spec = toCrossingsChart(inputs, tunnel);
        const bars = spec.lines.filter((l) => l.mark === 'bar');
        expect(bars).toHaveLength(4);
        expect(bars.every((l) => l.source.scenario === 'current' && l.stack === bars[0]!.stack)).toBe(true);
        const east = valuesOf(inputs[0]!.result, crossingVariable('Eastbound'));
        const west = valuesOf(inputs[0]!.result, crossingVariable('Westbound'));
        const total = spec.lines.find((l) => l.source.variable === TOTAL_CROSSINGS && !l.isDashed)!;
        spec.rows.forEach((row, i) => {
          const stacked = bars.reduce((s, l) => s + (row[l.key] ?? 0), 0);
          expect(stacked).toBeCloseTo((east[i] ?? 0) + (west[i] ?? 0), 9);
          expect(row[total.key] ?? 0).toBeCloseTo(stacked, 9);
        });
      }),
      { numRuns: 25, seed: 47 },
    );
  });

  it('draws the capacity from the opening year and the baseline as dashed lines only', () => {
    const spec = toCrossingsChart(inputsFor(reference, makeAssumptions({ link: { openYear: null } })), tunnel);
    const capacity = spec.lines.find((l) => l.source.variable === capacityVariable(tunnel) && !l.isDashed)!;
    expect(capacity.curve).toBe('stepAfter');
    expect(spec.rows.find((r) => r.year === 2041)![capacity.key]).toBeNull();
    expect(spec.rows.find((r) => r.year === 2042)![capacity.key]).toBe(reference.link.capacityMtPerYear);
    const baseline = spec.lines.filter((l) => l.isDashed);
    expect(baseline.map((l) => l.source.variable).sort()).toEqual([capacityVariable(tunnel), TOTAL_CROSSINGS].sort());
    expect(baseline.every((l) => l.mark === undefined)).toBe(true);
    expect(spec.yLabel).toBe('Crossings (Mt/yr)');
    expect(hasBars(spec)).toBe(true);
  });

  it('moves when the tariff or the capacity changes', () => {
    const a = toCrossingsChart(inputsFor(reference, reference), tunnel);
    const cheaper = toCrossingsChart(inputsFor(makeAssumptions({ link: { tariffUsdPerTonne: 0 } }), reference), tunnel);
    const bigger = toCrossingsChart(inputsFor(makeAssumptions({ link: { capacityMtPerYear: 300 } }), reference), tunnel);
    expect(cheaper.rows).not.toEqual(a.rows);
    expect(bigger.rows).not.toEqual(a.rows);
  });
});

describe('toCashFlowChart', () => {
  it('draws the yearly cash flow as bars and its discounted running sum, whose last value is the NPV', () => {
    const inputs = inputsFor(reference, reference);
    const spec = toCashFlowChart(inputs);
    const bars = spec.lines.filter((l) => l.mark === 'bar');
    expect(bars.map((l) => l.source)).toEqual([{ variable: VARIABLES.tunnelCashFlow, region: 'World', scenario: 'current' }]);
    const cumulative = spec.lines.find((l) => l.source.variable === VARIABLES.tunnelCumulativeDiscountedCashFlow && !l.isDashed)!;
    const last = spec.rows[spec.rows.length - 1]!;
    expect(last[cumulative.key]).toBeCloseTo(inputs[0]!.result.summary!.linkNpvBnUsd!, 9);
    const cash = valuesOf(inputs[0]!.result, VARIABLES.tunnelCashFlow);
    spec.rows.forEach((row, i) => expect(row[bars[0]!.key]).toBe(cash[i]));
    expect(spec.lines.some((l) => l.isDashed && l.source.variable === VARIABLES.tunnelCumulativeDiscountedCashFlow)).toBe(true);
  });

  it('has no values without a tunnel', () => {
    const spec = toCashFlowChart(inputsFor(makeAssumptions({ link: { openYear: null } }), reference));
    const current = spec.lines.filter((l) => !l.isDashed);
    expect(spec.rows.every((row) => current.every((l) => row[l.key] === null))).toBe(true);
  });
});

describe('toStackedValueTicks', () => {
  const line = (key: string, extra: Partial<LineDef> = {}): LineDef => ({
    key,
    label: key,
    unit: '',
    color: '',
    group: key,
    source: { variable: key, region: 'World', scenario: 'current' },
    ...extra,
  });

  it('spans each year’s stacked positive and negative bars and every line value', () => {
    const value = fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 20 }), (data) => {
        const rows: ChartRow[] = data.map(([a, b, c], i) => ({ year: 2025 + i, a, b, c }));
        const lines = [line('a', { mark: 'bar', stack: 's' }), line('b', { mark: 'bar', stack: 's' }), line('c')];
        const ticks = toStackedValueTicks(rows, lines);
        const lo = ticks[0]!;
        const hi = ticks[ticks.length - 1]!;
        for (const [a, b, c] of data) {
          const up = [a, b].reduce<number>((s, v) => s + (v !== null && v > 0 ? v : 0), 0);
          const down = [a, b].reduce<number>((s, v) => s + (v !== null && v < 0 ? v : 0), 0);
          expect(hi).toBeGreaterThanOrEqual(up - 1e-9);
          expect(lo).toBeLessThanOrEqual(down + 1e-9);
          if (c !== null) {
            expect(hi).toBeGreaterThanOrEqual(c - 1e-9);
            expect(lo).toBeLessThanOrEqual(c + 1e-9);
          }
        }
      }),
      { numRuns: 200, seed: 48 },
    );
  });
});
