import { describe, expect, it } from 'vitest';
import { paybackYear, presentValue } from '@/lib/model/economics';
import { simulate } from '@/lib/model/simulate';
import { summarize } from '@/lib/model/summarize';
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
  it('adds production to the horizon per commodity', () => {
    const a = makeAssumptions();
    const r = simulate(catalog, a);
    const oil = r.series.find((s) => s.variable === 'Production|Oil' && s.region === 'World')?.values ?? [];
    expect(summarize(r, a).cumulativeProductionMt.Oil).toBeCloseTo(oil.reduce<number>((s, v) => s + (v ?? 0), 0), 9);
  });

  it('reports no tunnel share, cost or payback without a tunnel', () => {
    const a = makeAssumptions({ link: { openYear: null } });
    const h = summarize(simulate(catalog, a), a);
    expect(h.tunnelSharePct).toBe(0);
    expect(h.tunnelCostUsdPerTonne).toBeNull();
    expect(h.tunnelPaybackYear).toBeNull();
    expect(h.seaCostUsdPerTonne).toBeGreaterThan(0);
  });

  it('reads the cost comparison in the opening year by default', () => {
    const a = makeAssumptions({ link: { openYear: 2045 } });
    const h = summarize(simulate(catalog, a), a);
    expect(h.costYear).toBe(2045);
    expect(h.tunnelCostUsdPerTonne).toBeGreaterThan(0);
  });

  it('finds the ice-free year the assumptions set', () => {
    const a = makeAssumptions({ ice: { iceFreeYear: 2052 } });
    expect(summarize(simulate(catalog, a), a).firstIceFreeYear).toBe(2052);
    const never = makeAssumptions({ ice: { iceFreeYear: null } });
    expect(summarize(simulate(catalog, never), never).firstIceFreeYear).toBeNull();
  });

  it('pays the tunnel back when its tariff revenue covers the capex', () => {
    const a = makeAssumptions({ link: { openYear: 2035, capexBnUsd: 1, tariffUsdPerTonne: 40 } });
    const h = summarize(simulate(catalog, a), a);
    expect(h.tunnelPaybackYear).not.toBeNull();
    expect(h.tunnelPaybackYear ?? 0).toBeGreaterThanOrEqual(2035);
  });

  it('splits the present value of the world among the three countries', () => {
    const a = makeAssumptions();
    const pv = summarize(simulate(catalog, a), a).presentValueBnUsd;
    expect(pv.Russia + pv.China + pv['United States']).toBeCloseTo(pv.World, 6);
  });

  it('reads the same headlines whatever the order of the series, and only the first of a duplicate', () => {
    const a = makeAssumptions();
    const r = simulate(catalog, a);
    const expected = summarize(r, a);
    const reversed = summarize({ years: r.years, series: [...r.series].reverse() }, a);
    // Freight adds the Transport Volume totals in series order, so only its last digits may move.
    expect({ ...reversed, tunnelSharePct: 0 }).toEqual({ ...expected, tunnelSharePct: 0 });
    expect(reversed.tunnelSharePct).toBeCloseTo(expected.tunnelSharePct, 9);
    const zeroed = r.series.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : 0)) }));
    expect(summarize({ years: r.years, series: [...r.series, ...zeroed] }, a)).toEqual(expected);
  });

  it('treats missing series as zero or null', () => {
    const a = makeAssumptions();
    const h = summarize({ years: [2025, 2026], series: [] }, a);
    expect(h.cumulativeProductionMt.Oil).toBe(0);
    expect(h.tunnelSharePct).toBe(0);
    expect(h.tunnelCostUsdPerTonne).toBeNull();
    expect(h.firstIceFreeYear).toBeNull();
    expect(h.presentValueBnUsd.China).toBe(0);
    expect(h.tunnelPaybackYear).toBeNull();
  });
});
