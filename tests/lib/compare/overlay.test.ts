import { describe, expect, it } from 'vitest';
import {
  listCommodities,
  listCostRoutes,
  pickProductionTotal,
  pickSeries,
  scenarioColor,
  scenarioDash,
  toOverlaySpec,
  type ComparedResult,
} from '@/lib/compare/overlay';
import type { Series, SimulationResult } from '@/lib/model/types';

const series = (variable: string, values: (number | null)[], unit = 'Mt/yr', region: Series['region'] = 'World'): Series => ({
  variable,
  region,
  unit,
  values,
});

const short: SimulationResult = {
  years: [2025, 2026, 2027],
  series: [
    series('Production|Oil', [1, 2, 3]),
    series('Production|Copper', [0.5, null, 1]),
    series('Production|Oil|Energy', [1, 2, 3], 'Mtoe/yr'),
    series('Production|Oil', [9, 9, 9], 'Mt/yr', 'Russia'),
    series('Sea Ice Extent|September', [4, 3.9, 3.8], 'million km2'),
    series('Transport Cost|Tunnel Rail|Shanghai', [null, 40, 39], 'USD/t'),
    series('Transport Cost|Suez|Rotterdam', [80, 80, 80], 'USD/t'),
  ],
};
const long: SimulationResult = {
  years: [2025, 2026, 2027, 2028],
  series: [series('Production|LNG', [5, 5, 5, 5]), series('Sea Ice Extent|September', [4, 3.5, 3, 2.5], 'million km2')],
};
const scenarios: ComparedResult[] = [
  { id: 'a', name: 'Short', result: short },
  { id: 'b', name: 'Long', result: long },
];

describe('toOverlaySpec', () => {
  it('draws one line per scenario, named after it, in its own colour', () => {
    const spec = toOverlaySpec(scenarios, pickSeries('Sea Ice Extent|September'), {
      title: 'Sea-ice extent',
      variable: 'Sea Ice Extent|September',
    });
    expect(spec.lines.map((l) => [l.label, l.color, l.isDashed ?? false])).toEqual([
      ['Short', scenarioColor(0), false],
      ['Long', scenarioColor(1), false],
    ]);
    expect(new Set(spec.lines.map((l) => l.group)).size).toBe(2);
    expect(spec.yLabel).toBe('Sea-ice extent (million km2)');
  });

  it('gives each of four scenarios its own line pattern, so identical lines stay tellable apart', () => {
    const patterns = [0, 1, 2, 3].map((i) => scenarioDash(i) ?? 'solid');
    expect(new Set(patterns).size).toBe(4);
    const spec = toOverlaySpec(scenarios, pickSeries('Sea Ice Extent|September'), {
      title: 'Sea-ice extent',
      variable: 'Sea Ice Extent|September',
    });
    expect(spec.lines.map((l) => l.dashPattern)).toEqual([scenarioDash(0), scenarioDash(1)]);
    expect(spec.lines[1]?.dashPattern).toBeTruthy();
  });

  it('covers the union of years and leaves a gap where a scenario does not simulate', () => {
    const spec = toOverlaySpec(scenarios, pickSeries('Sea Ice Extent|September'), { title: 'Ice', variable: 'Sea Ice Extent|September' });
    expect(spec.rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(spec.rows[3]).toEqual({ year: 2028, s0: null, s1: 2.5 });
    expect(spec.rows[1]).toEqual({ year: 2026, s0: 3.9, s1: 3.5 });
  });

  it('draws no line for a scenario that lacks the series', () => {
    const spec = toOverlaySpec(scenarios, pickSeries('Production|Oil'), { title: 'Oil', variable: 'Production|Oil' });
    expect(spec.lines.map((l) => l.label)).toEqual(['Short']);
    expect(spec.rows[0]).toEqual({ year: 2025, s0: 1 });
  });

  it('keeps a null value as a gap', () => {
    const spec = toOverlaySpec(scenarios, pickSeries('Transport Cost|Tunnel Rail|Shanghai'), {
      title: 'Cost',
      variable: 'Transport Cost|Tunnel Rail|Shanghai',
    });
    expect(spec.rows[0]?.s0).toBeNull();
    expect(spec.rows[1]?.s0).toBe(40);
  });
});

describe('pickProductionTotal', () => {
  it('adds the World tonnage rows of every commodity and skips energy and country rows', () => {
    expect(pickProductionTotal(short)).toEqual({ values: [1.5, 2, 4], unit: 'Mt/yr' });
  });

  it('returns null for a result without production', () => {
    expect(pickProductionTotal({ years: [2025], series: [] })).toBeNull();
  });
});

describe('listCommodities and listCostRoutes', () => {
  it('list commodities and cost routes and destinations across results, first seen first', () => {
    expect(listCommodities([short, long])).toEqual(['Oil', 'Copper', 'LNG']);
    expect(listCostRoutes([short, long])).toEqual({ routes: ['Tunnel Rail', 'Suez'], destinations: ['Shanghai', 'Rotterdam'] });
  });
});
