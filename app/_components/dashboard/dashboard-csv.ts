// The CSV writers of the dashboard's downloads (with papaparse). The page loads this module on the
// first download, so neither the first load nor the engine's module carries it (ADR 086).
export { toRouteCostCsv } from '@/lib/charts/route-cost-csv';
export { toIamcCsv } from '@/lib/export/csv';
export { toChartCsv } from './chart-csv';
