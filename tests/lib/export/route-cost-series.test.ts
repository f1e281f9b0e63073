// Route costs as yearly rows for the comparison CSV (lib/export/route-cost-series.ts), on real engine runs.
import { describe, expect, it } from 'vitest';
import { COST_COMPONENTS, toRouteCostChart } from '@/lib/charts/route-cost-bars';
import { toIamcCsv } from '@/lib/export/csv';
import { toRouteCostSeries, withRouteCostSeries } from '@/lib/export/route-cost-series';
import { findOriginName } from '@/lib/model/origins';
import { simulate } from '@/lib/model/simulate';
import { ROUTE_COST_PARTS, costVariable, routeCostVariable } from '@/lib/model/variables';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const run = simulate(catalog, makeAssumptions());

describe('toRouteCostSeries', () => {
  const rows = toRouteCostSeries(run);

  it('writes one row per route and part, named by origin name, aligned with the years', () => {
    expect(rows).toHaveLength(run.summary.routeCosts.length * ROUTE_COST_PARTS.length);
    for (const row of rows) {
      expect(row.values).toHaveLength(run.years.length);
      expect(row.unit).toBe('USD per tonne');
      expect(row.region).toBe('World');
      expect(row.variable).toMatch(/^Route Cost\|[^|]+\|[^|]+\|[^|]+\|[^|]+$/);
    }
    const entry = run.summary.routeCosts[0]!;
    expect(rows[0]!.variable).toBe(routeCostVariable(entry.route, findOriginName(entry.origin)!, entry.destination, 'Line Haul'));
    expect(rows.some((r) => r.variable.includes('|alaska-northwest|'))).toBe(false);
  });

  it('holds in every year the numbers of the route-cost bars, and the Transport Cost of each reference leg', () => {
    const value = (route: string, origin: string, destination: string, part: (typeof ROUTE_COST_PARTS)[number], t: number) =>
      rows.find((r) => r.variable === routeCostVariable(route, origin, destination, part))!.values[t];
    for (const year of [2030, 2042, 2050, 2075]) {
      const t = run.years.indexOf(year);
      for (const destination of ['Shanghai', 'Seattle', 'Rotterdam', 'Chicago']) {
        const chart = toRouteCostChart(run, year, destination);
        for (const bar of chart.bars) {
          expect(value(bar.route, bar.originName, destination, 'Total', t)).toBe(bar.totalUsdPerTonne);
          COST_COMPONENTS.forEach((c, i) =>
            expect(value(bar.route, bar.originName, destination, ROUTE_COST_PARTS[i]!, t)).toBe(bar.components[c.id]),
          );
        }
        // The first leg of a route to a destination (summary order) is its reference leg: its Transport Cost row.
        const seen = new Set<string>();
        for (const leg of run.summary.routeCosts.filter((r) => r.destination === destination)) {
          if (seen.has(leg.route)) continue;
          seen.add(leg.route);
          const bar = chart.bars.find((b) => b.route === leg.route && b.origin === leg.origin)!;
          const cost = run.series.find((s) => s.variable === costVariable(bar.route, destination));
          if (cost === undefined || cost.values[t] === null) continue;
          expect(value(bar.route, bar.originName, destination, 'Total', t)).toBeCloseTo(cost.values[t]!, 6);
        }
      }
    }
  });

  it('gives no rows without a summary, and adds them after the own series in withRouteCostSeries', () => {
    expect(toRouteCostSeries({ years: run.years, series: run.series })).toEqual([]);
    const extended = withRouteCostSeries(run);
    expect(extended.series.slice(0, run.series.length)).toEqual(run.series);
    expect(extended.series.slice(run.series.length)).toEqual(rows);
    const csv = toIamcCsv([{ scenario: 'Reference', result: extended }]);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + run.series.length + rows.length);
  });
});
