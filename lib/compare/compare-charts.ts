// Pure: reads no database, clock or globals. Every chart of /compare, ready to draw: the
// production options (total, then each commodity), transport cost per route and destination,
// sea-ice extent and tunnel volume, each with one line per scenario.
import type { ChartSpec } from '@/lib/charts/types';
import { listCommodities, listCostRoutes, pickProductionTotal, pickSeries, toOverlaySpec, type ComparedResult } from './overlay';

/** A chart the reader picks from a list. */
export interface ChartOption {
  value: string;
  label: string;
  spec: ChartSpec;
}

/** The cost chart of one route to one destination. */
export interface CostChart {
  route: string;
  destination: string;
  spec: ChartSpec;
}

/** Serialisable chart data of a comparison (server → client). */
export interface CompareChartsData {
  /** "total" first, then one option per commodity. */
  production: ChartOption[];
  routes: string[];
  destinations: string[];
  costs: CostChart[];
  seaIce: ChartSpec;
  /** Null when the catalog has no tunnel route. */
  tunnelVolume: ChartSpec | null;
}

/** Value of the production option that sums all commodities. */
export const TOTAL_PRODUCTION = 'total';

/**
 * The charts of a comparison. `tunnelRoute` is the catalog name of the tunnel route (the one
 * whose `isLink` is true), or null when there is none.
 */
export function buildCompareCharts(scenarios: readonly ComparedResult[], tunnelRoute: string | null): CompareChartsData {
  const results = scenarios.map((s) => s.result);
  const production: ChartOption[] = [
    {
      value: TOTAL_PRODUCTION,
      label: 'All commodities',
      spec: toOverlaySpec(scenarios, pickProductionTotal, { title: 'Production', variable: 'Production|Total' }),
    },
    ...listCommodities(results).map((commodity) => {
      const variable = `Production|${commodity}`;
      return {
        value: commodity,
        label: commodity,
        spec: toOverlaySpec(scenarios, pickSeries(variable), { title: `${commodity} production`, variable }),
      };
    }),
  ];
  const { routes, destinations } = listCostRoutes(results);
  const costs: CostChart[] = [];
  for (const destination of destinations) {
    for (const route of routes) {
      const variable = `Transport Cost|${route}|${destination}`;
      const spec = toOverlaySpec(scenarios, pickSeries(variable), { title: 'Cost per tonne', variable });
      if (spec.lines.length > 0) costs.push({ route, destination, spec });
    }
  }
  const seaIce = toOverlaySpec(scenarios, pickSeries('Sea Ice Extent|September'), {
    title: 'September extent',
    variable: 'Sea Ice Extent|September',
  });
  const tunnelVariable = tunnelRoute ? `Transport Volume|${tunnelRoute}` : null;
  const tunnelVolume = tunnelVariable
    ? toOverlaySpec(scenarios, pickSeries(tunnelVariable), { title: 'Tunnel volume', variable: tunnelVariable })
    : null;
  return { production, routes, destinations, costs, seaIce, tunnelVolume };
}
