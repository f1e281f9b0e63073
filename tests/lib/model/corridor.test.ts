// Invariants of the corridor model (issue 9; ADR 020, 021), swept over the presets and random
// scenarios with fast-check: margins on every leg used, crossings within the link's limits,
// sanctions, and sea costs against the season.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '@/lib/model/engine';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, SimulationResult } from '@/lib/model/types';
import { ICE_ZONE_NAMES, costVariable, crossingVariable, icePremiumVariable, seasonVariable } from '@/lib/model/variables';
import { makeCatalog } from '../../builders';
import { assumptionsArbitrary } from '../../support/arbitraries';

const RUNS = { numRuns: 40 };
const catalog = makeCatalog();
const values = (r: SimulationResult, variable: string) =>
  r.series.find((s) => s.variable === variable && s.region === 'World')?.values ?? [];
const crossings = (r: SimulationResult) => {
  const east = values(r, crossingVariable('Eastbound'));
  const west = values(r, crossingVariable('Westbound'));
  return r.years.map((_, t) => (east[t] ?? 0) + (west[t] ?? 0));
};
const scenarios = fc.oneof(fc.constantFrom(...PRESETS.map((p) => p.assumptions)), assumptionsArbitrary());

describe('transit freight (property)', () => {
  it('routes every tonne of the addressable volume each year, on the link or by sea and rail', () => {
    fc.assert(
      fc.property(scenarios, (a) => {
        const r = simulate(catalog, a);
        const rows = r.series.filter((s) => s.variable.startsWith('Transit Freight|'));
        expect(rows.map((s) => s.variable)).toEqual(['Transit Freight|Tunnel Rail', 'Transit Freight|Trans-Pacific and Rail']);
        r.years.forEach((_, t) => {
          const expected = a.transit.volumeMtPerYear * (1 + a.transit.growthPctPerYear / 100) ** t;
          const routed = rows.reduce((sum, s) => sum + (s.values[t] ?? 0), 0);
          expect(routed).toBeCloseTo(expected, 6);
          for (const s of rows) expect(s.values[t] ?? -1).toBeGreaterThanOrEqual(0);
        });
        // What crosses the strait is basin output plus transit through the link, in both directions.
        const transitCrossing = values(r, crossingVariable('Eastbound', 'Transit')).map(
          (x, t) => (x ?? 0) + (values(r, crossingVariable('Westbound', 'Transit'))[t] ?? 0),
        );
        transitCrossing.forEach((x, t) => expect(x).toBeCloseTo(rows[0]?.values[t] ?? 0, 9));
      }),
      RUNS,
    );
  });

  it('splits more cargo onto the link when time is worth more, the link being faster', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 0, max: 100, noNaN: true }), (a, extra) => {
        const slow = simulate(catalog, a).summary;
        const dear = simulate(catalog, {
          ...a,
          transit: { ...a.transit, valueOfTimeUsdPerTonneDay: a.transit.valueOfTimeUsdPerTonneDay + extra },
        }).summary;
        expect(slow.transitLinkDays).toBeLessThan(slow.transitSeaDays);
        expect(dear.transitLinkSharePct).toBeGreaterThanOrEqual(slow.transitLinkSharePct - 1e-9);
      }),
      RUNS,
    );
  });
});

describe('margins (property)', () => {
  it('ships no basin-year on an option that costs more than the basin earns per tonne', () => {
    fc.assert(
      fc.property(scenarios, (a) => {
        const run = runEngine(catalog, a);
        for (let i = 0; i < run.basinProductionMt.length; i += 1) {
          if ((run.basinProductionMt[i] ?? 0) > 0) expect(run.basinWorstMarginUsd[i], `basin-year ${i}`).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('strait crossings (property)', () => {
  it('are zero with no tunnel and never exceed the capacity', () => {
    fc.assert(
      fc.property(scenarios, (a) => {
        const none = simulate(catalog, { ...a, link: { ...a.link, openYear: null } });
        expect(crossings(none).every((x) => x === 0)).toBe(true);
        const r = simulate(catalog, a);
        crossings(r).forEach((x) => expect(x).toBeLessThanOrEqual(a.link.capacityMtPerYear * (1 + 1e-12)));
        expect(r.summary.crossingsEastboundMt + r.summary.crossingsWestboundMt).toBeCloseTo(
          crossings(r).reduce((s, x) => s + x, 0),
          6,
        );
      }),
      RUNS,
    );
  });

  it('carry no eastbound resources while Russian cargo is barred from North America (every eastbound link leg starts at a Russian basin)', () => {
    const origins = new Set(catalog.basins.filter((b) => b.country === 'Russia').map((b) => b.origin));
    const link = catalog.routes.find((r) => r.isLink);
    const eastbound = link?.legs.filter((l) => ['Seattle', 'Prince Rupert', 'Vancouver', 'Chicago'].includes(l.destination)) ?? [];
    expect(eastbound.length).toBeGreaterThan(0);
    for (const leg of eastbound) expect(origins.has(leg.origin), leg.origin).toBe(true);
    fc.assert(
      fc.property(scenarios, (raw) => {
        const a: Assumptions = { ...raw, access: { ...raw.access, russiaToNorthAmerica: false } };
        expect(values(simulate(catalog, a), crossingVariable('Eastbound', 'Resources')).every((x) => x === 0)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('sea costs against the season (property)', () => {
  it('never rise in a year whose season is at least as long as another year of the same run', () => {
    fc.assert(
      fc.property(scenarios, (a) => {
        const r = simulate(catalog, a);
        for (const zone of ICE_ZONE_NAMES) {
          const season = values(r, seasonVariable(zone));
          const premium = values(r, icePremiumVariable(zone));
          expect(season.length, zone).toBe(r.years.length);
          // Years from the shortest season to the longest: the premium never rises along them.
          const order = r.years.map((_, t) => t).sort((t, u) => (season[t] ?? 0) - (season[u] ?? 0));
          for (let k = 1; k < order.length; k += 1) {
            const t = order[k] ?? 0;
            const u = order[k - 1] ?? 0;
            const pu = premium[u] ?? null;
            if (pu === null) continue;
            const pt = premium[t] ?? null;
            const label = `${zone} ${r.years[t]} vs ${r.years[u]}`;
            expect(pt, label).not.toBeNull();
            if ((season[t] ?? 0) > (season[u] ?? 0)) expect(pt ?? 0, label).toBeLessThanOrEqual(pu + 1e-9);
            else expect(pt ?? 0, label).toBeCloseTo(pu, 9);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('route costs by component (property)', () => {
  it("add up, with the year's ice premium, to the route's Transport Cost on its reference leg and on the transit routes", () => {
    fc.assert(
      fc.property(scenarios, (a) => {
        const r = simulate(catalog, a);
        const firstLeg = new Set<string>();
        for (const rc of r.summary.routeCosts) {
          const key = `${rc.route}|${rc.destination}`;
          // Only the first leg of a route to a destination is the reference of its Transport Cost row.
          if (firstLeg.has(key)) continue;
          firstLeg.add(key);
          const cost = values(r, costVariable(rc.route, rc.destination));
          const premium = rc.icePremiumVariable === null ? null : values(r, rc.icePremiumVariable);
          r.years.forEach((year, t) => {
            const ice = premium === null ? 0 : (premium[t] ?? null);
            const isOpen = rc.isAvailable && (rc.openYear === null || year >= rc.openYear);
            const expected =
              !isOpen || ice === null
                ? null
                : rc.lineHaulUsdPerTonne + rc.handlingUsdPerTonne + rc.tariffOrTollUsdPerTonne + rc.carbonUsdPerTonne + ice;
            if (expected === null) expect(cost[t] ?? null, `${key} ${year}`).toBeNull();
            else expect(cost[t] ?? Number.NaN, `${key} ${year}`).toBeCloseTo(expected, 9);
          });
        }
      }),
      RUNS,
    );
  });
});

describe('link levers (property)', () => {
  // Cumulative, not per year: a larger capacity or a lower tariff moves a finite deposit across
  // sooner, so in a late year it may have less left to carry (docs/model.md, "Findings").
  it('never carry fewer tonnes through the strait up to any year with a lower tariff or a larger capacity', () => {
    fc.assert(
      fc.property(
        scenarios,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (raw, tariffFactor, capacityFactor) => {
          const a: Assumptions = { ...raw, link: { ...raw.link, openYear: raw.link.openYear ?? 2040 } };
          const base = crossings(simulate(catalog, a));
          const cheaper = crossings(
            simulate(catalog, { ...a, link: { ...a.link, tariffUsdPerTonne: a.link.tariffUsdPerTonne * tariffFactor } }),
          );
          const larger = crossings(
            simulate(catalog, { ...a, link: { ...a.link, capacityMtPerYear: a.link.capacityMtPerYear * capacityFactor } }),
          );
          const upTo = (xs: number[]) => xs.map((_, t) => xs.slice(0, t + 1).reduce((sum, x) => sum + x, 0));
          const [baseSum, cheaperSum, largerSum] = [upTo(base), upTo(cheaper), upTo(larger)];
          baseSum.forEach((x, t) => {
            expect(cheaperSum[t] ?? 0, `tariff, years 0-${t}`).toBeGreaterThanOrEqual(x - 1e-9);
            expect(largerSum[t] ?? 0, `capacity, years 0-${t}`).toBeGreaterThanOrEqual(x - 1e-9);
          });
        },
      ),
      RUNS,
    );
  });
});
