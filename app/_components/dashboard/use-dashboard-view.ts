'use client';
// The dashboard's derived data, memoised step by step: runs of the engine, chart specs (kept as
// the same object while their numbers are unchanged, so memoised charts skip redrawing), headline
// figures. All of the deciding happens in lib/charts/dashboard-view.ts. Until the page asks for it
// (`start` given), nothing runs: the page shows the first view the server built (ADR 080).
import { useMemo, useState } from 'react';
import { runBaseline, type DashboardStartView, type ShownChart } from '@/lib/charts/dashboard-start';
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
  type ViewChoices,
} from '@/lib/charts/dashboard-view';
import { explainLink } from '@/lib/charts/link-verdict';
import { isSameRouteCostChart, toRouteCostChart, type RouteCostChart } from '@/lib/charts/route-cost-bars';
import { isSameChartSpec } from '@/lib/charts/same-spec';
import type { Assumptions, Catalog } from '@/lib/model/types';

const isSameChart = (a: DashboardChart | undefined, b: DashboardChart) =>
  a !== undefined && a.title === b.title && a.description === b.description && (a.spec === b.spec || isSameChartSpec(a.spec, b.spec));

/** The previous chart objects while their titles and numbers are the same (state, not a ref: no ref reads in render). */
function useStableCharts(next: DashboardChart[] | null): DashboardChart[] | null {
  const [prev, setPrev] = useState(next);
  if (next === null) return null;
  const merged = next.map((chart, i) => (isSameChart(prev?.[i], chart) ? prev![i]! : chart));
  if (prev !== null && merged.length === prev.length && merged.every((chart, i) => chart === prev[i])) return prev;
  setPrev(merged);
  return merged;
}

/** The previous route-cost chart while it draws the same bars (a slider that moves no cost redraws nothing). */
function useStableRouteCosts(next: RouteCostChart): RouteCostChart {
  const [prev, setPrev] = useState(next);
  if (prev === next || isSameRouteCostChart(prev, next)) return prev;
  setPrev(next);
  return next;
}

/**
 * The baseline's run, kept while the baseline's assumptions are the same object. When they equal
 * the current assumptions at that moment (a scenario as opened), the current run serves for both.
 */
function useBaselineRun(
  catalog: Catalog,
  ctx: DashboardContext,
  baseAssumptions: Assumptions,
  current: { assumptions: Assumptions; run: DashboardRun } | null,
): DashboardRun | null {
  const [kept, setKept] = useState<{ of: Assumptions; ctx: DashboardContext; run: DashboardRun } | null>(null);
  if (current === null) return null;
  if (kept !== null && kept.of === baseAssumptions && kept.ctx === ctx) return kept.run;
  const run = runBaseline(catalog, ctx, baseAssumptions, current);
  setKept({ of: baseAssumptions, ctx, run });
  return run;
}

/**
 * Everything the dashboard shows for these assumptions, baseline and view. With `start` (the
 * server's first view of these same inputs), no engine runs: headline figures and the view come
 * from it, and the charts have headings but no data (`spec: null`, `current` and `inputs` null).
 */
export function useDashboardView(
  catalog: Catalog,
  assumptions: Assumptions,
  baseAssumptions: Assumptions,
  view: ViewChoices,
  start: DashboardStartView | null,
) {
  const isLive = start === null;
  const ctx = useMemo(() => toDashboardContext(catalog), [catalog]);
  const current = useMemo(() => (isLive ? runDashboardScenario(catalog, ctx, assumptions) : null), [isLive, catalog, ctx, assumptions]);
  const baseline = useBaselineRun(catalog, ctx, baseAssumptions, current ? { assumptions, run: current } : null);
  const chartInputs = useMemo(
    () => (current && baseline ? toChartInputs(current.drawn, baseline.drawn, ctx.observed) : null),
    [current, baseline, ctx],
  );
  const resolved = useMemo(() => (current ? resolveView(view, current.drawn) : start!.resolved), [view, current, start]);
  const liveCharts = useStableCharts(
    useMemo(
      () =>
        chartInputs
          ? DASHBOARD_CHART_IDS.map((id) =>
              toDashboardChart(id, { ...chartInputs, ctx, productionView: view.productionView, destination: resolved.destination }),
            )
          : null,
      [chartInputs, ctx, view.productionView, resolved.destination],
    ),
  );
  const startCharts = useMemo(() => start?.charts.map((heading): ShownChart => ({ ...heading, spec: null })) ?? [], [start]);
  const figures = useMemo(
    () =>
      current && baseline
        ? toDashboardHeadlines(
            { result: current.drawn, assumptions },
            { result: baseline.drawn, assumptions: baseAssumptions },
            ctx,
            resolved,
          )
        : start!.figures,
    [current, baseline, assumptions, baseAssumptions, ctx, resolved, start],
  );
  const liveRouteCosts = useMemo(
    () => (current ? toRouteCostChart(current.raw, resolved.costYear, resolved.destination) : start!.routeCosts),
    [current, resolved.costYear, resolved.destination, start],
  );
  const routeCosts = useStableRouteCosts(liveRouteCosts);
  const verdict = useMemo(
    () => (current ? (explainLink(current.raw, assumptions, ctx.tunnelRoute)?.sentence ?? null) : start!.verdict),
    [current, assumptions, ctx, start],
  );
  const charts: ShownChart[] = liveCharts ?? startCharts;
  return { ctx, current, inputs: chartInputs?.inputs ?? null, resolved, charts, figures, routeCosts, verdict };
}
