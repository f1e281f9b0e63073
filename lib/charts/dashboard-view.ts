// Pure: reads no database, clock or globals. The dashboard as data: from the catalog, the current
// and baseline assumptions and the view choices, everything the page shows — the resolved view
// (destination, cost year), the chart specs with their titles, the route-cost bars, the headline
// figures, the sentence on the link and the names of the two scenarios. The React components only lay these out (STYLE.md §12).
import { summarize, summaryOptions } from '@/lib/model/summarize';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, Catalog, SimulationResult } from '@/lib/model/types';
import type { ChartInput } from './chart-spec';
import {
  listDestinations,
  observedIceResult,
  OBSERVED_INPUT_ID,
  toCostChart,
  toIceChart,
  toProductionChart,
  withDerivedSeries,
  type ProductionSplit,
} from './dashboard-charts';
import { toCashFlowChart, toCrossingsChart, withCrossingTotal } from './corridor-charts';
import { toHeadlineFigures, type HeadlineFigure } from './headline-figures';
import { toLinkFigures } from './link-figures';
import type { ChartSpec } from './types';

/** Year of the tunnel-vs-sea cost headline when the URL names none (later when the link opens later). */
export const DEFAULT_COST_YEAR = 2050;

/** The view choices the page keeps (a structural copy of the URL's view state). */
export interface ViewChoices {
  productionView: ProductionSplit;
  /** null = the first destination the results name. */
  destination: string | null;
  /** null = DEFAULT_COST_YEAR. */
  costYear: number | null;
}

/** What the catalog fixes for every run of the page: the tunnel route, year-round routes, observations. */
export interface DashboardContext {
  tunnelRoute: string;
  /** Sea routes without an ice zone (a flat 365-day season says nothing, so they get no season line). */
  yearRoundRoutes: string[];
  /** Observed September extent as a result. */
  observed: SimulationResult;
}

/** The context of a catalog; "Tunnel Rail" when the catalog names no link route. */
export function toDashboardContext(catalog: Catalog): DashboardContext {
  return {
    tunnelRoute: catalog.routes.find((r) => r.isLink)?.name ?? 'Tunnel Rail',
    yearRoundRoutes: catalog.routes.filter((r) => r.mode === 'sea' && r.iceZone === null).map((r) => r.name),
    observed: observedIceResult(catalog.iceObservations),
  };
}

/** One scenario run: the engine's result (for the full report) and the result with the derived series the charts draw. */
export interface DashboardRun {
  raw: SimulationResult;
  drawn: SimulationResult;
}

/** Runs the engine for `assumptions` and adds the derived series (total production, capacity, total crossings). */
export function runDashboardScenario(catalog: Catalog, ctx: DashboardContext, assumptions: Assumptions): DashboardRun {
  const raw = simulate(catalog, assumptions);
  return { raw, drawn: withCrossingTotal(withDerivedSeries(raw, assumptions, ctx.tunnelRoute)) };
}

/** The current and baseline inputs of the charts (baseline dashed), and the same with the observations first for the ice chart. */
export function toChartInputs(
  current: SimulationResult,
  baseline: SimulationResult,
  observed: SimulationResult,
): { inputs: ChartInput[]; iceInputs: ChartInput[] } {
  const inputs: ChartInput[] = [
    { id: 'cur', scenario: 'current', result: current },
    { id: 'base', scenario: 'baseline', result: baseline, labelSuffix: ' (baseline)', isDashed: true },
  ];
  return { inputs, iceInputs: [{ id: OBSERVED_INPUT_ID, scenario: 'observed', result: observed, labelSuffix: '' }, ...inputs] };
}

/** The view with its defaults filled in and checked against the results. */
export interface ResolvedView {
  /** Destinations the results name, in first-seen order. */
  destinations: string[];
  /** The chosen destination when the results name it, else the first one ("" for none). */
  destination: string;
  costYear: number;
  /** Cost years offered: every fifth simulated year, plus the chosen one when it is not among them. */
  yearOptions: number[];
}

/**
 * The cost year when the URL names none: DEFAULT_COST_YEAR, or the link's opening year when it opens
 * later within the simulated years (so the costs read show the link open). The opening year is
 * read from `summary.routeCosts`.
 */
export function defaultCostYear(current: SimulationResult): number {
  const last = current.years[current.years.length - 1] ?? DEFAULT_COST_YEAR;
  const opens = (current.summary?.routeCosts ?? []).map((r) => r.openYear).filter((y): y is number => y !== null && y <= last);
  return Math.max(DEFAULT_COST_YEAR, ...opens);
}

/** Fills in the view's defaults against `current` (the destination must exist in the results). */
export function resolveView(view: ViewChoices, current: SimulationResult): ResolvedView {
  const destinations = listDestinations(current);
  const destination = view.destination !== null && destinations.includes(view.destination) ? view.destination : (destinations[0] ?? '');
  const costYear = view.costYear ?? defaultCostYear(current);
  const fives = current.years.filter((y) => y % 5 === 0);
  const yearOptions = fives.includes(costYear) ? fives : [costYear, ...fives];
  return { destinations, destination, costYear, yearOptions };
}

/** Ids of the dashboard's charts, in page order. */
export const DASHBOARD_CHART_IDS = ['production', 'transport-cost', 'sea-ice', 'crossings', 'cash-flow'] as const;
export type DashboardChartId = (typeof DASHBOARD_CHART_IDS)[number];

/** One chart of the page: id, heading, one-sentence description with units, and its spec. */
export interface DashboardChart {
  id: DashboardChartId;
  title: string;
  description: string;
  spec: ChartSpec;
}

/** Everything one chart needs from the page. */
export interface ChartSources {
  inputs: readonly ChartInput[];
  iceInputs: readonly ChartInput[];
  ctx: DashboardContext;
  productionView: ProductionSplit;
  destination: string;
}

/** One of the charts with its heading and description. */
export function toDashboardChart(id: DashboardChartId, s: ChartSources): DashboardChart {
  switch (id) {
    case 'production':
      return {
        id,
        title: s.productionView === 'commodity' ? 'Production by commodity' : 'Production by country',
        description: "Mt per year; by country: each partner's share of every project, all commodities.",
        spec: toProductionChart(s.inputs, s.productionView),
      };
    case 'transport-cost':
      return {
        id,
        title: `Transport cost per tonne to ${s.destination}`,
        description:
          'USD per tonne by route from the origin each line names, incl. tariff or toll, ice premium and carbon price; gaps where a route is closed.',
        spec: toCostChart(s.inputs, s.destination),
      };
    case 'sea-ice':
      return {
        id,
        title: 'September sea ice and navigable season',
        description: 'Extent in million km² (left; observed 1979–2024, then the pathway); navigable days per year by route (right).',
        spec: toIceChart(s.iceInputs, s.ctx.yearRoundRoutes),
      };
    case 'crossings':
      return {
        id,
        title: 'Strait crossings by direction and cargo vs capacity',
        description:
          'Mt per year through the link: bars stack eastbound (toward North America) and westbound basin output and transit freight; lines give all crossings and the capacity.',
        spec: toCrossingsChart(s.inputs, s.ctx.tunnelRoute),
      };
    case 'cash-flow':
      return {
        id,
        title: 'Link cash flow, yearly and cumulative discounted',
        description:
          'bn USD: yearly revenue − operating cost − construction (bars); the running sum discounted to the first year (line), whose last value is the NPV.',
        spec: toCashFlowChart(s.inputs),
      };
    default: {
      const never: never = id;
      throw new Error(`unknown chart ${String(never)}`);
    }
  }
}

/** The headline figures of the current scenario against the baseline, read where the view says. */
export function toDashboardHeadlines(
  current: { result: SimulationResult; assumptions: Assumptions },
  baseline: { result: SimulationResult; assumptions: Assumptions },
  ctx: DashboardContext,
  view: Pick<ResolvedView, 'destination' | 'costYear'>,
): HeadlineFigure[] {
  const read = { tunnelRoute: ctx.tunnelRoute, destination: view.destination, costYear: view.costYear };
  const a = current.assumptions;
  const general = toHeadlineFigures(
    summarize(current.result, summaryOptions(a, read)),
    summarize(baseline.result, summaryOptions(baseline.assumptions, read)),
    {
      firstYear: current.result.years[0] ?? 2025,
      horizonYear: a.horizonYear,
      destination: view.destination,
      discountRatePct: a.markets.discountRatePct,
      hasTunnel: a.link.openYear !== null,
      hasTariff: a.link.tariffUsdPerTonne > 0,
      baselineHasTunnel: baseline.assumptions.link.openYear !== null,
      baselineHasTariff: baseline.assumptions.link.tariffUsdPerTonne > 0,
    },
  );
  // The link's figures come from `summary` (ADR 046); its payback replaces the general one.
  const link = toLinkFigures(
    { summary: current.result.summary, assumptions: a },
    { summary: baseline.result.summary, assumptions: baseline.assumptions },
    { horizonYear: a.horizonYear, discountRatePct: a.markets.discountRatePct },
  );
  return [...general.filter((f) => !link.some((l) => l.id === f.id)), ...link];
}

// Kept in its own engine-free module so the page's first load need not include the engine (ADR 081).
export { toScenarioNames } from './scenario-names';
