'use client';
// The dashboard's derived data, memoised step by step: runs of the engine, chart specs (kept as
// the same object while their numbers are unchanged, so memoised charts skip redrawing), headline
// figures. All of the deciding happens in lib/charts/dashboard-view.ts. Until the page asks for it
// (`isStart`) and the engine has loaded, nothing runs: the page shows the first view the server
// built (ADRs 080, 081).
import { useMemo, useState } from 'react';
import type { DashboardStartView, ShownChart } from '@/lib/charts/dashboard-start';
import type { DashboardChart, DashboardContext, DashboardRun, ViewChoices } from '@/lib/charts/dashboard-view';
import { isSameRouteCostChart, type RouteCostChart } from '@/lib/charts/route-cost-bars';
import { isSameChartSpec } from '@/lib/charts/same-spec';
import type { Assumptions } from '@/lib/model/types';
import type { DashboardEngine } from './use-dashboard-engine';

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
  engine: DashboardEngine | null,
  ctx: DashboardContext | null,
  baseAssumptions: Assumptions,
  current: { assumptions: Assumptions; run: DashboardRun } | null,
): DashboardRun | null {
  const [kept, setKept] = useState<{ of: Assumptions; ctx: DashboardContext; run: DashboardRun } | null>(null);
  if (current === null || engine === null || ctx === null) return null;
  if (kept !== null && kept.of === baseAssumptions && kept.ctx === ctx) return kept.run;
  const run = engine.lib.runBaseline(engine.catalog, ctx, baseAssumptions, current);
  setKept({ of: baseAssumptions, ctx, run });
  return run;
}

/**
 * Everything the dashboard shows for these assumptions, baseline and view. With `start` (the
 * server's first view of these same inputs) or before the engine has loaded (`engine` null), no
 * engine runs: headline figures and the view come from `start`, and the charts have headings but
 * no data (`spec: null`, `current` and `inputs` null).
 */
export function useDashboardView(
  engine: DashboardEngine | null,
  assumptions: Assumptions,
  baseAssumptions: Assumptions,
  view: ViewChoices,
  start: DashboardStartView,
  isStart: boolean,
) {
  const live = isStart ? null : engine;
  const lib = live?.lib ?? null;
  const catalog = live?.catalog ?? null;
  const ctx = useMemo(() => (lib && catalog ? lib.toDashboardContext(catalog) : null), [lib, catalog]);
  const current = useMemo(
    () => (lib && catalog && ctx ? lib.runDashboardScenario(catalog, ctx, assumptions) : null),
    [lib, catalog, ctx, assumptions],
  );
  const baseline = useBaselineRun(live, ctx, baseAssumptions, current ? { assumptions, run: current } : null);
  const chartInputs = useMemo(
    () => (lib && ctx && current && baseline ? lib.toChartInputs(current.drawn, baseline.drawn, ctx.observed) : null),
    [lib, current, baseline, ctx],
  );
  const resolved = useMemo(() => (lib && current ? lib.resolveView(view, current.drawn) : start.resolved), [lib, view, current, start]);
  const liveCharts = useStableCharts(
    useMemo(
      () =>
        lib && ctx && chartInputs
          ? lib.DASHBOARD_CHART_IDS.map((id) =>
              lib.toDashboardChart(id, { ...chartInputs, ctx, productionView: view.productionView, destination: resolved.destination }),
            )
          : null,
      [lib, chartInputs, ctx, view.productionView, resolved.destination],
    ),
  );
  const startCharts = useMemo(() => start.charts.map((heading): ShownChart => ({ ...heading, spec: null })), [start]);
  const figures = useMemo(
    () =>
      lib && ctx && current && baseline
        ? lib.toDashboardHeadlines(
            { result: current.drawn, assumptions },
            { result: baseline.drawn, assumptions: baseAssumptions },
            ctx,
            resolved,
          )
        : start.figures,
    [lib, current, baseline, assumptions, baseAssumptions, ctx, resolved, start],
  );
  const liveRouteCosts = useMemo(
    () => (lib && current ? lib.toRouteCostChart(current.raw, resolved.costYear, resolved.destination) : start.routeCosts),
    [lib, current, resolved.costYear, resolved.destination, start],
  );
  const routeCosts = useStableRouteCosts(liveRouteCosts);
  const verdict = useMemo(
    () => (lib && ctx && current ? (lib.explainLink(current.raw, assumptions, ctx.tunnelRoute)?.sentence ?? null) : start.verdict),
    [lib, current, assumptions, ctx, start],
  );
  const charts: ShownChart[] = liveCharts ?? startCharts;
  return { ctx, current, inputs: chartInputs?.inputs ?? null, resolved, charts, figures, routeCosts, verdict };
}
