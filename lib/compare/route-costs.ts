// Pure: reads no database, clock or globals. Why routes cost what they cost, side by side for the
// compared scenarios (issue 9, ADR 048): for one destination and year, each origin→destination
// route's cost per tonne by component in every scenario, grouped by route. Built on the dashboard's
// route-cost bars (lib/charts/route-cost-bars.ts), so both pages show the same numbers.
import { listDestinations } from '@/lib/charts/dashboard-charts';
import { formatNumber } from '@/lib/charts/format';
import {
  toRouteCostChart,
  type CostBarRow,
  type CostComponentId,
  type RouteCostBar,
  type RouteCostStatus,
} from '@/lib/charts/route-cost-bars';
import { toRouteCostItemsCsv } from '@/lib/charts/route-cost-csv';
import type { SimulationResult } from '@/lib/model/types';
import type { ComparedResult } from './overlay';

/** What the browser needs of one scenario to draw its route costs in any year (server → client). */
export interface RouteCostSource {
  name: string;
  /** The result's years, its `Ice Premium|<zone>` rows and its summary; no other series. */
  result: SimulationResult;
}

/** The route-cost options of a comparison: every destination and year the reader may pick. */
export interface CompareRouteCostData {
  sources: RouteCostSource[];
  /** Destinations served in any scenario, the first scenario's order first (its most served first). */
  destinations: string[];
  /** The union of the scenarios' years, ascending. */
  years: number[];
  /** The year shown first: 2050 (ADR 051) within the years, else the last year. */
  defaultYear: number | null;
}

/** One scenario's bar of one route. */
export interface CompareRouteCostEntry {
  /** Position of the scenario in the comparison (its colour). */
  scenarioIndex: number;
  scenarioName: string;
  /** Each component, USD/t; all null when the route has no cost that year in this scenario. */
  components: Record<CostComponentId, number | null>;
  totalUsdPerTonne: number | null;
  /** The dashboard's status, or `after-horizon` (the year is past the scenario's last), or `not-listed` (its catalog lacks the route). */
  status: RouteCostStatus | 'after-horizon' | 'not-listed';
  /** Why there is no cost ("opens in 2042", "after this scenario's horizon, 2060"); "" when open. */
  note: string;
  /** Transit only: days in transit and their cost at this scenario's value of time, USD/t (not in the total). */
  transitDays: number | null;
  timeCostUsdPerTonne: number | null;
}

/** One route (origin → destination) with one entry per compared scenario. */
export interface CompareRouteCostGroup {
  /** "Tunnel Rail|alaska-northwest|Shanghai". */
  key: string;
  route: string;
  originName: string;
  destination: string;
  cargo: RouteCostBar['cargo'];
  seaKm: number;
  railKm: number;
  /** "Tunnel Rail: Red Dog (NW Alaska) → Shanghai". */
  label: string;
  kmText: string;
  entries: CompareRouteCostEntry[];
}

/** The route costs of all compared scenarios for one destination and year. */
export interface CompareRouteCosts {
  year: number;
  destination: string;
  groups: CompareRouteCostGroup[];
}

/** Year of the route costs shown first: the headline's cost year (ADR 051). */
export const COMPARE_COST_YEAR = 2050;

/** `result` with only what route costs need: years, the ice premium rows and the summary. */
export function toRouteCostResult(result: SimulationResult): SimulationResult {
  const ice = result.series.filter((s) => s.region === 'World' && s.variable.startsWith('Ice Premium|'));
  return result.summary === undefined
    ? { years: result.years, series: ice }
    : { years: result.years, series: ice, summary: result.summary };
}

/**
 * The route-cost options of a comparison, from full engine results: slim sources (see
 * `toRouteCostResult`), destinations and years. No scenarios: nothing to pick, no default year.
 */
export function toCompareRouteCostData(scenarios: readonly ComparedResult[]): CompareRouteCostData {
  const destinations = [...new Set(scenarios.flatMap((s) => listDestinations(s.result)))];
  const years = [...new Set(scenarios.flatMap((s) => s.result.years))].sort((a, b) => a - b);
  const defaultYear = years.includes(COMPARE_COST_YEAR) ? COMPARE_COST_YEAR : (years[years.length - 1] ?? null);
  return { sources: scenarios.map((s) => ({ name: s.name, result: toRouteCostResult(s.result) })), destinations, years, defaultYear };
}

const NO_COMPONENTS: Record<CostComponentId, null> = { lineHaul: null, handling: null, tariffOrToll: null, icePremium: null, carbon: null };

function toEntry(
  bar: RouteCostBar | undefined,
  scenarioIndex: number,
  scenarioName: string,
  afterHorizon: number | null,
): CompareRouteCostEntry {
  const empty = {
    scenarioIndex,
    scenarioName,
    components: { ...NO_COMPONENTS },
    totalUsdPerTonne: null,
    transitDays: null,
    timeCostUsdPerTonne: null,
  };
  if (afterHorizon !== null) return { ...empty, status: 'after-horizon', note: `after this scenario's horizon, ${afterHorizon}` };
  // A route the scenario's catalog does not list (only when catalogs differ): no cost, said so.
  if (bar === undefined) return { ...empty, status: 'not-listed', note: 'not in this scenario' };
  return {
    scenarioIndex,
    scenarioName,
    components: bar.components,
    totalUsdPerTonne: bar.totalUsdPerTonne,
    status: bar.status,
    note: bar.note,
    transitDays: bar.transitDays,
    timeCostUsdPerTonne: bar.timeCostUsdPerTonne,
  };
}

/**
 * Every route to `destination` in `year`, each with one entry per scenario in their order: the
 * routes in the order of the first scenario's bars (by origin, cheapest first), then any route only
 * other scenarios have. A scenario whose years end before `year` has empty entries saying so
 * (its horizon), rather than another year's numbers. Entries' components sum to their totals.
 */
export function toCompareRouteCosts(sources: readonly RouteCostSource[], year: number, destination: string): CompareRouteCosts {
  const charts = sources.map((s) => toRouteCostChart(s.result, year, destination));
  const groups = new Map<string, CompareRouteCostGroup>();
  for (const chart of charts) {
    for (const bar of chart.bars) {
      if (!groups.has(bar.key)) {
        groups.set(bar.key, {
          key: bar.key,
          route: bar.route,
          originName: bar.originName,
          destination: bar.destination,
          cargo: bar.cargo,
          seaKm: bar.seaKm,
          railKm: bar.railKm,
          label: bar.label,
          kmText: bar.kmText,
          entries: [],
        });
      }
    }
  }
  for (const group of groups.values()) {
    group.entries = charts.map((chart, i) => {
      const last = sources[i]!.result.years[sources[i]!.result.years.length - 1] ?? null;
      const afterHorizon = last !== null && year > last ? last : null;
      const bar = chart.bars.find((b) => b.key === group.key);
      return toEntry(bar, i, sources[i]!.name, afterHorizon);
    });
  }
  return { year, destination, groups: [...groups.values()] };
}

/**
 * Rows for the stacked bar chart: per route, one row per scenario. The route's first row carries
 * its label and km; every row's second line names the scenario and its total, or why it has none.
 */
export function toCompareCostBarRows(costs: CompareRouteCosts): CostBarRow[] {
  return costs.groups.flatMap((group) =>
    group.entries.map((entry, i) => ({
      key: `${group.key}|s${entry.scenarioIndex}`,
      label: i === 0 ? `${group.label} · ${group.kmText}` : '',
      detail:
        entry.totalUsdPerTonne === null
          ? `${entry.scenarioName}: ${entry.note}`
          : `${entry.scenarioName}: ${formatNumber(entry.totalUsdPerTonne, 1)} USD/t`,
      ...entry.components,
    })),
  );
}

/** Whether any scenario has a cost on any route of `costs` (else the chart has nothing to draw). */
export function hasAnyRouteCost(costs: CompareRouteCosts): boolean {
  return costs.groups.some((g) => g.entries.some((e) => e.totalUsdPerTonne !== null));
}

/** The route costs as CSV (the dashboard's route-cost columns): one row per route and scenario, in the card's order. */
export function toCompareRouteCostCsv(costs: CompareRouteCosts): string {
  return toRouteCostItemsCsv(
    costs.groups.flatMap((group) =>
      group.entries.map((entry) => ({ scenario: entry.scenarioName, year: costs.year, bar: { ...group, ...entry } })),
    ),
  );
}
