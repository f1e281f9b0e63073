import { describe, expect, it } from 'vitest';
import { paybackYear, presentValue } from '@/lib/model/economics';
import { simulate } from '@/lib/model/simulate';
import { summarize, summaryOptions, type SummaryOptions } from '@/lib/model/summarize';
import { COMMODITIES, type Assumptions } from '@/lib/model/types';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();

describe('presentValue', () => {
  it('discounts each later year once more at the given percent', () => {
    expect(presentValue([100, 110, 121], 10)).toBeCloseTo(300, 9);
  });

  it('treats nulls as zero and an empty series as zero', () => {
    expect(presentValue([null, 50], 0)).toBe(50);
    expect(presentValue([], 7)).toBe(0);
  });
});

describe('paybackYear', () => {
  it('returns the first year cumulative revenue covers the capex', () => {
    expect(paybackYear([2040, 2041, 2042], [null, 30, 40], 65)).toBe(2042);
  });

  it('returns null when revenue never covers the capex', () => {
    expect(paybackYear([2040, 2041], [1, 1], 65)).toBeNull();
  });
});

describe('summarize', () => {
  const read = { tunnelRoute: 'Tunnel Rail', destination: 'Shanghai', costYear: 2050 };
  const headlines = (a: Assumptions, overrides: Partial<SummaryOptions> = {}) =>
    summarize(simulate(catalog, a), { ...summaryOptions(a, read), ...overrides });

  it('adds production to the horizon per commodity and in all', () => {
    const a = makeAssumptions();
    const r = simulate(catalog, a);
    const world = (variable: string) => r.series.find((s) => s.variable === variable && s.region === 'World')?.values ?? [];
    const sum = (values: readonly (number | null)[]) => values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
    const h = summarize(r, summaryOptions(a, read));
    expect(h.cumulativeProductionByCommodityMt.Oil).toBeCloseTo(sum(world('Production|Oil')), 9);
    const all = COMMODITIES.reduce((acc, c) => acc + sum(world(`Production|${c}`)), 0);
    expect(h.cumulativeProductionMt).toBeCloseTo(all, 6);
    expect(h.cumulativeProductionMt).toBeGreaterThan(h.cumulativeProductionByCommodityMt.Oil);
  });

  it('reports no tunnel share, cost or payback without a tunnel, and the cheapest sea route', () => {
    const h = headlines(makeAssumptions({ link: { openYear: null } }));
    expect(h.tunnelSharePct).toBe(0);
    expect(h.tunnelCostUsdPerTonne).toBeNull();
    expect(h.paybackYear).toBeNull();
    expect(h.seaCostUsdPerTonne).toBeGreaterThan(0);
    expect(h.seaRoute).not.toBeNull();
  });

  it('gives a tunnel share between 0 and 100 % and a tunnel cost once the tunnel is open', () => {
    // Dear sea and cheap rail freight make the link carry cargo (ADR 021: no leg is used at a loss).
    const h = headlines(
      makeAssumptions({ link: { openYear: 2040 }, freight: { seaCentsPerTonneKm: 2, railCentsPerTonneKm: 1, iceCostMultiplier: 5 } }),
    );
    expect(h.tunnelSharePct).toBeGreaterThan(0);
    expect(h.tunnelSharePct).toBeLessThanOrEqual(100);
    expect(h.tunnelCostUsdPerTonne).toBeGreaterThan(0);
  });

  it('reads the costs in the asked year, clamped to the simulated years', () => {
    const a = makeAssumptions({ link: { openYear: 2045 } });
    expect(headlines(a, { costYear: 2045 }).costYear).toBe(2045);
    expect(headlines(a, { costYear: 2044 }).tunnelCostUsdPerTonne).toBeNull();
    expect(headlines(a, { costYear: 2200 }).costYear).toBe(a.horizonYear);
    expect(headlines(a, { costYear: 1900 }).costYear).toBe(2025);
  });

  it('finds the ice-free year the assumptions set', () => {
    expect(headlines(makeAssumptions({ ice: { iceFreeYear: 2052 } })).firstIceFreeYear).toBe(2052);
    expect(headlines(makeAssumptions({ ice: { iceFreeYear: null } })).firstIceFreeYear).toBeNull();
  });

  it('pays the tunnel back when its discounted cash flow covers the capex', () => {
    const h = headlines(
      makeAssumptions({
        link: { openYear: 2035, capexBnUsd: 1, tariffUsdPerTonne: 40 },
        freight: { seaCentsPerTonneKm: 2, railCentsPerTonneKm: 1, iceCostMultiplier: 5 },
      }),
    );
    expect(h.paybackYear).not.toBeNull();
    expect(h.paybackYear ?? 0).toBeGreaterThanOrEqual(2035);
  });

  it('counts container transit through the tunnel in the tunnel share of all freight', () => {
    const a = makeAssumptions({ link: { openYear: 2040 } });
    const result = simulate(catalog, a);
    const sumOf = (filter: (variable: string) => boolean) =>
      result.series
        .filter((s) => s.region === 'World' && filter(s.variable))
        .reduce((sum, s) => sum + s.values.reduce<number>((x, v) => x + (v ?? 0), 0), 0);
    const isFreight = (v: string) => /^Transport Volume\|[^|]+$/.test(v) || /^Transit Freight\|[^|]+$/.test(v);
    const viaTunnel = sumOf((v) => v === 'Transport Volume|Tunnel Rail' || v === 'Transit Freight|Tunnel Rail');
    expect(sumOf((v) => v === 'Transit Freight|Tunnel Rail')).toBeGreaterThan(0);
    expect(summarize(result, summaryOptions(a, read)).tunnelSharePct).toBeCloseTo((100 * viaTunnel) / sumOf(isFreight), 9);
  });

  it("reads the link's discounted payback when only transit goes through the tunnel", () => {
    const a = makeAssumptions({
      link: { openYear: 2035, capexBnUsd: 10, tariffUsdPerTonne: 40 },
      transit: { valueOfTimeUsdPerTonneDay: 100 },
    });
    const result = simulate(catalog, a);
    const resourcesViaTunnel = result.series.find((s) => s.variable === 'Transport Volume|Tunnel Rail')?.values ?? [];
    expect(resourcesViaTunnel.every((v) => (v ?? 0) === 0)).toBe(true);
    expect(result.summary.linkPaybackYear).not.toBeNull();
    expect(summarize(result, summaryOptions(a, read)).paybackYear).toBe(result.summary.linkPaybackYear);
  });

  it('splits the present value of the world among the three countries; a higher rate gives less', () => {
    const a = makeAssumptions();
    const pv = headlines(a).presentValueBnUsd;
    expect((pv.Russia ?? 0) + (pv.China ?? 0) + (pv['United States'] ?? 0)).toBeCloseTo(pv.World ?? Number.NaN, 6);
    const high = headlines(a, { discountRatePct: 15 }).presentValueBnUsd;
    expect(Math.abs(high.Russia ?? 0)).toBeLessThan(Math.abs(pv.Russia ?? 0));
  });

  it('reads the same headlines whatever the order of the series, and only the first of a duplicate', () => {
    const a = makeAssumptions();
    const r = simulate(catalog, a);
    const options = summaryOptions(a, read);
    const expected = summarize(r, options);
    const reversed = summarize({ years: r.years, series: [...r.series].reverse(), summary: r.summary }, options);
    // Freight adds the Transport Volume totals in series order, so only its last digits may move.
    expect({ ...reversed, tunnelSharePct: 0, cumulativeProductionMt: 0 }).toEqual({
      ...expected,
      tunnelSharePct: 0,
      cumulativeProductionMt: 0,
    });
    expect(reversed.tunnelSharePct).toBeCloseTo(expected.tunnelSharePct ?? Number.NaN, 9);
    const zeroed = r.series.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : 0)) }));
    expect(summarize({ years: r.years, series: [...r.series, ...zeroed], summary: r.summary }, options)).toEqual(expected);
  });

  it('treats missing series as zero or null', () => {
    const h = summarize({ years: [2025, 2026], series: [] }, summaryOptions(makeAssumptions(), read));
    expect(h.cumulativeProductionMt).toBe(0);
    expect(h.cumulativeProductionByCommodityMt.Oil).toBe(0);
    expect(h.tunnelSharePct).toBeNull();
    expect(h.tunnelCostUsdPerTonne).toBeNull();
    expect(h.seaRoute).toBeNull();
    expect(h.firstIceFreeYear).toBeNull();
    expect(h.presentValueBnUsd.China).toBeNull();
    expect(h.paybackYear).toBeNull();
  });
});
