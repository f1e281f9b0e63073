// Pure: strings and small pure helpers only. The one home of result variable names: every
// `Production|…`, `Transport Cost|…`, `Strait Crossing|…` name is built and parsed here (DESIGN.md,
// "Contract for programs"), so the engine's layout, the charts, /compare and the headline figures
// cannot drift apart.
import { COMMODITIES, type Commodity, type Region, type SimulationResult } from './types';

/** Fixed variable names (no route, destination or commodity in them). */
export const VARIABLES = {
  iceExtent: 'Sea Ice Extent|September',
  beringSeason: 'Navigable Season|Bering Strait',
  emissionsTransport: 'Emissions|CO2|Transport',
  emissionsCombustion: 'Emissions|CO2|Combustion',
  revenue: 'Revenue',
  operatingSurplus: 'Operating Surplus',
  transportSpend: 'Transport Spend',
  tunnelUtilisation: 'Tunnel|Utilisation',
  /** Tariff + line-haul revenue of the link, billion USD per year. */
  tunnelRevenue: 'Tunnel|Revenue',
  tunnelRevenueTariff: 'Tunnel|Revenue|Tariff',
  tunnelRevenueLineHaul: 'Tunnel|Revenue|Line Haul',
  tunnelOperatingCost: 'Tunnel|Operating Cost',
  tunnelCapitalSpending: 'Tunnel|Capital Spending',
  tunnelCashFlow: 'Tunnel|Cash Flow',
  tunnelCumulativeDiscountedCashFlow: 'Tunnel|Cash Flow|Discounted Cumulative',
} as const;

/** Directions through the strait: eastbound = toward North America. */
export const CROSSING_DIRECTIONS = ['Eastbound', 'Westbound'] as const;
export type CrossingDirection = (typeof CROSSING_DIRECTIONS)[number];

/** Kinds of cargo through the strait: basin output, or Asia–North America transit freight. */
export const CROSSING_CARGOES = ['Resources', 'Transit'] as const;
export type CrossingCargo = (typeof CROSSING_CARGOES)[number];

/** Ice zones as named in `Ice Premium|<zone>` rows (ICE_ZONES order: nsr, bering, transpolar). */
export const ICE_ZONE_NAMES = ['Northern Sea Route', 'Bering Strait', 'Transpolar'] as const;

const PRODUCTION = 'Production|';
const ENERGY_SUFFIX = '|Energy';
const VOLUME = 'Transport Volume|';
const COST = 'Transport Cost|';
const SEASON = 'Navigable Season|';
const CROSSING = 'Strait Crossing|';
const TRANSIT = 'Transit Freight|';
const ICE_PREMIUM = 'Ice Premium|';
const ROUTE_COST = 'Route Cost|';

/** The parts of a `Route Cost|…` row as named in variables, then their sum (ADR 048). */
export const ROUTE_COST_PARTS = ['Line Haul', 'Handling', 'Tariff or Toll', 'Ice Premium', 'Carbon', 'Total'] as const;
export type RouteCostPart = (typeof ROUTE_COST_PARTS)[number];

/** `Production|<commodity>`, Mt per year. */
export const productionVariable = (commodity: Commodity) => `${PRODUCTION}${commodity}`;
/** `Production|<fuel>|Energy`, Mtoe per year. */
export const energyVariable = (commodity: Commodity) => `${PRODUCTION}${commodity}${ENERGY_SUFFIX}`;
/** `Production|<metal>|Shipped`: concentrate tonnes shipped, Mt per year (ADR 018). */
export const shippedVariable = (commodity: Commodity) => `${PRODUCTION}${commodity}|Shipped`;
/** `Navigable Season|<route>`, days per year. */
export const seasonVariable = (route: string) => `${SEASON}${route}`;
/** `Transport Volume|<route>`: basin output carried, Mt per year. */
export const volumeVariable = (route: string) => `${VOLUME}${route}`;
/** `Transport Cost|<route>|<destination>`: cost of the route's reference leg, USD per tonne. */
export const costVariable = (route: string, destination: string) => `${COST}${route}|${destination}`;
/** `Strait Crossing|<direction>` (all cargo) or `Strait Crossing|<direction>|<cargo>`, Mt per year. */
export const crossingVariable = (direction: CrossingDirection, cargo?: CrossingCargo) =>
  cargo === undefined ? `${CROSSING}${direction}` : `${CROSSING}${direction}|${cargo}`;
/** `Transit Freight|<route>`: container transit cargo, Mt per year (both directions). */
export const transitVariable = (route: string) => `${TRANSIT}${route}`;
/**
 * `Ice Premium|<zone>`: the zone's ice premium of the year, USD per tonne (the average of a leg
 * used in and out of season; null where no ship sails the zone that year).
 */
export const icePremiumVariable = (zoneName: string) => `${ICE_PREMIUM}${zoneName}`;

/**
 * `Route Cost|<route>|<origin>|<destination>|<part>`: one part of the cost per tonne of a route from
 * one origin (by its display name, ADR 047), USD per tonne; only in the comparison CSV (ADR 048).
 */
export const routeCostVariable = (route: string, originName: string, destination: string, part: RouteCostPart) =>
  `${ROUTE_COST}${route}|${originName}|${destination}|${part}`;

/** The commodity of a `Production|<commodity>` name (not the `|Energy` rows), or null. */
export function parseProduction(variable: string): Commodity | null {
  if (!variable.startsWith(PRODUCTION)) return null;
  const rest = variable.slice(PRODUCTION.length);
  return (COMMODITIES as readonly string[]).includes(rest) ? (rest as Commodity) : null;
}

/** Route and destination of a `Transport Cost|<route>|<destination>` name, or null. */
export function parseCost(variable: string): { route: string; destination: string } | null {
  if (!variable.startsWith(COST)) return null;
  const parts = variable.slice(COST.length).split('|');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { route: parts[0], destination: parts[1] };
}

/** The route of a `Transport Volume|<route>` name, or null. */
export function parseVolume(variable: string): string | null {
  if (!variable.startsWith(VOLUME)) return null;
  const route = variable.slice(VOLUME.length);
  return route.length > 0 && !route.includes('|') ? route : null;
}

/** The route of a `Transit Freight|<route>` name, or null. */
export function parseTransit(variable: string): string | null {
  if (!variable.startsWith(TRANSIT)) return null;
  const route = variable.slice(TRANSIT.length);
  return route.length > 0 && !route.includes('|') ? route : null;
}

/**
 * Total production of all commodities in one region, Mt per year: the sum of its
 * `Production|<commodity>` rows (the Mtoe rows are left out); null in a year where no row has a
 * value, and null for every year when the region has no row. A row repeated counts once.
 */
export function totalProductionMt(result: SimulationResult, region: Region): (number | null)[] {
  const seen = new Set<string>();
  const rows = result.series.filter((s) => {
    if (s.region !== region || parseProduction(s.variable) === null || seen.has(s.variable)) return false;
    seen.add(s.variable);
    return true;
  });
  return result.years.map((_, i) => {
    let sum: number | null = null;
    for (const row of rows) {
      const v = row.values[i];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  });
}
