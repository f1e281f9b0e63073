// Pure: reads no database, clock or globals. A route's cost per tonne by component in one year,
// from its `summary.routeCosts` entry and that year's `Ice Premium|<zone>` value: the one rule for
// when a route has a cost (the route-cost bars, /compare and the comparison CSV all read it).
import type { RouteCostBreakdown } from './types';

/** The parts of a route's cost per tonne, USD/t, in stacking order. */
export interface RouteCostParts {
  lineHaul: number;
  handling: number;
  tariffOrToll: number;
  icePremium: number;
  carbon: number;
}

/**
 * Why a route has a cost in the year, or why not: `open`; `no-tunnel` (the link does not exist in
 * the scenario); `not-open` (before the link opens); `no-sailing` (no ship sails the route's ice
 * zone that year, so its ice premium and cost do not exist).
 */
export type RouteCostStatus = 'open' | 'no-tunnel' | 'not-open' | 'no-sailing';

/** A route's cost in one year: its parts and their sum (USD/t), or the reason it has none. */
export type RouteCostInYear =
  | { status: 'open'; parts: RouteCostParts; totalUsdPerTonne: number }
  | { status: Exclude<RouteCostStatus, 'open'>; parts: null; totalUsdPerTonne: null };

/**
 * The cost of `entry` in `year`. `icePremiumUsdPerTonne` is the year's value of the entry's
 * `icePremiumVariable` row (ignored when the entry has none); null or undefined there means no
 * ship sails the zone, so the route has no cost that year.
 */
export function toRouteCostInYear(
  entry: RouteCostBreakdown,
  year: number,
  icePremiumUsdPerTonne: number | null | undefined,
): RouteCostInYear {
  if (!entry.isAvailable) return { status: 'no-tunnel', parts: null, totalUsdPerTonne: null };
  if (entry.openYear !== null && year < entry.openYear) return { status: 'not-open', parts: null, totalUsdPerTonne: null };
  let icePremium = 0;
  if (entry.icePremiumVariable !== null) {
    if (icePremiumUsdPerTonne === null || icePremiumUsdPerTonne === undefined)
      return { status: 'no-sailing', parts: null, totalUsdPerTonne: null };
    icePremium = icePremiumUsdPerTonne;
  }
  const parts: RouteCostParts = {
    lineHaul: entry.lineHaulUsdPerTonne,
    handling: entry.handlingUsdPerTonne,
    tariffOrToll: entry.tariffOrTollUsdPerTonne,
    icePremium,
    carbon: entry.carbonUsdPerTonne,
  };
  const total = parts.lineHaul + parts.handling + parts.tariffOrToll + parts.icePremium + parts.carbon;
  return { status: 'open', parts, totalUsdPerTonne: total };
}
