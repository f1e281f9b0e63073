'use client';
// The dashboard's derived data, memoised step by step: runs of the engine, chart specs (kept as
// the same object while their numbers are unchanged, so memoised charts skip redrawing), headline
// figures. All of the deciding happens in lib/charts/dashboard-view.ts.
import { useMemo, useState } from 'react';
import {
  DASHBOARD_CHART_IDS,
  resolveView,
  runDashboardScenario,
  toChartInputs,
  toDashboardChart,
  toDashboardContext,
  toDashboardHeadlines,
  type DashboardChart,
  type ViewChoices,
} from '@/lib/charts/dashboard-view';
import { explainLink } from '@/lib/charts/link-verdict';
import { isSameRouteCostChart, toRouteCostChart, type RouteCostChart } from '@/lib/charts/route-cost-bars';
import { isSameChartSpec } from '@/lib/charts/same-spec';
import type { Assumptions, Catalog } from '@/lib/model/types';

const isSameChart = (a: DashboardChart | undefined, b: DashboardChart) =>
  a !== undefined && a.title === b.title && a.description === b.description && (a.spec === b.spec || isSameChartSpec(a.spec, b.spec));

/** The previous chart objects while their titles and numbers are the same (state, not a ref: no ref reads in render). */
function useStableCharts(next: DashboardChart[]): DashboardChart[] {
  const [prev, setPrev] = useState(next);
  const merged = next.map((chart, i) => (isSameChart(prev[i], chart) ? prev[i]! : chart));
  if (merged.length === prev.length && merged.every((chart, i) => chart === prev[i])) return prev;
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

/** Everything the dashboard shows for these assumptions, baseline and view. */
export function useDashboardView(catalog: Catalog, assumptions: Assumptions, baseAssumptions: Assumptions, view: ViewChoices) {
  const ctx = useMemo(() => toDashboardContext(catalog), [catalog]);
  const current = useMemo(() => runDashboardScenario(catalog, ctx, assumptions), [catalog, ctx, assumptions]);
  const baseline = useMemo(() => runDashboardScenario(catalog, ctx, baseAssumptions), [catalog, ctx, baseAssumptions]);
  const { inputs, iceInputs } = useMemo(() => toChartInputs(current.drawn, baseline.drawn, ctx.observed), [current, baseline, ctx]);
  const resolved = useMemo(() => resolveView(view, current.drawn), [view, current]);
  const charts = useStableCharts(
    useMemo(
      () =>
        DASHBOARD_CHART_IDS.map((id) =>
          toDashboardChart(id, { inputs, iceInputs, ctx, productionView: view.productionView, destination: resolved.destination }),
        ),
      [inputs, iceInputs, ctx, view.productionView, resolved.destination],
    ),
  );
  const figures = useMemo(
    () =>
      toDashboardHeadlines({ result: current.drawn, assumptions }, { result: baseline.drawn, assumptions: baseAssumptions }, ctx, resolved),
    [current, baseline, assumptions, baseAssumptions, ctx, resolved],
  );
  const routeCosts = useStableRouteCosts(
    useMemo(
      () => toRouteCostChart(current.raw, resolved.costYear, resolved.destination),
      [current, resolved.costYear, resolved.destination],
    ),
  );
  const verdict = useMemo(() => explainLink(current.raw, assumptions, ctx.tunnelRoute)?.sentence ?? null, [current, assumptions, ctx]);
  return { ctx, current, inputs, resolved, charts, figures, routeCosts, verdict };
}
