import { describe, expect, it } from 'vitest';
import { runEngine } from '@/lib/model/engine';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, SimulationResult } from '@/lib/model/types';
import { makeAssumptions, makeCatalog, makeRandomAssumptions } from '../../builders';

const catalog = makeCatalog();
const SCENARIOS: [string, Assumptions][] = [
  ...PRESETS.map((p): [string, Assumptions] => [`preset ${p.id}`, p.assumptions]),
  ...makeRandomAssumptions(20250101, 40).map((a, i): [string, Assumptions] => [`random #${i}`, a]),
];

const rows = (r: SimulationResult, prefix: string) =>
  r.series.filter((s) => s.region === 'World' && s.variable.startsWith(prefix) && s.variable.split('|').length === 2);
const sumAt = (r: SimulationResult, prefix: string, t: number) => rows(r, prefix).reduce((sum, s) => sum + (s.values[t] ?? 0), 0);
/** Per commodity, World: the tonnes shipped (`Production|<metal>|Shipped`) where reported, else its production. */
const shippedRows = (r: SimulationResult) => {
  const world = r.series.filter((s) => s.region === 'World');
  return world
    .filter((s) => /^Production\|[^|]+$/.test(s.variable))
    .map((s) => world.find((x) => x.variable === `${s.variable}|Shipped`) ?? s);
};
const shippedAt = (r: SimulationResult, t: number) => shippedRows(r).reduce((sum, s) => sum + (s.values[t] ?? 0), 0);
const row = (r: SimulationResult, variable: string) => {
  const s = r.series.find((x) => x.variable === variable && x.region === 'World');
  if (s === undefined) throw new Error(`missing series ${variable}`);
  return s.values;
};

describe('simulate', () => {
  it.each(SCENARIOS)('ships every tonne it produces (concentrate for metals sold as concentrate), each year (%s)', (_name, a) => {
    const r = simulate(catalog, a);
    expect(shippedRows(r).some((s) => s.variable.endsWith('|Shipped'))).toBe(true);
    r.years.forEach((_year, t) => {
      const produced = shippedAt(r, t);
      const shipped = sumAt(r, 'Transport Volume|', t);
      expect(Math.abs(produced - shipped)).toBeLessThanOrEqual(1e-9 * Math.max(1, produced));
    });
  });

  it.each(SCENARIOS)('never produces more metal or product than a basin holds (%s)', (_name, a) => {
    const run = runEngine(catalog, a);
    catalog.basins.forEach((basin, b) => {
      let cumulative = 0;
      for (let t = 0; t < run.nYears; t += 1) {
        const q = run.basinProductionMt[b * run.nYears + t] ?? 0;
        expect(q).toBeGreaterThanOrEqual(0);
        cumulative += q;
      }
      // basinProductionMt counts tonnes shipped: concentrate for metals sold as concentrate.
      const grade = basin.concentrate === undefined ? 1 : basin.concentrate.gradePct / 100;
      expect(cumulative * grade).toBeLessThanOrEqual(basin.resourceMt * (1 + 1e-12));
    });
  });

  it.each(SCENARIOS)('keeps the tunnel within its capacity (%s)', (_name, a) => {
    const r = simulate(catalog, a);
    for (const v of row(r, 'Transport Volume|Tunnel Rail')) {
      expect(v ?? 0).toBeLessThanOrEqual(a.link.capacityMtPerYear * (1 + 1e-12));
    }
  });

  it.each(SCENARIOS)('returns only finite numbers, null only for costs and tunnel figures (%s)', (_name, a) => {
    const r = simulate(catalog, a);
    expect(r.years).toHaveLength(a.horizonYear - 2025 + 1);
    for (const s of r.series) {
      expect(s.values).toHaveLength(r.years.length);
      for (const v of s.values) {
        if (v === null) expect(s.variable).toMatch(/^(Transport Cost\||Ice Premium\||Tunnel\|)/);
        else expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it.each(SCENARIOS)('gives identical outputs for identical inputs (%s)', (_name, a) => {
    expect(simulate(makeCatalog(), structuredClone(a))).toEqual(simulate(catalog, a));
  });

  it.each(SCENARIOS)('moves nothing through the tunnel without one and ships it all by sea (%s)', (_name, a) => {
    const noLink = { ...a, link: { ...a.link, openYear: null } };
    const r = simulate(catalog, noLink);
    r.years.forEach((_year, t) => {
      expect(row(r, 'Transport Volume|Tunnel Rail')[t]).toBe(0);
      expect(row(r, 'Transport Cost|Tunnel Rail|Shanghai')[t]).toBeNull();
      const sea = rows(r, 'Transport Volume|')
        .filter((s) => s.variable !== 'Transport Volume|Tunnel Rail')
        .reduce((sum, s) => sum + (s.values[t] ?? 0), 0);
      expect(sea).toBeCloseTo(shippedAt(r, t), 9);
    });
  });

  it.each(SCENARIOS)('never lowers a transport cost when the carbon price rises (%s)', (_name, a) => {
    const low = simulate(catalog, a);
    const high = simulate(catalog, { ...a, markets: { ...a.markets, carbonPriceUsdPerTonne: a.markets.carbonPriceUsdPerTonne + 75 } });
    low.series.forEach((s, i) => {
      if (!s.variable.startsWith('Transport Cost|')) return;
      s.values.forEach((v, t) => {
        const w = high.series[i]?.values[t];
        if (v === null) expect(w).toBeNull();
        else expect(w).toBeGreaterThanOrEqual(v);
      });
    });
  });

  it.each(SCENARIOS)('never shortens a season when the ice-free year comes earlier (%s)', (_name, a) => {
    const years = [null, 2100, 2085, 2070, 2060, 2050, 2040, 2030];
    const runs = years.map((y) => simulate(catalog, { ...a, ice: { ...a.ice, iceFreeYear: y } }));
    for (let k = 1; k < runs.length; k += 1) {
      const later = runs[k - 1];
      const earlier = runs[k];
      if (later === undefined || earlier === undefined) continue;
      later.series.forEach((s, i) => {
        if (!s.variable.startsWith('Navigable Season|')) return;
        s.values.forEach((v, t) => expect(earlier.series[i]?.values[t] ?? 0).toBeGreaterThanOrEqual((v ?? 0) - 1e-12));
      });
    }
  });

  it('reports the series the dashboard contract names, for every region of production and revenue', () => {
    const r = simulate(catalog, makeAssumptions());
    const names = new Set(r.series.map((s) => `${s.variable}@${s.region}`));
    for (const v of [
      'Sea Ice Extent|September',
      'Navigable Season|Northern Sea Route',
      'Navigable Season|Bering Strait',
      'Navigable Season|Transpolar',
      'Transport Volume|Tunnel Rail',
      'Transport Volume|Suez',
      'Transport Volume|Trans-Pacific',
      'Transport Cost|Tunnel Rail|Shanghai',
      'Transport Cost|Northern Sea Route|Shanghai',
      'Emissions|CO2|Transport',
      'Emissions|CO2|Combustion',
      'Transport Spend',
      'Tunnel|Utilisation',
      'Tunnel|Revenue',
    ]) {
      expect(names).toContain(`${v}@World`);
    }
    for (const region of ['World', 'Russia', 'China', 'United States']) {
      for (const v of ['Production|Oil', 'Production|LNG', 'Production|Copper', 'Production|Oil|Energy', 'Revenue', 'Operating Surplus']) {
        expect(names).toContain(`${v}@${region}`);
      }
    }
  });

  it('splits production among the three countries without losing any', () => {
    const r = simulate(catalog, makeAssumptions({ cooperation: { level: 0.7 } }));
    for (const c of ['Oil', 'LNG', 'Coal', 'Copper', 'Zinc', 'Gold']) {
      const by = (region: string) => r.series.find((s) => s.variable === `Production|${c}` && s.region === region)?.values ?? [];
      by('World').forEach((w, t) => {
        const parts = ['Russia', 'China', 'United States'].reduce((sum, reg) => sum + (by(reg)[t] ?? 0), 0);
        expect(parts).toBeCloseTo(w ?? 0, 9);
      });
    }
  });

  it('gives China its cited Yamal LNG stake without cooperation', () => {
    const r = simulate(catalog, makeAssumptions({ cooperation: { level: 0 } }));
    const china = r.series.find((s) => s.variable === 'Production|LNG' && s.region === 'China')?.values[0];
    // 2025: Yamal LNG is the only LNG producer; CNPC 20 % + Silk Road Fund 9.9 %.
    const yamal = catalog.basins.find((b) => b.id === 'yamal-lng');
    expect(china).toBeCloseTo((yamal?.plateauMtPerYear ?? Number.NaN) * (yamal?.foreignStakes.china ?? Number.NaN), 9);
  });

  it('keeps cooperation-only projects closed at cooperation level 0', () => {
    const run = runEngine(catalog, makeAssumptions({ cooperation: { level: 0 } }));
    catalog.basins.forEach((basin, b) => {
      if (basin.minCooperationLevel > 0) expect(Number.isNaN(run.basinStartYear[b])).toBe(true);
    });
  });

  it('starts existing producers in 2025', () => {
    const run = runEngine(catalog, makeAssumptions());
    catalog.basins.forEach((basin, b) => {
      if (basin.status === 'producing') expect(run.basinStartYear[b]).toBe(2025);
    });
  });

  it('does not start a planned basin before its earliest start year', () => {
    const run = runEngine(catalog, makeAssumptions());
    catalog.basins.forEach((basin, b) => {
      const start = run.basinStartYear[b] ?? Number.NaN;
      if (basin.status !== 'producing' && !Number.isNaN(start)) expect(start).toBeGreaterThanOrEqual(basin.earliestStartYear);
    });
  });

  it('reports the tunnel cost only from its opening year', () => {
    const r = simulate(catalog, makeAssumptions({ link: { openYear: 2040 } }));
    const cost = row(r, 'Transport Cost|Tunnel Rail|Shanghai');
    r.years.forEach((year, t) => (year < 2040 ? expect(cost[t]).toBeNull() : expect(cost[t]).toBeGreaterThan(0)));
    expect(row(r, 'Tunnel|Utilisation')[r.years.indexOf(2039)]).toBeNull();
  });

  it('curbs new oil projects when carbon is priced on combustion', () => {
    const base = simulate(catalog, makeAssumptions());
    const priced = simulate(catalog, makeAssumptions({ markets: { carbonPriceUsdPerTonne: 150, carbonOnCombustion: true } }));
    const total = (r: SimulationResult) => row(r, 'Production|Oil').reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(total(priced)).toBeLessThan(total(base));
  });

  it('runs from 2025 to the horizon inclusive', () => {
    expect(simulate(catalog, makeAssumptions({ horizonYear: 2100 })).years.at(-1)).toBe(2100);
    expect(simulate(catalog, makeAssumptions({ horizonYear: 2050 })).years).toHaveLength(26);
  });
});
