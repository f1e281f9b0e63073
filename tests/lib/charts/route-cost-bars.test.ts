// Route cost per tonne by component (lib/charts/route-cost-bars.ts, route-cost-csv.ts) on real engine runs.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listDestinations } from '@/lib/charts/dashboard-charts';
import {
  COST_COMPONENTS,
  isSameRouteCostChart,
  toCostBarRows,
  toKmText,
  toOriginName,
  toRouteCostChart,
} from '@/lib/charts/route-cost-bars';
import { ROUTE_COST_COLUMNS, toRouteCostCsv } from '@/lib/charts/route-cost-csv';
import { simulate } from '@/lib/model/simulate';
import { costVariable } from '@/lib/model/variables';
import { assumptionsArbitrary } from '../../support/arbitraries';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const reference = makeAssumptions();
const run = simulate(catalog, reference);
const tunnel = catalog.routes.find((r) => r.isLink)!.name;

describe('toRouteCostChart', () => {
  it('sums its components to each bar total, and equals Transport Cost on every reference leg, for any scenario and year', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), fc.integer({ min: 2025, max: 2100 }), (a, year) => {
        const result = simulate(catalog, a);
        for (const destination of listDestinations(result)) {
          const chart = toRouteCostChart(result, year, destination);
          const t = result.years.indexOf(chart.year!);
          const seen = new Set<string>();
          expect(chart.bars).toHaveLength(result.summary.routeCosts.filter((r) => r.destination === destination).length);
          for (const bar of chart.bars) {
            const parts = COST_COMPONENTS.map((c) => bar.components[c.id]);
            if (bar.totalUsdPerTonne === null) {
              expect(parts.every((p) => p === null)).toBe(true);
              expect(bar.note).not.toBe('');
            } else {
              expect(parts.reduce((s: number, p) => s + p!, 0)).toBeCloseTo(bar.totalUsdPerTonne, 9);
            }
          }
          // The first leg of a route to a destination is its reference leg: its Transport Cost row.
          for (const entry of result.summary.routeCosts.filter((r) => r.destination === destination)) {
            if (seen.has(entry.route)) continue;
            seen.add(entry.route);
            const bar = chart.bars.find((b) => b.route === entry.route && b.origin === entry.origin)!;
            const row = result.series.find((s) => s.variable === costVariable(entry.route, destination));
            if (row === undefined) continue;
            const cost = row.values[t] ?? null;
            if (cost === null) expect(bar.totalUsdPerTonne).toBeNull();
            else expect(bar.totalUsdPerTonne).toBeCloseTo(cost, 6);
          }
        }
      }),
      { numRuns: 20, seed: 46 },
    );
  });

  it('names route, origin, destination and km on every bar, by origin and cheapest first', () => {
    const chart = toRouteCostChart(run, 2050, 'Shanghai');
    expect(chart.year).toBe(2050);
    expect(chart.bars.length).toBeGreaterThan(3);
    for (const bar of chart.bars) {
      expect(bar.label).toBe(`${bar.route}: ${toOriginName(bar.origin)} → Shanghai`);
      expect(bar.kmText).toBe(toKmText(bar.seaKm, bar.railKm));
    }
    const tunnelBar = chart.bars.find((b) => b.route === tunnel && b.origin === 'alaska-northwest')!;
    const leg = run.summary.routeCosts.find((r) => r.route === tunnel && r.origin === 'alaska-northwest' && r.destination === 'Shanghai')!;
    expect(tunnelBar.components.lineHaul).toBe(leg.lineHaulUsdPerTonne);
    expect(tunnelBar.components.tariffOrToll).toBe(reference.link.tariffUsdPerTonne + 0);
    expect(tunnelBar.kmText).toBe(`${leg.railKm.toLocaleString('en-US')} km rail`);
    const origins = chart.bars.map((b) => b.origin);
    for (const origin of new Set(origins)) {
      const totals = chart.bars.filter((b) => b.origin === origin).map((b) => b.totalUsdPerTonne ?? Infinity);
      expect(totals).toEqual([...totals].sort((x, y) => x - y));
      expect(origins.lastIndexOf(origin) - origins.indexOf(origin) + 1).toBe(totals.length);
    }
  });

  it('keeps the link bars empty with the reason: no tunnel, and before it opens', () => {
    const none = toRouteCostChart(simulate(catalog, makeAssumptions({ link: { openYear: null } })), 2050, 'Shanghai');
    const link = none.bars.filter((b) => b.route === tunnel);
    expect(link.length).toBeGreaterThan(0);
    expect(link.every((b) => b.totalUsdPerTonne === null && b.status === 'no-tunnel' && b.note === 'no link in this scenario')).toBe(true);
    const early = toRouteCostChart(run, 2030, 'Shanghai').bars.filter((b) => b.route === tunnel);
    expect(early.every((b) => b.status === 'not-open' && b.note === `opens in ${reference.link.openYear}`)).toBe(true);
    // Rows of the chart keep the empty bars (null values), with the reason in the label's second line.
    const rows = toCostBarRows(toRouteCostChart(run, 2030, 'Shanghai'));
    const row = rows.find((r) => r.key.startsWith(`${tunnel}|`))!;
    expect(row.lineHaul).toBeNull();
    expect(row.detail).toMatch(/opens in 2042$/);
  });

  it('clamps the year to the simulated years and gives no bars without a summary', () => {
    expect(toRouteCostChart(run, 1990, 'Shanghai').year).toBe(2025);
    expect(toRouteCostChart(run, 2200, 'Shanghai').year).toBe(reference.horizonYear);
    expect(toRouteCostChart({ years: run.years, series: run.series }, 2050, 'Shanghai')).toEqual({
      year: null,
      destination: 'Shanghai',
      bars: [],
    });
  });

  it('reads transit routes with their days and time cost', () => {
    const chart = toRouteCostChart(run, 2050, 'Chicago');
    expect(chart.bars.map((b) => b.cargo)).toEqual(['Transit', 'Transit']);
    expect(chart.bars.every((b) => b.transitDays !== null && b.timeCostUsdPerTonne !== null)).toBe(true);
  });
});

describe('isSameRouteCostChart', () => {
  it('is true for the same bars from another run, false when a cost, the year or the destination changes', () => {
    const a = toRouteCostChart(run, 2050, 'Shanghai');
    const oilPrice = simulate(catalog, makeAssumptions({ markets: { prices: { oilUsdPerBarrel: 90 } } }));
    expect(isSameRouteCostChart(a, toRouteCostChart(oilPrice, 2050, 'Shanghai'))).toBe(true);
    const tariff = simulate(catalog, makeAssumptions({ link: { tariffUsdPerTonne: 20 } }));
    expect(isSameRouteCostChart(a, toRouteCostChart(tariff, 2050, 'Shanghai'))).toBe(false);
    expect(isSameRouteCostChart(a, toRouteCostChart(run, 2051, 'Shanghai'))).toBe(false);
    expect(isSameRouteCostChart(a, toRouteCostChart(run, 2050, 'Seattle'))).toBe(false);
  });
});

describe('toOriginName and toKmText', () => {
  it.each([
    ['chukotka', 'Chukotka (Pevek)'],
    ['alaska-northwest', 'Red Dog (NW Alaska)'],
    ['Shanghai', 'Shanghai'],
    ['new-origin', 'New Origin'],
  ])('reads %s as %s', (slug, name) => expect(toOriginName(slug)).toBe(name));

  it('writes sea and rail km', () => {
    expect(toKmText(6700, 575)).toBe('6,700 km sea + 575 km rail');
    expect(toKmText(0, 8700)).toBe('8,700 km rail');
    expect(toKmText(0, 0)).toBe('0 km');
  });
});

describe('toRouteCostCsv', () => {
  it('writes one row per bar with the components, their total and the reason for an empty bar', () => {
    const chart = toRouteCostChart(run, 2030, 'Shanghai');
    const rows = Papa.parse<string[]>(toRouteCostCsv(chart, 'Reference'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...ROUTE_COST_COLUMNS]);
    expect(rows).toHaveLength(chart.bars.length + 1);
    const col = (name: string) => rows[0]!.indexOf(name);
    for (const [i, bar] of chart.bars.entries()) {
      const row = rows[i + 1]!;
      expect(row[col('Route')]).toBe(bar.route);
      expect(row[col('Year')]).toBe('2030');
      if (bar.totalUsdPerTonne === null) {
        expect(row[col('Total')]).toBe('');
        expect(row[col('Note')]).toBe(bar.note);
      } else {
        const sum = COST_COMPONENTS.reduce((s, c) => s + Number(row[col(c.label)]), 0);
        expect(sum).toBeCloseTo(Number(row[col('Total')]), 9);
      }
    }
  });
});
