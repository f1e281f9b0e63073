// Route costs by component side by side for the compared scenarios (lib/compare/route-costs.ts), on real engine runs.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COST_COMPONENTS, toRouteCostChart } from '@/lib/charts/route-cost-bars';
import { ROUTE_COST_COLUMNS } from '@/lib/charts/route-cost-csv';
import {
  COMPARE_COST_YEAR,
  hasAnyRouteCost,
  toCompareCostBarRows,
  toCompareRouteCostCsv,
  toCompareRouteCostData,
  toCompareRouteCosts,
  toRouteCostResult,
} from '@/lib/compare/route-costs';
import type { ComparedResult } from '@/lib/compare/overlay';
import { simulate } from '@/lib/model/simulate';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const tunnel = catalog.routes.find((r) => r.isLink)!.name;
const scenarios: ComparedResult[] = [
  { id: 'reference', name: 'Reference', result: simulate(catalog, makeAssumptions()) },
  { id: 'no-link', name: 'No link', result: simulate(catalog, makeAssumptions({ link: { openYear: null } })) },
  {
    id: 'dear',
    name: 'Dear tariff, short horizon',
    result: simulate(catalog, makeAssumptions({ horizonYear: 2060, link: { tariffUsdPerTonne: 40 } })),
  },
];
const data = toCompareRouteCostData(scenarios);

describe('toCompareRouteCostData', () => {
  it('keeps of each result only its years, ice premium rows and summary', () => {
    for (const [i, source] of data.sources.entries()) {
      const full = scenarios[i]!.result;
      expect(source.name).toBe(scenarios[i]!.name);
      expect(source.result.years).toEqual(full.years);
      expect(source.result.summary).toEqual(full.summary);
      expect(source.result.series.length).toBeGreaterThan(0);
      expect(source.result.series.every((s) => s.variable.startsWith('Ice Premium|'))).toBe(true);
    }
  });

  it('offers every destination and the union of years, 2050 first', () => {
    expect(data.destinations).toEqual(expect.arrayContaining(['Shanghai', 'Seattle', 'Rotterdam', 'Chicago']));
    expect(data.years[0]).toBe(2025);
    expect(data.years[data.years.length - 1]).toBe(makeAssumptions().horizonYear);
    expect(data.defaultYear).toBe(COMPARE_COST_YEAR);
    expect(toCompareRouteCostData([])).toEqual({ sources: [], destinations: [], years: [], defaultYear: null });
  });
});

describe('toCompareRouteCosts', () => {
  it("gives every route one entry per scenario, equal to that scenario's dashboard bar", () => {
    for (const destination of data.destinations) {
      const costs = toCompareRouteCosts(data.sources, 2050, destination);
      const dashboards = scenarios.map((s) => toRouteCostChart(s.result, 2050, destination));
      expect(costs.groups.map((g) => g.key)).toEqual(dashboards[0]!.bars.map((b) => b.key));
      for (const group of costs.groups) {
        expect(group.entries.map((e) => e.scenarioName)).toEqual(scenarios.map((s) => s.name));
        group.entries.forEach((entry, i) => {
          const bar = dashboards[i]!.bars.find((b) => b.key === group.key)!;
          expect(entry.components).toEqual(bar.components);
          expect(entry.totalUsdPerTonne).toBe(bar.totalUsdPerTonne);
          expect(entry.note).toBe(bar.note);
          if (entry.totalUsdPerTonne !== null)
            expect(COST_COMPONENTS.reduce((s, c) => s + entry.components[c.id]!, 0)).toBeCloseTo(entry.totalUsdPerTonne, 9);
        });
      }
    }
  });

  it('shows the link open in one scenario, absent in another and dearer by the tariff in a third', () => {
    const costs = toCompareRouteCosts(data.sources, 2050, 'Shanghai');
    const link = costs.groups.find((g) => g.route === tunnel && g.originName === 'Red Dog (NW Alaska)')!;
    const [reference, none, dear] = link.entries;
    expect(reference!.status).toBe('open');
    expect(none!.status).toBe('no-tunnel');
    expect(none!.totalUsdPerTonne).toBeNull();
    expect(dear!.components.tariffOrToll! - reference!.components.tariffOrToll!).toBeCloseTo(
      40 - makeAssumptions().link.tariffUsdPerTonne,
      9,
    );
  });

  it("leaves a scenario's entries empty after its horizon instead of showing another year", () => {
    const costs = toCompareRouteCosts(data.sources, 2070, 'Shanghai');
    expect(costs.year).toBe(2070);
    for (const group of costs.groups) {
      expect(group.entries[2]!.status).toBe('after-horizon');
      expect(group.entries[2]!.note).toBe("after this scenario's horizon, 2060");
      expect(group.entries[2]!.totalUsdPerTonne).toBeNull();
    }
    expect(hasAnyRouteCost(costs)).toBe(true);
    // Past every compared scenario's horizon, nothing has a cost.
    expect(hasAnyRouteCost(toCompareRouteCosts(data.sources.slice(0, 2), 2090, 'Shanghai'))).toBe(false);
  });
});

describe('toCompareCostBarRows', () => {
  it('has one row per route and scenario, the label on the first row of each route and the scenario on every row', () => {
    const costs = toCompareRouteCosts(data.sources, 2050, 'Shanghai');
    const rows = toCompareCostBarRows(costs);
    expect(rows).toHaveLength(costs.groups.length * scenarios.length);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    costs.groups.forEach((group, g) => {
      group.entries.forEach((entry, i) => {
        const row = rows[g * scenarios.length + i]!;
        expect(row.label).toBe(i === 0 ? `${group.label} · ${group.kmText}` : '');
        expect(row.detail.startsWith(`${entry.scenarioName}: `)).toBe(true);
        expect(row.detail).toMatch(entry.totalUsdPerTonne === null ? new RegExp(`${entry.note}$`) : / USD\/t$/);
        for (const c of COST_COMPONENTS) expect(row[c.id]).toBe(entry.components[c.id]);
      });
    });
  });
});

describe('toCompareRouteCostCsv', () => {
  it("writes one row per route and scenario with the dashboard's columns, components summing to the total", () => {
    const costs = toCompareRouteCosts(data.sources, 2070, 'Chicago');
    const [header, ...rows] = Papa.parse<string[]>(toCompareRouteCostCsv(costs), { skipEmptyLines: true }).data;
    expect(header).toEqual([...ROUTE_COST_COLUMNS]);
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(costs.groups.length * scenarios.length);
    costs.groups.forEach((group, g) =>
      group.entries.forEach((entry, i) => {
        const row = rows[g * scenarios.length + i]!;
        expect([row[col('Scenario')], row[col('Year')], row[col('Route')], row[col('Origin')], row[col('Destination')]]).toEqual([
          entry.scenarioName,
          '2070',
          group.route,
          group.originName,
          'Chicago',
        ]);
        expect(row[col('Note')]).toBe(entry.note);
        if (entry.totalUsdPerTonne === null) expect(row[col('Total')]).toBe('');
        else expect(COST_COMPONENTS.reduce((s, c) => s + Number(row[col(c.label)]), 0)).toBeCloseTo(Number(row[col('Total')]), 9);
        expect(row[col('Transit days')]).toBe(entry.transitDays === null ? '' : String(entry.transitDays));
      }),
    );
  });
});

describe('toRouteCostResult', () => {
  it('gives the same route-cost chart as the full result', () => {
    const full = scenarios[0]!.result;
    expect(toRouteCostChart(toRouteCostResult(full), 2045, 'Seattle')).toEqual(toRouteCostChart(full, 2045, 'Seattle'));
  });
});
