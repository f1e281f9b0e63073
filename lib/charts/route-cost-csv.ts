// Pure: reads no database, clock or globals, and runs in the browser (the chart's CSV button).
// The route-cost bars as a table, one row per origin→destination route with its components in
// USD per tonne (CSV dialect of ADR 030: lib/export/csv-cells). Origins by name, not id (ADR 047).
import { serializeCsv, type CsvCell } from '@/lib/export/csv-cells';
import { MODEL_VERSION } from '@/lib/model/version';
import { COST_COMPONENTS, type RouteCostChart } from './route-cost-bars';

/** Columns of the route-cost CSV (components in COST_COMPONENTS order, then the total). */
export const ROUTE_COST_COLUMNS = [
  'Model',
  'Scenario',
  'Year',
  'Route',
  'Origin',
  'Destination',
  'Cargo',
  'Sea km',
  'Rail km',
  'Unit',
  ...COST_COMPONENTS.map((c) => c.label),
  'Total',
  'Transit days',
  'Time cost',
  'Note',
] as const;

/**
 * The CSV of a route-cost chart: one row per bar in chart order. A route without a cost that year
 * has empty component and total cells and its note ("opens in 2042"); transit rows add the days in
 * transit and their cost at the value of time (USD/t, not part of the total). No bars: the header alone.
 */
export function toRouteCostCsv(chart: RouteCostChart, scenario: string): string {
  const rows: CsvCell[][] = chart.bars.map((bar) => [
    MODEL_VERSION,
    scenario,
    chart.year,
    bar.route,
    bar.originName,
    bar.destination,
    bar.cargo,
    bar.seaKm,
    bar.railKm,
    'USD per tonne',
    ...COST_COMPONENTS.map((c) => bar.components[c.id]),
    bar.totalUsdPerTonne,
    bar.transitDays,
    bar.timeCostUsdPerTonne,
    bar.note,
  ]);
  return serializeCsv(ROUTE_COST_COLUMNS, rows);
}
