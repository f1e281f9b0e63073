// Pure: reads no database, clock or globals. Route costs by component as yearly rows for the
// comparison CSV (ADR 048): one `Route Cost|<route>|<origin>|<destination>|<part>` row per route of
// `summary.routeCosts` and part (line haul, handling, tariff or toll, ice premium, carbon, total),
// null in the years the route has no cost. Derived from the result, not computed by the engine.
import { findOriginName } from '@/lib/model/origins';
import { toRouteCostInYear, type RouteCostParts } from '@/lib/model/route-cost-year';
import type { Series, SimulationResult } from '@/lib/model/types';
import { ROUTE_COST_PARTS, routeCostVariable, type RouteCostPart } from '@/lib/model/variables';

/** Unit of every route-cost row, as the engine writes `Transport Cost` rows. */
const UNIT = 'USD per tonne';

const PART_OF: Record<Exclude<RouteCostPart, 'Total'>, keyof RouteCostParts> = {
  'Line Haul': 'lineHaul',
  Handling: 'handling',
  'Tariff or Toll': 'tariffOrToll',
  'Ice Premium': 'icePremium',
  Carbon: 'carbon',
};

/**
 * The route-cost rows of a result, routes in `summary.routeCosts` order, each with its parts in
 * ROUTE_COST_PARTS order; values aligned with `result.years`. No summary: no rows.
 */
export function toRouteCostSeries(result: SimulationResult): Series[] {
  const entries = result.summary?.routeCosts ?? [];
  const ice = new Map(result.series.filter((s) => s.region === 'World').map((s) => [s.variable, s.values] as const));
  return entries.flatMap((entry) => {
    const premiums = entry.icePremiumVariable === null ? undefined : ice.get(entry.icePremiumVariable);
    const costs = result.years.map((year, t) => toRouteCostInYear(entry, year, premiums?.[t]));
    const origin = findOriginName(entry.origin) ?? entry.origin;
    return ROUTE_COST_PARTS.map((part) => ({
      variable: routeCostVariable(entry.route, origin, entry.destination, part),
      region: 'World' as const,
      unit: UNIT,
      values: costs.map((c) => (c.parts === null ? null : part === 'Total' ? c.totalUsdPerTonne : c.parts[PART_OF[part]])),
    }));
  });
}

/** `result` with its route-cost rows after its own series (the comparison CSV's rows). */
export function withRouteCostSeries(result: SimulationResult): SimulationResult {
  return { ...result, series: [...result.series, ...toRouteCostSeries(result)] };
}
