// Pure: reads no database, clock or globals, and runs in the browser (the chart's CSV button).
// The route-cost bars as a table, one row per origin→destination route with its components in
// USD per tonne (CSV dialect of ADR 030: lib/export/csv-cells). Origins by name, not id (ADR 047).
import { serializeCsv, type CsvCell } from '@/lib/export/csv-cells';
import { MODEL_VERSION } from '@/lib/model/version';
import { COST_COMPONENTS, type RouteCostBar, type RouteCostChart } from './route-cost-bars';

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

/** What one CSV row needs of a bar: the route, its components and total, or why it has none. */
export type RouteCostCsvBar = Pick<
  RouteCostBar,
  | 'route'
  | 'originName'
  | 'destination'
  | 'cargo'
  | 'seaKm'
  | 'railKm'
  | 'components'
  | 'totalUsdPerTonne'
  | 'transitDays'
  | 'timeCostUsdPerTonne'
  | 'note'
>;

/** One row of a route-cost CSV: a bar of one scenario in one year. */
export interface RouteCostCsvItem {
  scenario: string;
  year: number | null;
  bar: RouteCostCsvBar;
}

/**
 * The CSV of route-cost bars, one row per item in order (the columns of ROUTE_COST_COLUMNS). A
 * route without a cost that year has empty component and total cells and its note ("opens in
 * 2042"); transit rows add the days in transit and their cost at the value of time (USD/t, not part
 * of the total). No items: the header alone.
 */
export function toRouteCostItemsCsv(items: readonly RouteCostCsvItem[]): string {
  const rows: CsvCell[][] = items.map(({ scenario, year, bar }) => [
    MODEL_VERSION,
    scenario,
    year,
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

/** The CSV of a route-cost chart of one scenario: one row per bar in chart order (see toRouteCostItemsCsv). */
export function toRouteCostCsv(chart: RouteCostChart, scenario: string): string {
  return toRouteCostItemsCsv(chart.bars.map((bar) => ({ scenario, year: chart.year, bar })));
}
