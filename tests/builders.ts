// Test inputs for the engine: the seeded catalog, assumptions with overrides, and seeded random
// assumptions for invariant sweeps. No I/O beyond importing the seed JSON.
import basinsJson from '@/db/seed/catalog/basins.json';
import routesJson from '@/db/seed/catalog/routes.json';
import iceJson from '@/db/seed/catalog/sea-ice-september.json';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { PATHWAYS, type Assumptions, type Catalog } from '@/lib/model/types';
import { CatalogSchema } from '@/lib/schemas/catalog';

/** Deep partial for assumption overrides (prices one level deeper). */
export type AssumptionOverrides = {
  [K in Exclude<keyof Assumptions, 'markets'>]?: Assumptions[K] extends object ? Partial<Assumptions[K]> : Assumptions[K];
} & {
  markets?: Partial<Omit<Assumptions['markets'], 'prices'>> & { prices?: Partial<Assumptions['markets']['prices']> };
};

/** The default assumptions with some fields replaced (one level deep per group). */
export function makeAssumptions(overrides: AssumptionOverrides = {}): Assumptions {
  const d = DEFAULT_ASSUMPTIONS;
  return {
    horizonYear: overrides.horizonYear ?? d.horizonYear,
    ice: { ...d.ice, ...overrides.ice },
    link: { ...d.link, ...overrides.link },
    markets: { ...d.markets, ...overrides.markets, prices: { ...d.markets.prices, ...overrides.markets?.prices } },
    freight: { ...d.freight, ...overrides.freight },
    access: { ...d.access, ...overrides.access },
    transit: { ...d.transit, ...overrides.transit },
    cooperation: {
      ...d.cooperation,
      ...overrides.cooperation,
      shares: { ...d.cooperation.shares, ...overrides.cooperation?.shares },
    },
  };
}

/** The seeded reference catalog, parsed with CatalogSchema (a fresh object each call). */
export function makeCatalog(): Catalog {
  return CatalogSchema.parse({ basins: basinsJson, routes: routesJson, iceObservations: iceJson });
}

/** Small deterministic PRNG (mulberry32): same seed, same sequence. */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` valid random assumption sets from `seed`, spanning the contract's ranges. */
export function makeRandomAssumptions(seed: number, count: number): Assumptions[] {
  const rand = makeRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return Array.from({ length: count }, () => {
    const raw = [rand() + 0.01, rand() + 0.01, rand() + 0.01];
    const sum = raw.reduce((x, y) => x + y, 0);
    return {
      horizonYear: int(2050, 2100),
      ice: { pathway: PATHWAYS[int(0, 3)] ?? 'SSP2-4.5', iceFreeYear: rand() < 0.2 ? null : int(2030, 2100) },
      link: {
        openYear: rand() < 0.25 ? null : int(2030, 2100),
        capacityMtPerYear: rand() < 0.3 ? 0.5 + rand() * 5 : 10 + rand() * 190,
        capexBnUsd: 10 + rand() * 90,
        tariffUsdPerTonne: rand() * 60,
        buildYears: int(3, 20),
        tunnelCapexSharePct: rand() * 100,
      },
      markets: {
        prices: {
          oilUsdPerBarrel: 30 + rand() * 120,
          lngUsdPerMmbtu: 4 + rand() * 26,
          coalUsdPerTonne: 50 + rand() * 250,
          copperUsdPerTonne: 4000 + rand() * 10_000,
          zincUsdPerTonne: 1500 + rand() * 3500,
          goldUsdPerOunce: 1000 + rand() * 3000,
        },
        realPriceChangePctPerYear: -3 + rand() * 6,
        carbonPriceUsdPerTonne: rand() * 250,
        carbonOnCombustion: rand() < 0.5,
        discountRatePct: rand() * 12,
      },
      freight: {
        railCentsPerTonneKm: 0.5 + rand() * 4,
        seaCentsPerTonneKm: 0.1 + rand() * 0.8,
        iceCostMultiplier: rand() * 3,
      },
      access: { russiaToNorthAmerica: rand() < 0.5, usStakesInRussia: rand() < 0.5 },
      transit: { volumeMtPerYear: rand() * 600, growthPctPerYear: -3 + rand() * 8, valueOfTimeUsdPerTonneDay: rand() * 50 },
      cooperation: {
        level: rand(),
        shares: { russia: (raw[0] ?? 1) / sum, china: (raw[1] ?? 1) / sum, us: (raw[2] ?? 1) / sum },
      },
    };
  });
}
