'use client';
// The scenario dashboard: sliders recompute every chart in the browser (no server round trip per
// step), the baseline is drawn dashed, and the URL always reproduces the screen.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { scenarioDetailQuery } from '@/app/_queries/scenarios';
import type { ChartInput } from '@/lib/charts/chart-spec';
import {
  listDestinations,
  observedIceResult,
  OBSERVED_INPUT_ID,
  toCostChart,
  toIceChart,
  toProductionChart,
  toTunnelChart,
  withDerivedSeries,
} from '@/lib/charts/dashboard-charts';
import { summarize, summaryOptions } from '@/lib/model/summarize';
import { toHeadlineFigures } from '@/lib/charts/headline-figures';
import { isSameChartSpec } from '@/lib/charts/same-spec';
import type { ChartSpec } from '@/lib/charts/types';
import { toIamcCsv } from '@/lib/export/csv';
import { toAsciiSlug } from '@/lib/export/filename';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, Catalog } from '@/lib/model/types';
import type { ProductionView, UrlState, ViewState } from '@/lib/schemas/url-state-query';
import { isSameAssumptions } from './assumption-setters';
import { BaselinePicker } from './baseline-picker';
import { ChartPanel } from './chart-panel';
import { toChartCsv, type NamedInput } from './chart-csv';
import { downloadText } from './download';
import { HeadlineFigures } from './headline-figures';
import { SavePanel } from './save-panel';
import { SliderPanel } from './slider-panel';
import type { DashboardScenario } from './types';
import { useUrlSync } from './use-url-sync';
import styles from './dashboard.module.css';

export interface DashboardProps {
  catalog: Catalog;
  scenario: DashboardScenario;
  /** State parsed from the URL on the server (falls back to the scenario's values). */
  initialState: UrlState;
  /** The baseline named by `base=` when it was found on the server. */
  initialBase: DashboardScenario | null;
  /** URL params that were invalid and ignored. */
  ignoredParams: string[];
}

/** The previous spec object while the numbers are the same, so memoised charts skip redrawing. */
function useStableSpec(spec: ChartSpec): ChartSpec {
  const [prev, setPrev] = useState(spec);
  if (prev === spec || isSameChartSpec(prev, spec)) return prev;
  setPrev(spec);
  return spec;
}

/** Year of the tunnel-vs-sea cost headline when the URL names none. */
const DEFAULT_COST_YEAR = 2050;

export function Dashboard({ catalog, scenario: loaded, initialState, initialBase, ignoredParams }: DashboardProps) {
  const [scenario, setScenario] = useState(loaded);
  const [assumptions, setAssumptions] = useState<Assumptions>(initialState.assumptions);
  const [baseId, setBaseId] = useState<string | null>(initialState.baseId === loaded.id ? null : initialState.baseId);
  const [view, setView] = useState<ViewState>(initialState.view);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  // Baseline: the loaded scenario, or another one fetched with TanStack Query.
  const baseQuery = useQuery({
    ...scenarioDetailQuery(baseId ?? scenario.id),
    enabled: baseId !== null,
    ...(initialBase && initialBase.id === baseId ? { initialData: { ...initialBase, updatedAt: '', createdAt: '' } } : {}),
  });
  const baseScenario: DashboardScenario = baseId !== null && baseQuery.data ? baseQuery.data : scenario;
  const baseAssumptions = baseScenario.assumptions;

  const tunnelRoute = useMemo(() => catalog.routes.find((r) => r.isLink)?.name ?? 'Tunnel Rail', [catalog]);
  const yearRoundRoutes = useMemo(() => catalog.routes.filter((r) => r.mode === 'sea' && r.iceZone === null).map((r) => r.name), [catalog]);
  const observed = useMemo(() => observedIceResult(catalog.iceObservations), [catalog]);

  const rawCurrent = useMemo(() => simulate(catalog, assumptions), [catalog, assumptions]);
  const current = useMemo(() => withDerivedSeries(rawCurrent, assumptions, tunnelRoute), [rawCurrent, assumptions, tunnelRoute]);
  const baseline = useMemo(() => withDerivedSeries(simulate(catalog, baseAssumptions), baseAssumptions, tunnelRoute), [catalog, baseAssumptions, tunnelRoute]);

  const isDirty = !isSameAssumptions(assumptions, scenario.assumptions);
  const currentName = isDirty ? `${scenario.name} (edited)` : scenario.name;
  const baselineName = `Baseline: ${baseScenario.name}`;

  const inputs = useMemo<ChartInput[]>(
    () => [
      { id: 'cur', scenario: 'current', result: current },
      { id: 'base', scenario: 'baseline', result: baseline, labelSuffix: ' (baseline)', isDashed: true },
    ],
    [current, baseline],
  );
  const iceInputs = useMemo<ChartInput[]>(
    () => [{ id: OBSERVED_INPUT_ID, scenario: 'observed', result: observed, labelSuffix: '' }, ...inputs],
    [observed, inputs],
  );

  const destinations = useMemo(() => listDestinations(current), [current]);
  const destination = view.destination !== null && destinations.includes(view.destination) ? view.destination : (destinations[0] ?? '');
  const costYear = view.costYear ?? DEFAULT_COST_YEAR;

  const production = useStableSpec(useMemo(() => toProductionChart(inputs, view.productionView), [inputs, view.productionView]));
  const cost = useStableSpec(useMemo(() => toCostChart(inputs, destination), [inputs, destination]));
  const ice = useStableSpec(useMemo(() => toIceChart(iceInputs, yearRoundRoutes), [iceInputs, yearRoundRoutes]));
  const tunnel = useStableSpec(useMemo(() => toTunnelChart(inputs, tunnelRoute), [inputs, tunnelRoute]));

  const figures = useMemo(() => {
    const read = { tunnelRoute, destination, costYear };
    const cur = summarize(current, summaryOptions(assumptions, read));
    const base = summarize(baseline, summaryOptions(baseAssumptions, read));
    return toHeadlineFigures(cur, base, {
      firstYear: current.years[0] ?? 2025,
      horizonYear: assumptions.horizonYear,
      destination,
      discountRatePct: assumptions.markets.discountRatePct,
      hasTunnel: assumptions.link.openYear !== null,
    });
  }, [current, baseline, assumptions, baseAssumptions, tunnelRoute, destination, costYear]);

  const urlState = useMemo<UrlState>(() => ({ assumptions, baseId, view }), [assumptions, baseId, view]);
  const isPristine = !isDirty && baseId === null && view.productionView === 'commodity' && view.destination === null && view.costYear === null;
  useUrlSync(urlState, isPristine);

  const slug = toAsciiSlug(currentName);
  // The CSV callback reads the latest results through a ref, so it stays the same function and
  // the memoised chart panels do not redraw because of it.
  const latest = useRef({ observed, inputs, currentName, baselineName, slug });
  useLayoutEffect(() => {
    latest.current = { observed, inputs, currentName, baselineName, slug };
  });
  const onDownloadChart = useCallback((id: string, spec: ChartSpec, hidden: ReadonlySet<string>) => {
    const l = latest.current;
    const named: NamedInput[] = [
      { input: { id: OBSERVED_INPUT_ID, scenario: 'observed', result: l.observed }, name: 'Observed (NSIDC Sea Ice Index)' },
      { input: l.inputs[0]!, name: l.currentName },
      { input: l.inputs[1]!, name: l.baselineName },
    ];
    downloadText(`${l.slug}-${id}.csv`, toChartCsv(spec.lines, named, hidden));
  }, []);
  const onDownloadReport = () => downloadText(`${slug}-report.csv`, toIamcCsv([{ scenario: currentName, result: rawCurrent }]));

  const resetAll = useCallback(() => setAssumptions(baseAssumptions), [baseAssumptions]);
  const productionControls = useMemo(() => {
    const setProductionView = (productionView: ProductionView) => setView((v) => ({ ...v, productionView }));
    return (
      <span className={styles.segmented} role="group" aria-label="Split production by">
        <button type="button" aria-pressed={view.productionView === 'commodity'} onClick={() => setProductionView('commodity')}>
          Commodity
        </button>
        <button type="button" aria-pressed={view.productionView === 'country'} onClick={() => setProductionView('country')}>
          Country
        </button>
      </span>
    );
  }, [view.productionView]);
  const yearOptions = current.years.filter((y) => y % 5 === 0);

  return (
    <>
      <div className={styles.topbar}>
        <div>
          <h1 className={styles.title}>
            {scenario.name}
            <span className={styles.badge}>{scenario.isPreset ? 'preset' : 'saved scenario'}</span>
            {isDirty ? <span className={styles.badge}>edited</span> : null}
          </h1>
          <p className={styles.subtitle}>{scenario.description}</p>
        </div>
      </div>
      <div className={styles.layout}>
        <aside className={styles.aside} aria-label="Scenario assumptions">
          <SliderPanel assumptions={assumptions} baseline={baseAssumptions} setAssumptions={setAssumptions} onResetAll={resetAll} fieldErrors={fieldErrors} />
          <SavePanel scenario={scenario} assumptions={assumptions} isDirty={isDirty} onFieldErrors={setFieldErrors} onUpdated={setScenario} />
        </aside>
        <main className={styles.main} id="main">
          <div className={styles.toolbar}>
            <BaselinePicker
              scenarioId={scenario.id}
              scenarioName={scenario.name}
              baseId={baseId}
              onChange={setBaseId}
              isLoading={baseId !== null && baseQuery.isLoading}
              error={baseQuery.isError ? 'Could not load this baseline; showing the loaded scenario.' : null}
            />
            <label className={styles.toolbarLabel}>
              Destination
              <select value={destination} onChange={(e) => { const d = e.currentTarget.value; setView((v) => ({ ...v, destination: d })); }} name="dest">
                {destinations.map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            </label>
            <label className={styles.toolbarLabel}>
              Cost year
              <select value={costYear} onChange={(e) => { const y = Number(e.currentTarget.value); setView((v) => ({ ...v, costYear: y })); }} name="year">
                {!yearOptions.includes(costYear) ? <option value={costYear}>{costYear}</option> : null}
                {yearOptions.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button button-small" onClick={onDownloadReport}>
              Full report (CSV)
            </button>
            {ignoredParams.length > 0 ? (
              <p className={styles.notice} role="status" data-notice="ignored-params">
                Some link parameters were invalid and ignored ({ignoredParams.join(', ')}); the scenario’s values are shown instead.
              </p>
            ) : null}
          </div>
          <HeadlineFigures figures={figures} />
          <section aria-labelledby="charts-title" className={styles.charts}>
            <h2 id="charts-title" className="visually-hidden">
              Charts
            </h2>
            <ChartPanel
              id="production"
              title={view.productionView === 'commodity' ? 'Production by commodity' : 'Production by country'}
              description="Mt per year; by country: each partner's share of every project, all commodities."
              spec={production}
              onDownloadCsv={onDownloadChart}
              controls={productionControls}
            />
            <ChartPanel
              id="transport-cost"
              title={`Transport cost per tonne to ${destination}`}
              description="USD per tonne by route, incl. tariff or toll, ice premium and carbon price; gaps where a route is closed."
              spec={cost}
              onDownloadCsv={onDownloadChart}
            />
            <ChartPanel
              id="sea-ice"
              title="September sea ice and navigable season"
              description="Extent in million km² (left; observed 1979–2024, then the pathway); navigable days per year by route (right)."
              spec={ice}
              onDownloadCsv={onDownloadChart}
            />
            <ChartPanel
              id="tunnel"
              title="Tunnel freight vs capacity"
              description="Mt per year through the Bering tunnel, against its capacity from the opening year."
              spec={tunnel}
              onDownloadCsv={onDownloadChart}
            />
          </section>
        </main>
      </div>
    </>
  );
}
