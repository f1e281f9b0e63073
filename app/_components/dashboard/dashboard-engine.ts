// The half of the dashboard that needs the engine: everything that runs a scenario or builds chart
// data from its results. The page loads this module, together with the catalog, only when the
// engine first has to run, so neither is part of the first load (ADR 081).
export { buildDashboardView, runBaseline } from '@/lib/charts/dashboard-start';
export {
  DASHBOARD_CHART_IDS,
  resolveView,
  runDashboardScenario,
  toChartInputs,
  toDashboardChart,
  toDashboardContext,
  toDashboardHeadlines,
} from '@/lib/charts/dashboard-view';
export { explainLink } from '@/lib/charts/link-verdict';
export { toRouteCostChart } from '@/lib/charts/route-cost-bars';
