// The dashboard built in one call and its first view (lib/charts/dashboard-start.ts), on the seeded
// catalog and real engine runs: the server's first view must be what the browser would compute.
import { describe, expect, it } from 'vitest';
import { buildDashboardView, runBaseline, toStartView } from '@/lib/charts/dashboard-start';
import {
  DASHBOARD_CHART_IDS,
  resolveView,
  runDashboardScenario,
  toChartInputs,
  toDashboardChart,
  toDashboardContext,
  toDashboardHeadlines,
} from '@/lib/charts/dashboard-view';
import { DEFAULT_VIEW } from '@/lib/schemas/url-state-query';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const ctx = toDashboardContext(catalog);
const reference = makeAssumptions();
const edited = makeAssumptions({ ice: { iceFreeYear: 2050 }, link: { tariffUsdPerTonne: 0 } });
const view = { ...DEFAULT_VIEW, productionView: 'country' as const, costYear: 2060 };

describe('runBaseline', () => {
  const current = runDashboardScenario(catalog, ctx, edited);

  it('reuses the current run when the baseline has equal assumptions (a copy, not the same object)', () => {
    expect(runBaseline(catalog, ctx, structuredClone(edited), { assumptions: edited, run: current })).toBe(current);
  });

  it('runs the baseline itself when its assumptions differ, with the same result as a run of its own', () => {
    const baseline = runBaseline(catalog, ctx, reference, { assumptions: edited, run: current });
    expect(baseline).not.toBe(current);
    expect(baseline).toEqual(runDashboardScenario(catalog, ctx, reference));
  });
});

describe('buildDashboardView', () => {
  it('gives the view, charts and figures that the step-by-step functions give for the same inputs', () => {
    const built = buildDashboardView(catalog, edited, reference, view);
    const current = runDashboardScenario(catalog, ctx, edited);
    const baseline = runDashboardScenario(catalog, ctx, reference);
    const { inputs, iceInputs } = toChartInputs(current.drawn, baseline.drawn, ctx.observed);
    const resolved = resolveView(view, current.drawn);
    expect(built.resolved).toEqual(resolved);
    expect(built.inputs).toEqual(inputs);
    expect(built.charts).toEqual(
      DASHBOARD_CHART_IDS.map((id) =>
        toDashboardChart(id, { inputs, iceInputs, ctx, productionView: view.productionView, destination: resolved.destination }),
      ),
    );
    expect(built.figures).toEqual(
      toDashboardHeadlines(
        { result: current.drawn, assumptions: edited },
        { result: baseline.drawn, assumptions: reference },
        ctx,
        resolved,
      ),
    );
  });
});

describe('toStartView', () => {
  it('keeps the resolved view, the figures, the link sentence, the route-cost bars and every chart heading in page order, and no chart data', () => {
    const built = buildDashboardView(catalog, edited, reference, view);
    const start = toStartView(built);
    expect(start.resolved).toEqual(built.resolved);
    expect(start.figures).toEqual(built.figures);
    expect(start.verdict).toBe(built.verdict);
    expect(start.verdict).not.toBeNull();
    expect(start.routeCosts).toEqual(built.routeCosts);
    expect(start.routeCosts.bars.length).toBeGreaterThan(0);
    expect(start.charts).toEqual(built.charts.map((c) => ({ id: c.id, title: c.title, description: c.description })));
    expect(start.charts.map((c) => c.id)).toEqual([...DASHBOARD_CHART_IDS]);
    // What the server sends along with the page: a few kB, against the full charts' hundreds.
    // Route costs are a few dozen numbers per bar, sent as they are; the rest holds no chart data.
    expect(JSON.stringify({ ...start, routeCosts: null }).length).toBeLessThan(JSON.stringify(built.charts).length / 20);
  });
});
