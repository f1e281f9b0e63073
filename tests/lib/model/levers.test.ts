// Invariants of the levers of issue 8 (prices, freight rates, ice premium, market access), swept
// over random scenarios with fast-check so that a failure shrinks to the smallest scenario.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '@/lib/model/engine';
import { NORTH_AMERICAN_DESTINATIONS } from '@/lib/model/defaults';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, Catalog } from '@/lib/model/types';
import { makeCatalog } from '../../builders';
import { assumptionsArbitrary } from '../../support/arbitraries';

const RUNS = { numRuns: 60 };
const catalog = makeCatalog();

/** Oil revenue summed over the horizon, billion USD: Σ output × this year's oil price. */
function oilRevenueBnUsd(c: Catalog, a: Assumptions): number {
  const run = runEngine(c, a);
  const growth = 1 + a.markets.realPriceChangePctPerYear / 100;
  const priceUsdPerTonne = a.markets.prices.oilUsdPerBarrel * 7.33;
  let total = 0;
  c.basins.forEach((basin, b) => {
    if (basin.commodity !== 'Oil') return;
    for (let t = 0; t < run.nYears; t += 1)
      total += ((run.basinProductionMt[b * run.nYears + t] ?? 0) * priceUsdPerTonne * growth ** t) / 1000;
  });
  return total;
}

const seriesOf = (a: Assumptions, prefix: string) => simulate(catalog, a).series.filter((s) => s.variable.startsWith(prefix));

describe('price levers (property)', () => {
  it('a higher oil price never lowers oil revenue over the horizon while real prices do not rise', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), fc.double({ min: 0.5, max: 100, noNaN: true }), (raw, extra) => {
        // With rising real prices an earlier start can move output to cheaper years: see docs/model.md.
        const a: Assumptions = {
          ...raw,
          markets: { ...raw.markets, realPriceChangePctPerYear: Math.min(0, raw.markets.realPriceChangePctPerYear) },
        };
        const higher: Assumptions = {
          ...a,
          markets: { ...a.markets, prices: { ...a.markets.prices, oilUsdPerBarrel: a.markets.prices.oilUsdPerBarrel + extra } },
        };
        expect(oilRevenueBnUsd(catalog, higher)).toBeGreaterThanOrEqual(oilRevenueBnUsd(catalog, a) * (1 - 1e-9) - 1e-9);
      }),
      RUNS,
    );
  });
});

describe('freight levers (property)', () => {
  it('a lower rail rate never raises the cost of a rail leg, and a lower sea rate never raises a sea leg', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (a, factor) => {
        const cheaper: Assumptions = {
          ...a,
          freight: {
            ...a.freight,
            railCentsPerTonneKm: a.freight.railCentsPerTonneKm * factor,
            seaCentsPerTonneKm: a.freight.seaCentsPerTonneKm * factor,
          },
        };
        const before = seriesOf(a, 'Transport Cost|');
        const after = seriesOf(cheaper, 'Transport Cost|');
        expect(after.map((s) => s.variable)).toEqual(before.map((s) => s.variable));
        before.forEach((s, i) =>
          s.values.forEach((v, t) => {
            const w = after[i]?.values[t] ?? null;
            if (v === null || w === null) return expect(w).toBe(v);
            expect(w, `${s.variable} year ${t}`).toBeLessThanOrEqual(v + 1e-9);
          }),
        );
      }),
      RUNS,
    );
  });

  it('a larger ice premium multiplier never lowers the cost of any route', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), fc.double({ min: 0, max: 5, noNaN: true }), (a, m) => {
        const lo = seriesOf(
          { ...a, freight: { ...a.freight, iceCostMultiplier: Math.min(m, a.freight.iceCostMultiplier) } },
          'Transport Cost|',
        );
        const hi = seriesOf(
          { ...a, freight: { ...a.freight, iceCostMultiplier: Math.max(m, a.freight.iceCostMultiplier) } },
          'Transport Cost|',
        );
        lo.forEach((s, i) => s.values.forEach((v, t) => v !== null && expect(hi[i]?.values[t]).toBeGreaterThanOrEqual(v - 1e-9)));
      }),
      RUNS,
    );
  });
});

describe('market access', () => {
  // In the seeded catalog Russian oil may also sell to Seattle (ADR 025); this copy makes Seattle the
  // only market of Kupol's gold and Elga's coal, so the bar leaves them no market at all.
  const toSeattle = new Set(['kupol-gold', 'elga-coal']);
  const catalogWithNa: Catalog = {
    ...catalog,
    basins: catalog.basins.map((b) => (toSeattle.has(b.id) ? { ...b, destination: 'Seattle' } : b)),
  };
  const russianToNa = (a: Assumptions) => {
    const run = runEngine(catalogWithNa, a);
    let mt = 0;
    catalogWithNa.basins.forEach((b, i) => {
      if (b.country !== 'Russia' || !NORTH_AMERICAN_DESTINATIONS.includes(b.destination)) return;
      for (let t = 0; t < run.nYears; t += 1) mt += run.basinProductionMt[i * run.nYears + t] ?? 0;
    });
    return mt;
  };

  it('with Russian cargo barred from North America, no Russian-origin tonne reaches a North American destination (property)', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => {
        expect(russianToNa({ ...a, access: { ...a.access, russiaToNorthAmerica: false } })).toBe(0);
      }),
      RUNS,
    );
  });

  it('with the sanctions lifted, the same Russian basins do ship to North America', () => {
    const a = DEFAULT_ASSUMPTIONS;
    expect(russianToNa({ ...a, access: { ...a.access, russiaToNorthAmerica: true } })).toBeGreaterThan(0);
  });

  it('in the seeded catalog, lifting the bar lets Russian Arctic oil take the shorter NSR leg to Seattle: transport spend falls', () => {
    const spend = (isOpen: boolean) => {
      const r = simulate(catalog, { ...DEFAULT_ASSUMPTIONS, access: { ...DEFAULT_ASSUMPTIONS.access, russiaToNorthAmerica: isOpen } });
      const row = r.series.find((s) => s.variable === 'Transport Spend' && s.region === 'World');
      return (row?.values ?? []).reduce<number>((x, v) => x + (v ?? 0), 0);
    };
    const russianOilToSeattle = catalog.basins.filter((b) => b.country === 'Russia' && b.otherDestinations?.includes('Seattle'));
    expect(russianOilToSeattle.map((b) => b.commodity)).toContain('Oil');
    expect(spend(true)).toBeLessThan(spend(false));
  });

  it('without US stakes in Russian projects the US region produces nothing from Russian basins (property)', () => {
    const russianOnly: Catalog = { ...catalog, basins: catalog.basins.filter((b) => b.country === 'Russia') };
    const usProduction = (a: Assumptions) =>
      simulate(russianOnly, a)
        .series.filter((s) => s.variable.startsWith('Production|') && s.region === 'United States')
        .reduce((sum, s) => sum + s.values.reduce<number>((x, v) => x + (v ?? 0), 0), 0);
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => {
        expect(usProduction({ ...a, access: { ...a.access, usStakesInRussia: false } })).toBe(0);
      }),
      RUNS,
    );
    const open: Assumptions = { ...DEFAULT_ASSUMPTIONS, access: { ...DEFAULT_ASSUMPTIONS.access, usStakesInRussia: true } };
    expect(usProduction(open)).toBeGreaterThan(0);
  });
});
