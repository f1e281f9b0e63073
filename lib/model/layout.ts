// Pure: reads no database, clock or globals. The fixed list of result series (names, regions,
// units) for a catalog, and where each lives in the engine's flat value buffer.
import { ENERGY_TOE_PER_T } from './defaults';
import { COMMODITIES, REGIONS, type Commodity, type Region, type Route } from './types';
import {
  CROSSING_CARGOES,
  CROSSING_DIRECTIONS,
  VARIABLES,
  costVariable,
  crossingVariable,
  energyVariable,
  productionVariable,
  icePremiumVariable,
  ICE_ZONE_NAMES,
  seasonVariable,
  shippedVariable,
  transitVariable,
  volumeVariable,
} from './variables';

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
  moneyTotal: 'billion USD',
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
  /** The link's account (ADR 020), billion USD per year. */
  tunnelRevenue: number;
  tunnelRevenueTariff: number;
  tunnelRevenueLineHaul: number;
  tunnelOperatingCost: number;
  tunnelCapitalSpending: number;
  tunnelCashFlow: number;
  tunnelCumulativeDiscounted: number;
  /** `Strait Crossing|Eastbound`, `…|Westbound` (all cargo), Mt per year. */
  crossingTotal: Int32Array;
  /** `Strait Crossing|<direction>|<cargo>`, index direction × 2 + cargo (CROSSING_CARGOES order). */
  crossingByCargo: Int32Array;
  /** Per ice zone (ICE_ZONES order): `Ice Premium|<zone>`. */
  icePremium: Int32Array;
  /** Transit routes (link, sea + rail): `Transit Freight|<route>`, `Transport Cost|<route>|Chicago`. */
  transitFreight: Int32Array;
  transitCost: Int32Array;
}

/** Names of the two transit routes and their origin and destination (ADR 022). */
export interface TransitNames {
  linkRoute: string;
  seaRoute: string;
  origin: string;
  destination: string;
}

/** Builds the layout: same catalog routes and cost pairs, same rows in the same order. */
export function buildSeriesLayout(
  routes: readonly Route[],
  costPairs: readonly { route: string; destination: string }[],
  transit: TransitNames = { linkRoute: 'Tunnel Rail', seaRoute: 'Trans-Pacific and Rail', origin: 'Shanghai', destination: 'Chicago' },
): SeriesLayout {
  const meta: SeriesMeta[] = [];
  const add = (variable: string, unit: string, region: Region = 'World'): number => {
    meta.push({ variable, region, unit });
    return meta.length - 1;
  };
  const ice = add(VARIABLES.iceExtent, UNITS.extent);
  const season = Int32Array.from(routes, (r) => (r.mode === 'sea' ? add(seasonVariable(r.name), UNITS.season) : -1));
  const beringSeason = add(VARIABLES.beringSeason, UNITS.season);
  const production = new Int32Array(COMMODITIES.length * REGIONS.length);
  const energy = new Int32Array(COMMODITIES.length * REGIONS.length).fill(-1);
  COMMODITIES.forEach((c, ci) =>
    REGIONS.forEach((region, ri) => {
      production[ci * REGIONS.length + ri] = add(productionVariable(c), UNITS.mass, region);
    }),
  );
  COMMODITIES.forEach((c, ci) => {
    if (ENERGY_TOE_PER_T[c] === undefined) return;
    REGIONS.forEach((region, ri) => {
      energy[ci * REGIONS.length + ri] = add(energyVariable(c), UNITS.energy, region);
    });
  });
  const shipped = new Int32Array(COMMODITIES.length * REGIONS.length).fill(-1);
  COMMODITIES.forEach((c, ci) => {
    if (!SOLD_AS_CONCENTRATE.includes(c)) return;
    REGIONS.forEach((region, ri) => {
      shipped[ci * REGIONS.length + ri] = add(shippedVariable(c), UNITS.mass, region);
    });
  });
  const volume = Int32Array.from(routes, (r) => add(volumeVariable(r.name), UNITS.mass));
  const cost = Int32Array.from(costPairs, (c) => add(costVariable(c.route, c.destination), UNITS.cost));
  const icePremium = Int32Array.from(ICE_ZONE_NAMES, (z) => add(icePremiumVariable(z), UNITS.cost));
  const transitRoutes = [transit.linkRoute, transit.seaRoute];
  const transitCost = Int32Array.from(transitRoutes, (r) => add(costVariable(r, transit.destination), UNITS.cost));
  const transitFreight = Int32Array.from(transitRoutes, (r) => add(transitVariable(r), UNITS.mass));
  const emissionsTransport = add(VARIABLES.emissionsTransport, UNITS.co2);
  const emissionsCombustion = add(VARIABLES.emissionsCombustion, UNITS.co2);
  const revenue = Int32Array.from(REGIONS, (region) => add(VARIABLES.revenue, UNITS.money, region));
  const surplus = Int32Array.from(REGIONS, (region) => add(VARIABLES.operatingSurplus, UNITS.money, region));
  const transportSpend = add(VARIABLES.transportSpend, UNITS.money);
  const tunnelUtilisation = add(VARIABLES.tunnelUtilisation, UNITS.percent);
  const tunnelRevenue = add(VARIABLES.tunnelRevenue, UNITS.money);
  const tunnelRevenueTariff = add(VARIABLES.tunnelRevenueTariff, UNITS.money);
  const tunnelRevenueLineHaul = add(VARIABLES.tunnelRevenueLineHaul, UNITS.money);
  const tunnelOperatingCost = add(VARIABLES.tunnelOperatingCost, UNITS.money);
  const tunnelCapitalSpending = add(VARIABLES.tunnelCapitalSpending, UNITS.money);
  const tunnelCashFlow = add(VARIABLES.tunnelCashFlow, UNITS.money);
  const tunnelCumulativeDiscounted = add(VARIABLES.tunnelCumulativeDiscountedCashFlow, UNITS.moneyTotal);
  const crossingTotal = Int32Array.from(CROSSING_DIRECTIONS, (d) => add(crossingVariable(d), UNITS.mass));
  const crossingByCargo = Int32Array.from(
    CROSSING_DIRECTIONS.flatMap((d) => CROSSING_CARGOES.map((k) => add(crossingVariable(d, k), UNITS.mass))),
  );
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
    tunnelRevenueTariff,
    tunnelRevenueLineHaul,
    tunnelOperatingCost,
    tunnelCapitalSpending,
    tunnelCashFlow,
    tunnelCumulativeDiscounted,
    crossingTotal,
    crossingByCargo,
    icePremium,
    transitFreight,
    transitCost,
  };
}
