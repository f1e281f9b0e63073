// The link's own account (ADR 020): capital spending, cash flow, NPV, discounted payback and the
// break-even tariff and volume, checked against the result rows they are read from.
import { describe, expect, it } from 'vitest';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, SimulationResult } from '@/lib/model/types';
import { VARIABLES, crossingVariable } from '@/lib/model/variables';
import { makeAssumptions, makeCatalog, makeRandomAssumptions } from '../../builders';

const catalog = makeCatalog();
const row = (r: SimulationResult, variable: string) => r.series.find((s) => s.variable === variable && s.region === 'World')?.values ?? [];
const discountFactors = (a: Assumptions, n: number) => Array.from({ length: n }, (_, t) => 1 / (1 + a.markets.discountRatePct / 100) ** t);

describe('link account', () => {
  it('has no account, no crossings and null figures without a tunnel', () => {
    const r = simulate(catalog, makeAssumptions({ link: { openYear: null } }));
    for (const v of Object.values(VARIABLES).filter((name) => name.startsWith('Tunnel|')))
      expect(
        row(r, v).every((x) => x === null),
        v,
      ).toBe(true);
    expect(row(r, crossingVariable('Eastbound')).every((x) => x === 0)).toBe(true);
    expect(row(r, crossingVariable('Westbound')).every((x) => x === 0)).toBe(true);
    expect(r.summary).toMatchObject({
      linkNpvBnUsd: null,
      linkPaybackYear: null,
      breakEvenTariffUsdPerTonne: null,
      breakEvenVolumeMtPerYear: null,
    });
  });

  it.each(makeRandomAssumptions(20, 25).map((a, i) => [i, a] as const))(
    'spends the construction cost over the building years and sums its discounted cash flow to the NPV (random #%i)',
    (_i, raw) => {
      const a: Assumptions = { ...raw, horizonYear: 2100, link: { ...raw.link, openYear: raw.link.openYear ?? 2045 } };
      const r = simulate(catalog, a);
      const capex = row(r, VARIABLES.tunnelCapitalSpending).reduce<number>((s, v) => s + (v ?? 0), 0);
      expect(capex).toBeCloseTo(Math.max(0, a.link.capexBnUsd), 6);
      const df = discountFactors(a, r.years.length);
      const npv = row(r, VARIABLES.tunnelCashFlow).reduce<number>((s, v, t) => s + (v ?? 0) * (df[t] ?? 0), 0);
      expect(r.summary.linkNpvBnUsd).toBeCloseTo(npv, 6);
      expect(row(r, VARIABLES.tunnelCumulativeDiscountedCashFlow).at(-1)).toBeCloseTo(npv, 6);
      expect(r.summary.tunnelCapexBnUsd! + r.summary.connectingRailCapexBnUsd!).toBeCloseTo(a.link.capexBnUsd, 9);
      // Payback: the first open year whose cumulative discounted cash flow is ≥ 0.
      const cumulative = row(r, VARIABLES.tunnelCumulativeDiscountedCashFlow);
      const expected = r.years.find((y, t) => y >= (a.link.openYear ?? Infinity) && (cumulative[t] ?? -1) >= 0) ?? null;
      expect(r.summary.linkPaybackYear).toBe(expected);
    },
  );

  it.each(makeRandomAssumptions(21, 25).map((a, i) => [i, a] as const))(
    'brings the NPV to zero at the break-even tariff, crossings held (random #%i)',
    (_i, raw) => {
      const a: Assumptions = { ...raw, link: { ...raw.link, openYear: raw.link.openYear ?? 2040 } };
      const r = simulate(catalog, a);
      const tariff = r.summary.breakEvenTariffUsdPerTonne;
      const east = row(r, crossingVariable('Eastbound'));
      const west = row(r, crossingVariable('Westbound'));
      const df = discountFactors(a, r.years.length);
      const crossed = r.years.reduce(
        (s, y, t) => s + (y >= (a.link.openYear ?? Infinity) ? ((east[t] ?? 0) + (west[t] ?? 0)) * (df[t] ?? 0) : 0),
        0,
      );
      if (crossed <= 0) return expect(tariff).toBeNull();
      const npvAt = (r.summary.linkNpvBnUsd ?? 0) + ((tariff ?? 0) - Math.max(0, a.link.tariffUsdPerTonne)) * (crossed / 1000);
      if ((tariff ?? 0) > 0) expect(npvAt).toBeCloseTo(0, 6);
      else expect(npvAt).toBeGreaterThanOrEqual(-1e-9);
    },
  );

  it('pays back early with a cheap link and a high tariff, and never with the default corridor cost', () => {
    const cheap = simulate(
      catalog,
      makeAssumptions({
        link: { openYear: 2035, capexBnUsd: 1, tariffUsdPerTonne: 40, buildYears: 5 },
        freight: { seaCentsPerTonneKm: 2, railCentsPerTonneKm: 1, iceCostMultiplier: 5 },
      }),
    );
    expect(cheap.summary.linkPaybackYear).not.toBeNull();
    expect(cheap.summary.linkNpvBnUsd ?? 0).toBeGreaterThan(0);
    const reference = simulate(catalog, makeAssumptions());
    expect(reference.summary.linkPaybackYear).toBeNull();
    expect(reference.summary.breakEvenVolumeMtPerYear ?? 0).toBeGreaterThan(0);
  });
});
