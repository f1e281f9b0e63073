// Pure. The dashboard built in one call, and its first view without chart data: the server renders
// the page from it and sends it along, so the browser can hydrate the page without running the
// engine; the browser runs the engine when the view changes or a chart is about to be drawn (ADR 080).
import { isSameAssumptions } from '@/lib/model/assumption-fields';
import type { Assumptions, Catalog } from '@/lib/model/types';
import {
  DASHBOARD_CHART_IDS,
  resolveView,
  runDashboardScenario,
  toChartInputs,
  toDashboardChart,
  toDashboardContext,
  toDashboardHeadlines,
  type DashboardChart,
  type DashboardContext,
  type DashboardRun,
  type ResolvedView,
  type ViewChoices,
} from './dashboard-view';
import type { HeadlineFigure } from './headline-figures';
import { explainLink } from './link-verdict';
import { toRouteCostChart, type RouteCostChart } from './route-cost-bars';

/** A chart's id, heading and description, without its data. */
export type ChartHeading = Omit<DashboardChart, 'spec'>;

/** A chart as the page lays it out: with its data, or (before the first engine run) its heading only. */
export type ShownChart = DashboardChart | (ChartHeading & { spec: null });

/**
 * What the page shows before any chart is drawn: the view, the headline figures, the sentence on
 * the link, the route-cost bars (a few dozen numbers) and the chart headings.
 */
export interface DashboardStartView {
  resolved: ResolvedView;
  figures: HeadlineFigure[];
  verdict: string | null;
  routeCosts: RouteCostChart;
  charts: ChartHeading[];
}

/**
 * The baseline's run: the current run itself when both sides have the same assumptions (as on a
 * freshly opened scenario), else a run of its own.
 */
export function runBaseline(
  catalog: Catalog,
  ctx: DashboardContext,
  baseAssumptions: Assumptions,
  current: { assumptions: Assumptions; run: DashboardRun },
): DashboardRun {
  return isSameAssumptions(baseAssumptions, current.assumptions) ? current.run : runDashboardScenario(catalog, ctx, baseAssumptions);
}

/** Everything the dashboard shows for these assumptions, baseline and view, in one call. */
export function buildDashboardView(catalog: Catalog, assumptions: Assumptions, baseAssumptions: Assumptions, view: ViewChoices) {
  const ctx = toDashboardContext(catalog);
  const current = runDashboardScenario(catalog, ctx, assumptions);
  const baseline = runBaseline(catalog, ctx, baseAssumptions, { assumptions, run: current });
  const { inputs, iceInputs } = toChartInputs(current.drawn, baseline.drawn, ctx.observed);
  const resolved = resolveView(view, current.drawn);
  const charts = DASHBOARD_CHART_IDS.map((id) =>
    toDashboardChart(id, { inputs, iceInputs, ctx, productionView: view.productionView, destination: resolved.destination }),
  );
  const figures = toDashboardHeadlines(
    { result: current.drawn, assumptions },
    { result: baseline.drawn, assumptions: baseAssumptions },
    ctx,
    resolved,
  );
  const routeCosts = toRouteCostChart(current.raw, resolved.costYear, resolved.destination);
  const verdict = explainLink(current.raw, assumptions, ctx.tunnelRoute)?.sentence ?? null;
  return { ctx, current, baseline, inputs, resolved, charts, figures, routeCosts, verdict };
}

/** The first view of `buildDashboardView`'s result: chart data left out (a few kB instead of a few hundred). */
export function toStartView(
  built: Pick<ReturnType<typeof buildDashboardView>, 'resolved' | 'figures' | 'charts' | 'routeCosts' | 'verdict'>,
): DashboardStartView {
  return {
    resolved: built.resolved,
    figures: built.figures,
    verdict: built.verdict,
    routeCosts: built.routeCosts,
    charts: built.charts.map(({ id, title, description }) => ({ id, title, description })),
  };
}
