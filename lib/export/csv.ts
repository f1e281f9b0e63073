// Pure: results to CSV text in the layouts of DESIGN.md ("CSV reports") and ADR 030/031.
// No Node-only imports: the dashboard's per-chart CSV buttons call this in the browser.
import { MODEL_VERSION } from '@/lib/model/version';
import type { Series, SimulationResult } from '@/lib/model/types';
import { serializeCsv, type CsvCell } from './csv-cells';

/** One scenario's results with the name that labels its rows. */
export interface ScenarioResult {
  /** The scenario's display name (user text: neutralised in the CSV). */
  scenario: string;
  result: SimulationResult;
}

/** `wide` = IAMC (one row per series, one column per year); `long` = one row per value. */
export type CsvLayout = 'wide' | 'long';

/** Fixed leading columns of the IAMC (wide) layout; year columns follow. */
export const IAMC_COLUMNS = ['Model', 'Scenario', 'Region', 'Variable', 'Unit'] as const;

/** Columns of the long (tidy) layout. */
export const LONG_COLUMNS = ['scenario', 'region', 'variable', 'unit', 'year', 'value'] as const;

function checkShape({ scenario, result }: ScenarioResult): void {
  for (const series of result.series) {
    if (series.values.length !== result.years.length) {
      throw new Error(
        `series "${series.variable}" (${series.region}) of "${scenario}" has ${series.values.length} values for ${result.years.length} years`,
      );
    }
  }
}

/** The sorted union of the years of all results; empty for no results. */
export function unionYears(results: readonly ScenarioResult[]): number[] {
  const years = new Set(results.flatMap((r) => r.result.years));
  return [...years].sort((a, b) => a - b);
}

/**
 * IAMC wide CSV: `Model,Scenario,Region,Variable,Unit,<year>…`, one row per series of each
 * scenario in the given order. Year columns are the union of all scenarios' years; a cell is
 * empty where the value is null or the scenario has no such year. `Model` is MODEL_VERSION.
 * No results (or no series) gives the header line alone.
 */
export function toIamcCsv(results: readonly ScenarioResult[]): string {
  results.forEach(checkShape);
  const years = unionYears(results);
  const rows: CsvCell[][] = results.flatMap(({ scenario, result }) => {
    const index = new Map(result.years.map((year, i) => [year, i]));
    return result.series.map((series) => [
      MODEL_VERSION,
      scenario,
      series.region,
      series.variable,
      series.unit,
      ...years.map((year) => {
        const i = index.get(year);
        return i === undefined ? null : (series.values[i] ?? null);
      }),
    ]);
  });
  return serializeCsv([...IAMC_COLUMNS, ...years], rows);
}

/**
 * Long (tidy) CSV: `scenario,region,variable,unit,year,value`, one row per series and year of
 * each scenario. A null value keeps its row with an empty `value` (ADR 031), so the row count is
 * always series × years. No results gives the header line alone.
 */
export function toLongCsv(results: readonly ScenarioResult[]): string {
  results.forEach(checkShape);
  const rows: CsvCell[][] = results.flatMap(({ scenario, result }) =>
    result.series.flatMap((series) =>
      result.years.map((year, i) => [scenario, series.region, series.variable, series.unit, year, series.values[i] ?? null]),
    ),
  );
  return serializeCsv(LONG_COLUMNS, rows);
}

/** The CSV of the results in the chosen layout. */
export function toReportCsv(results: readonly ScenarioResult[], layout: CsvLayout): string {
  switch (layout) {
    case 'wide':
      return toIamcCsv(results);
    case 'long':
      return toLongCsv(results);
    default: {
      const unknown: never = layout;
      throw new Error(`unknown CSV layout ${String(unknown)}`);
    }
  }
}

/**
 * The CSV of only the series `keep` accepts (a chart's series), in the chosen layout (default
 * IAMC wide). Years are kept whole even where every kept value is null. Keeping nothing gives the
 * header line alone.
 */
export function toSeriesCsv(results: readonly ScenarioResult[], keep: (series: Series) => boolean, layout: CsvLayout = 'wide'): string {
  const subset = results.map(({ scenario, result }) => ({
    scenario,
    result: { years: result.years, series: result.series.filter(keep) },
  }));
  return toReportCsv(subset, layout);
}
