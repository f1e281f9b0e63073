// The half of the dashboard that needs the engine: everything that runs a scenario or builds chart
// data from its results, and the CSV writers of the downloads. The page loads this module, together
// with the catalog, only when the engine first has to run or a CSV is asked for, so none of it is
// part of the first load (ADRs 081, 086).
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
export { toRouteCostCsv } from '@/lib/charts/route-cost-csv';
export { toIamcCsv } from '@/lib/export/csv';
export { toChartCsv } from './chart-csv';
