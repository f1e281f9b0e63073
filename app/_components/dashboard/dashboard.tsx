'use client';
// The scenario dashboard: sliders recompute every chart in the browser (no server round trip per
// step), the baseline is drawn dashed, and the URL always reproduces the screen. State lives here;
// what to show is decided by lib/charts/dashboard-view.ts (through useDashboardView). The page
// starts from the first view the server built and runs the engine only once something changes or
// a chart comes near the viewport, so hydration does not run it (ADR 080).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Activity, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { scenarioDetailQuery } from '@/app/_queries/scenarios';
import { OBSERVED_INPUT_ID } from '@/lib/charts/dashboard-charts';
import type { DashboardStartView } from '@/lib/charts/dashboard-start';
import type { RouteCostChart } from '@/lib/charts/route-cost-bars';
import { toScenarioNames } from '@/lib/charts/scenario-names';
import type { ChartSpec } from '@/lib/charts/types';
import { toAsciiSlug } from '@/lib/export/filename';
import { isSameAssumptions } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';
import { isDefaultView, type UrlState, type ViewState } from '@/lib/schemas/url-state-query';
import { ChartGrid } from './chart-grid';
import type { NamedInput } from './chart-csv';
import { DashboardToolbar } from './dashboard-toolbar';
import { downloadText } from './download';
import { HeadlineFigures } from './headline-figures';
import { LinkVerdict } from './link-verdict';
import { SavePanel } from './save-panel';
import { SliderPanel } from './slider-panel';
import type { DashboardScenario } from './types';
import { loadDashboardEngine, useDashboardEngine } from './use-dashboard-engine';
import { useDashboardView } from './use-dashboard-view';
import { useUrlSync } from './use-url-sync';
import styles from './dashboard.module.css';

/** The CSV writers, loaded on the first download (ADR 086). */
const loadCsv = () => import('./dashboard-csv');

export interface DashboardProps {
  scenario: DashboardScenario;
  /** State parsed from the URL on the server (falls back to the scenario's values). */
  initialState: UrlState;
  /** The baseline named by `base=` when it was found on the server. */
  initialBase: DashboardScenario | null;
  /** URL params that were invalid and ignored. */
  ignoredParams: string[];
  /** The view the server built for `initialState` (figures, resolved view, chart headings). */
  initialView: DashboardStartView;
  /** The browser said it is a phone: the server sent the folded slider groups without their controls (ADR 095). */
  isPhoneClient?: boolean;
}

export function Dashboard({
  scenario: loaded,
  initialState,
  initialBase,
  ignoredParams,
  initialView,
  isPhoneClient = false,
}: DashboardProps) {
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

  // The server's first view holds while the state is the one it was built for (same objects) and
  // no chart has asked for data; after that the engine runs in the browser for good. The engine and
  // the catalog load at that moment, or earlier at the first touch, key or focus (ADR 081).
  const [startBase] = useState(baseAssumptions);
  const [isLive, setLive] = useState(false);
  const [isEngineWanted, setEngineWanted] = useState(false);
  const isStart = !isLive && assumptions === initialState.assumptions && view === initialState.view && baseAssumptions === startBase;
  if (!isStart && !isLive) setLive(true);
  const goLive = useCallback(() => setLive(true), []);
  const wantEngine = useCallback(() => setEngineWanted(true), []);
  const { engine, error: engineError } = useDashboardEngine(isLive || isEngineWanted);
  const { ctx, current, inputs, resolved, charts, figures, routeCosts, verdict } = useDashboardView(
    engine,
    assumptions,
    baseAssumptions,
    view,
    initialView,
    isStart,
  );
  const queryClient = useQueryClient();

  const isDirty = !isSameAssumptions(assumptions, scenario.assumptions);
  const ChartsBoundary = isPhoneClient ? Suspense : Activity;
  const names = toScenarioNames(scenario.name, isDirty, baseScenario.name);
  const urlState = useMemo<UrlState>(() => ({ assumptions, baseId, view }), [assumptions, baseId, view]);
  useUrlSync(urlState, !isDirty && baseId === null && isDefaultView(view));

  const slug = toAsciiSlug(names.current);
  // The CSV callback reads the latest results through a ref, so it stays the same function and
  // the memoised chart panels do not redraw because of it.
  const latest = useRef({ ctx, inputs, names, slug, assumptions, baseAssumptions, view });
  useLayoutEffect(() => {
    latest.current = { ctx, inputs, names, slug, assumptions, baseAssumptions, view };
  });
  const onDownloadChart = useCallback(
    (id: string, shownSpec: ChartSpec | null, hidden: ReadonlySet<string>) => {
      void Promise.all([loadDashboardEngine(queryClient), loadCsv()]).then(([{ catalog, lib }, csv]) => {
        const l = latest.current;
        // Before the engine has run in the browser (no chart drawn yet), the data is built here.
        const built = shownSpec && l.inputs && l.ctx ? null : lib.buildDashboardView(catalog, l.assumptions, l.baseAssumptions, l.view);
        const spec = shownSpec ?? built?.charts.find((c) => c.id === id)?.spec;
        const inputs = l.inputs ?? built?.inputs;
        const observed = (l.ctx ?? built?.ctx)?.observed;
        if (!spec || !inputs || !observed) return;
        const named: NamedInput[] = [
          { input: { id: OBSERVED_INPUT_ID, scenario: 'observed', result: observed }, name: 'Observed (NSIDC Sea Ice Index)' },
          { input: inputs[0]!, name: l.names.current },
          { input: inputs[1]!, name: l.names.baseline },
        ];
        downloadText(`${l.slug}-${id}.csv`, csv.toChartCsv(spec.lines, named, hidden));
      });
    },
    [queryClient],
  );
  const onDownloadRouteCosts = useCallback((chart: RouteCostChart) => {
    void loadCsv().then((csv) => {
      const l = latest.current;
      downloadText(`${l.slug}-route-costs-${chart.destination}-${chart.year ?? ''}.csv`, csv.toRouteCostCsv(chart, l.names.current));
    });
  }, []);
  const onDownloadReport = () => {
    void Promise.all([loadDashboardEngine(queryClient), loadCsv()]).then(([{ catalog, lib }, csv]) => {
      const l = latest.current;
      const raw = (current ?? lib.runDashboardScenario(catalog, lib.toDashboardContext(catalog), l.assumptions)).raw;
      downloadText(`${l.slug}-report.csv`, csv.toIamcCsv([{ scenario: l.names.current, result: raw }]));
    });
  };
  const resetAll = useCallback(() => setAssumptions(baseAssumptions), [baseAssumptions]);

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
      <div className={styles.layout} onPointerDown={wantEngine} onKeyDown={wantEngine} onFocus={wantEngine}>
        {/* Activity boundaries split hydration into smaller tasks (ADRs 044, 096) and, unlike Suspense, are never streamed out of place. */}
        <aside className={styles.aside} aria-label="Scenario assumptions">
          <Activity>
            <SavePanel
              scenario={scenario}
              assumptions={assumptions}
              isDirty={isDirty}
              baseId={baseId ?? scenario.id}
              onFieldErrors={setFieldErrors}
              onUpdated={setScenario}
            />
          </Activity>
          <Activity>
            <SliderPanel
              assumptions={assumptions}
              baseline={baseAssumptions}
              setAssumptions={setAssumptions}
              onResetAll={resetAll}
              fieldErrors={fieldErrors}
              isPhoneClient={isPhoneClient}
            />
          </Activity>
        </aside>
        <main className={styles.main} id="main">
          <HeadlineFigures figures={figures} />
          <LinkVerdict sentence={verdict} />
          <DashboardToolbar
            baseline={{
              scenarioId: scenario.id,
              scenarioName: scenario.name,
              baseId,
              onChange: setBaseId,
              isLoading: baseId !== null && baseQuery.isLoading,
              error: baseQuery.isError ? 'Could not load this baseline; showing the loaded scenario.' : null,
            }}
            resolved={resolved}
            setView={setView}
            onDownloadReport={onDownloadReport}
            ignoredParams={ignoredParams}
          />
          {engineError ? (
            <p className={styles.fieldError} role="status">
              Could not load the model data, so the charts cannot be drawn. Reload the page to try again.
            </p>
          ) : null}
          {/* On a phone that says so (ADR 095) the chart section is far below the fold: as a Suspense
              boundary it is streamed after the rest of the page and laid out in a later task (ADR 096). */}
          <ChartsBoundary>
            <ChartGrid
              charts={charts}
              productionView={view.productionView}
              setView={setView}
              onDownloadCsv={onDownloadChart}
              onNeedData={goLive}
              routeCosts={routeCosts}
              onDownloadRouteCosts={onDownloadRouteCosts}
            />
          </ChartsBoundary>
        </main>
      </div>
    </>
  );
}
