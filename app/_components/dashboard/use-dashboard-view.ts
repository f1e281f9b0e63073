'use client';
// The dashboard's derived data, memoised step by step: runs of the engine, chart specs (kept as
// the same object while their numbers are unchanged, so memoised charts skip redrawing), headline
// figures. All of the deciding happens in lib/charts/dashboard-view.ts.
import { useMemo, useRef } from 'react';
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
import { isSameChartSpec } from '@/lib/charts/same-spec';
import type { Assumptions, Catalog } from '@/lib/model/types';

/** The previous chart object while its title and numbers are the same. */
function useStableCharts(next: DashboardChart[]): DashboardChart[] {
  const ref = useRef(next);
  const prev = ref.current;
  ref.current = next.map((chart, i) => {
    const old = prev[i];
    return old && old.title === chart.title && old.description === chart.description && (old.spec === chart.spec || isSameChartSpec(old.spec, chart.spec)) ? old : chart;
  });
  return ref.current;
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
      () => DASHBOARD_CHART_IDS.map((id) => toDashboardChart(id, { inputs, iceInputs, ctx, productionView: view.productionView, destination: resolved.destination })),
      [inputs, iceInputs, ctx, view.productionView, resolved.destination],
    ),
  );
  const figures = useMemo(
    () => toDashboardHeadlines({ result: current.drawn, assumptions }, { result: baseline.drawn, assumptions: baseAssumptions }, ctx, resolved),
    [current, baseline, assumptions, baseAssumptions, ctx, resolved],
  );
  return { ctx, current, inputs, resolved, charts, figures };
}
