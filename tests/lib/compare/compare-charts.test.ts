import { describe, expect, it } from 'vitest';
import { buildCompareCharts, TOTAL_PRODUCTION } from '@/lib/compare/compare-charts';
import type { ComparedResult } from '@/lib/compare/overlay';
import type { Series, SimulationResult } from '@/lib/model/types';

const s = (variable: string, values: (number | null)[], unit = 'Mt per year'): Series => ({ variable, region: 'World', unit, values });

const result = (oil: number, tunnel: (number | null)[]): SimulationResult => ({
  years: [2025, 2026],
  series: [
    s('Sea Ice Extent|September', [4, 3.9], 'million km2'),
    s('Production|Oil', [oil, oil]),
    s('Production|Zinc', [1, 1]),
    s('Transport Volume|Tunnel Rail', tunnel),
    s('Transport Cost|Tunnel Rail|Shanghai', [null, 30], 'USD per tonne'),
    s('Transport Cost|Suez|Rotterdam', [70, 70], 'USD per tonne'),
  ],
});
const scenarios: ComparedResult[] = [
  { id: 'reference', name: 'Reference', result: result(2, [0, 5]) },
  { id: 'x', name: 'Mine', result: result(3, [0, 0]) },
];

describe('buildCompareCharts', () => {
  const charts = buildCompareCharts(scenarios, 'Tunnel Rail');

  it('offers total production first, then each commodity, each with one line per scenario', () => {
    expect(charts.production.map((o) => o.value)).toEqual([TOTAL_PRODUCTION, 'Oil', 'Zinc']);
    const total = charts.production[0]!.spec;
    expect(total.lines.map((l) => l.label)).toEqual(['Reference', 'Mine']);
    expect(total.rows[0]).toEqual({ year: 2025, s0: 3, s1: 4 });
  });

  it('prepares cost charts only for route and destination pairs that exist', () => {
    expect(charts.costs.map((c) => `${c.route}→${c.destination}`)).toEqual(['Tunnel Rail→Shanghai', 'Suez→Rotterdam']);
    expect(charts.routes).toEqual(['Tunnel Rail', 'Suez']);
    expect(charts.destinations).toEqual(['Shanghai', 'Rotterdam']);
  });

  it('draws sea ice and tunnel volume per scenario, and no tunnel chart without a tunnel route', () => {
    expect(charts.seaIce.lines).toHaveLength(2);
    expect(charts.tunnelVolume?.rows[1]).toEqual({ year: 2026, s0: 5, s1: 0 });
    expect(buildCompareCharts(scenarios, null).tunnelVolume).toBeNull();
  });
});
