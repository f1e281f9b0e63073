// Pure: reads no database, clock or globals. The fixed list of result series (names, regions,
// units) for a catalog, and where each lives in the engine's flat value buffer.
import { ENERGY_TOE_PER_T } from './defaults';
import { COMMODITIES, REGIONS, type Commodity, type Region, type Route } from './types';

/**
 * Metals mined as concentrate: their `Production|<metal>` rows count contained metal and a
 * `Production|<metal>|Shipped` row counts the tonnes shipped (ADR 018).
 */
export const SOLD_AS_CONCENTRATE: readonly Commodity[] = ['Copper', 'Zinc'];

/** Name, region and unit of one result series. */
export interface SeriesMeta {
  variable: string;
  region: Region;
  unit: string;
}

/** Unit strings used in results (DESIGN.md, "Contract for programs"). */
export const UNITS = {
  extent: 'million km2',
  season: 'days per year',
  mass: 'Mt per year',
  energy: 'Mtoe per year',
  cost: 'USD per tonne',
  co2: 'Mt CO2 per year',
  money: 'billion USD per year',
  percent: '%',
} as const;

/** The series of a result and their row numbers in the value buffer (-1 = no such series). */
export interface SeriesLayout {
  meta: SeriesMeta[];
  ice: number;
  /** Per route: its `Navigable Season|<route>` row (sea routes), else -1. */
  season: Int32Array;
  beringSeason: number;
  /** `Production|<commodity>` rows, index commodity × 4 + region. */
  production: Int32Array;
  /** `Production|<fuel>|Energy` rows, index commodity × 4 + region; -1 for metals. */
  energy: Int32Array;
  /** `Production|<metal>|Shipped` rows (concentrate or metal shipped), index commodity × 4 + region; -1 for others. */
  shipped: Int32Array;
  /** Per route: `Transport Volume|<route>`. */
  volume: Int32Array;
  /** Per cost pair: `Transport Cost|<route>|<destination>`. */
  cost: Int32Array;
  emissionsTransport: number;
  emissionsCombustion: number;
  /** Per region (REGIONS order). */
  revenue: Int32Array;
  surplus: Int32Array;
  transportSpend: number;
  tunnelUtilisation: number;
  tunnelRevenue: number;
}

/** Builds the layout: same catalog routes and cost pairs, same rows in the same order. */
export function buildSeriesLayout(
  routes: readonly Route[],
  costPairs: readonly { route: string; destination: string }[],
): SeriesLayout {
  const meta: SeriesMeta[] = [];
  const add = (variable: string, unit: string, region: Region = 'World'): number => {
    meta.push({ variable, region, unit });
    return meta.length - 1;
  };
  const ice = add('Sea Ice Extent|September', UNITS.extent);
  const season = Int32Array.from(routes, (r) =>
    r.mode === 'sea' ? add(`Navigable Season|${r.name}`, UNITS.season) : -1,
  );
  const beringSeason = add('Navigable Season|Bering Strait', UNITS.season);
  const production = new Int32Array(COMMODITIES.length * REGIONS.length);
  const energy = new Int32Array(COMMODITIES.length * REGIONS.length).fill(-1);
  COMMODITIES.forEach((c, ci) =>
    REGIONS.forEach((region, ri) => {
      production[ci * REGIONS.length + ri] = add(`Production|${c}`, UNITS.mass, region);
    }),
  );
  COMMODITIES.forEach((c, ci) => {
    if (ENERGY_TOE_PER_T[c] === undefined) return;
    REGIONS.forEach((region, ri) => {
      energy[ci * REGIONS.length + ri] = add(`Production|${c}|Energy`, UNITS.energy, region);
    });
  });
  const shipped = new Int32Array(COMMODITIES.length * REGIONS.length).fill(-1);
  COMMODITIES.forEach((c, ci) => {
    if (!SOLD_AS_CONCENTRATE.includes(c)) return;
    REGIONS.forEach((region, ri) => {
      shipped[ci * REGIONS.length + ri] = add(`Production|${c}|Shipped`, UNITS.mass, region);
    });
  });
  const volume = Int32Array.from(routes, (r) => add(`Transport Volume|${r.name}`, UNITS.mass));
  const cost = Int32Array.from(costPairs, (c) =>
    add(`Transport Cost|${c.route}|${c.destination}`, UNITS.cost),
  );
  const emissionsTransport = add('Emissions|CO2|Transport', UNITS.co2);
  const emissionsCombustion = add('Emissions|CO2|Combustion', UNITS.co2);
  const revenue = Int32Array.from(REGIONS, (region) => add('Revenue', UNITS.money, region));
  const surplus = Int32Array.from(REGIONS, (region) => add('Operating Surplus', UNITS.money, region));
  const transportSpend = add('Transport Spend', UNITS.money);
  const tunnelUtilisation = add('Tunnel|Utilisation', UNITS.percent);
  const tunnelRevenue = add('Tunnel|Revenue', UNITS.money);
  return {
    meta,
    ice,
    season,
    beringSeason,
    production,
    energy,
    shipped,
    volume,
    cost,
    emissionsTransport,
    emissionsCombustion,
    revenue,
    surplus,
    transportSpend,
    tunnelUtilisation,
    tunnelRevenue,
  };
}
