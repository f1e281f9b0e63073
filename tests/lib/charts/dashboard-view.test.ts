// The dashboard as data (lib/charts/dashboard-view.ts) on the seeded catalog and real engine runs.
import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_CHART_IDS,
  DEFAULT_COST_YEAR,
  resolveView,
  runDashboardScenario,
  toChartInputs,
  toDashboardChart,
  toDashboardContext,
  toDashboardHeadlines,
  toScenarioNames,
} from '@/lib/charts/dashboard-view';
import { paybackText } from '@/lib/charts/headline-figures';
import { DEFAULT_VIEW } from '@/lib/schemas/url-state-query';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const ctx = toDashboardContext(catalog);
const reference = makeAssumptions();
const current = runDashboardScenario(catalog, ctx, makeAssumptions({ ice: { iceFreeYear: 2050 } }));
const baseline = runDashboardScenario(catalog, ctx, reference);

describe('toDashboardContext', () => {
  it('names the tunnel route, the year-round sea routes and the observations of the catalog', () => {
    expect(ctx.tunnelRoute).toBe(catalog.routes.find((r) => r.isLink)!.name);
    expect(ctx.yearRoundRoutes.length).toBeGreaterThan(0);
    expect(ctx.observed.years).toHaveLength(catalog.iceObservations.length);
  });
});

describe('resolveView', () => {
  it('fills the default view: first destination, the default cost year, every fifth year offered', () => {
    const view = resolveView(DEFAULT_VIEW, current.drawn);
    expect(view.destination).toBe(view.destinations[0]);
    expect(view.costYear).toBe(DEFAULT_COST_YEAR);
    expect(view.yearOptions.every((y) => y % 5 === 0)).toBe(true);
  });

  it('defaults the cost year to the opening year of a link that opens after the default year, within the horizon', () => {
    const late = runDashboardScenario(catalog, ctx, makeAssumptions({ link: { openYear: 2060 } }));
    expect(resolveView(DEFAULT_VIEW, late.drawn).costYear).toBe(2060);
    const afterHorizon = runDashboardScenario(catalog, ctx, makeAssumptions({ link: { openYear: 2090 } }));
    expect(resolveView(DEFAULT_VIEW, afterHorizon.drawn).costYear).toBe(DEFAULT_COST_YEAR);
    expect(resolveView({ ...DEFAULT_VIEW, costYear: 2045 }, late.drawn).costYear).toBe(2045);
  });

  it('keeps a named destination the results have, drops one they lack, and offers an odd cost year', () => {
    const destinations = resolveView(DEFAULT_VIEW, current.drawn).destinations;
    const last = destinations[destinations.length - 1]!;
    expect(resolveView({ ...DEFAULT_VIEW, destination: last }, current.drawn).destination).toBe(last);
    expect(resolveView({ ...DEFAULT_VIEW, destination: 'Atlantis' }, current.drawn).destination).toBe(destinations[0]);
    expect(resolveView({ ...DEFAULT_VIEW, costYear: 2043 }, current.drawn).yearOptions[0]).toBe(2043);
  });
});

describe('toDashboardChart', () => {
  const { inputs, iceInputs } = toChartInputs(current.drawn, baseline.drawn, ctx.observed);
  const sources = { inputs, iceInputs, ctx, productionView: 'commodity' as const, destination: 'Shanghai' };

  it('builds the five charts in page order, each with current and dashed baseline lines', () => {
    const charts = DASHBOARD_CHART_IDS.map((id) => toDashboardChart(id, sources));
    expect(charts.map((c) => c.id)).toEqual(['production', 'transport-cost', 'sea-ice', 'crossings', 'cash-flow']);
    for (const chart of charts) {
      expect(chart.spec.lines.some((l) => l.isDashed)).toBe(true);
      expect(chart.spec.lines.some((l) => !l.isDashed)).toBe(true);
    }
  });

  it('titles the production chart by its split and the cost chart by its destination', () => {
    expect(toDashboardChart('production', { ...sources, productionView: 'country' }).title).toBe('Production by country');
    expect(toDashboardChart('transport-cost', sources).title).toBe('Transport cost per tonne to Shanghai');
  });
});

describe('toDashboardHeadlines', () => {
  const view = resolveView(DEFAULT_VIEW, current.drawn);

  it('reads an earlier ice-free year against the baseline in years', () => {
    const figures = toDashboardHeadlines(
      { result: current.drawn, assumptions: makeAssumptions({ ice: { iceFreeYear: 2050 } }) },
      { result: baseline.drawn, assumptions: reference },
      ctx,
      view,
    );
    const iceFree = figures.find((f) => f.id === 'ice-free')!;
    expect(iceFree.delta).toMatch(/^−\d+ yr vs baseline \(\d{4}\)$/);
    expect(figures.find((f) => f.id === 'tunnel-share')!.delta).toMatch(/pp vs baseline$|^same as baseline$/);
  });

  it('says "never" for the payback of a tunnel without a tariff, against the baseline year', () => {
    const free = makeAssumptions({ link: { tariffUsdPerTonne: 0 } });
    const run = runDashboardScenario(catalog, ctx, free);
    const payback = toDashboardHeadlines(
      { result: run.drawn, assumptions: free },
      { result: baseline.drawn, assumptions: reference },
      ctx,
      view,
    ).find((f) => f.id === 'payback')!;
    expect(payback.value).toBe('never');
    const same = toDashboardHeadlines({ result: run.drawn, assumptions: free }, { result: run.drawn, assumptions: free }, ctx, view).find(
      (f) => f.id === 'payback',
    )!;
    expect(same.delta).toBe('same as baseline');
  });
});

describe('paybackText', () => {
  it.each([
    [2060, true, true, '2060'],
    [null, true, true, 'not by 2075'],
    [null, true, false, 'never'],
    [null, false, true, 'no tunnel'],
  ])('reads year %s (tunnel %s, tariff %s) as %s', (year, hasTunnel, hasTariff, text) => {
    expect(paybackText(year, hasTunnel, hasTariff, 2075)).toBe(text);
  });
});

describe('toScenarioNames', () => {
  it('marks an edited scenario and names the baseline', () => {
    expect(toScenarioNames('Reference', true, 'Fast melt')).toEqual({ current: 'Reference (edited)', baseline: 'Baseline: Fast melt' });
    expect(toScenarioNames('Reference', false, 'Reference').current).toBe('Reference');
  });
});
