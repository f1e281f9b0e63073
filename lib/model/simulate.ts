// Pure: reads no database, clock or globals; deterministic. The engine's public entry point:
// catalog + assumptions → yearly series (DESIGN.md, "The engine" and "Contract for programs").
import { runEngine, type EngineRun } from './engine';
import type { Assumptions, Catalog, ResultSummary, Series, SimulationResult } from './types';

/**
 * Simulates every year from 2025 to `assumptions.horizonYear` and returns one value per year for
 * each series (see docs/model.md for the list). Values are finite numbers, or null where the
 * quantity does not exist that year (a route's cost before it opens or while ice closes it, the
 * tunnel's utilisation before it opens). The series list depends only on the catalog. The catalog
 * is treated as immutable: it is compiled once per object (memoised), so pass a new object to change it.
 */
export function simulate(catalog: Catalog, assumptions: Assumptions): SimulationResult & { summary: ResultSummary } {
  return toSimulationResult(runEngine(catalog, assumptions, true, { byRow: true }));
}

/** Converts a raw engine run to the public result shape (NaN and ±Infinity become null). */
export function toSimulationResult(run: EngineRun): SimulationResult & { summary: ResultSummary } {
  const { nYears, byRow } = run;
  const years = new Array<number>(nYears);
  for (let t = 0; t < nYears; t += 1) years[t] = run.firstYear + t;
  const meta = run.compiled.layout.meta;
  const nSeries = meta.length;
  const series = new Array<Series>(nSeries);
  for (let row = 0; row < nSeries; row += 1) {
    const m = meta[row];
    if (m === undefined) continue;
    // A kernel run can lay the values out by series (read in order, finiteness known); else a
    // series is every nSeries-th value of the year-major buffer.
    const values =
      byRow === null
        ? readRow(run.values, row, nSeries, nYears, isRowFinite(run.values, row, nSeries, nYears))
        : readRow(byRow.values, row * nYears, 1, nYears, byRow.isFinite[row] === 1);
    series[row] = { variable: m.variable, region: m.region, unit: m.unit, values };
  }
  return { years, series, summary: run.summary };
}

function isRowFinite(values: Float64Array, start: number, stride: number, n: number): boolean {
  for (let t = 0, i = start; t < n; t += 1, i += stride) if (!Number.isFinite(values[i] ?? Number.NaN)) return false;
  return true;
}

/**
 * One series: `n` values from `start`, `stride` apart. Hot path. Most rows have no null: created at
 * their full size, V8 stores them as unboxed doubles and never grows them. Rows with a null are
 * built at a separate site: V8 learns the kind of array each site creates, and one shared site
 * would make every row boxed values.
 */
function readRow(values: Float64Array, start: number, stride: number, n: number, isAllFinite: boolean): (number | null)[] {
  if (isAllFinite) {
    const out = new Array<number | null>(n);
    for (let t = 0, i = start; t < n; t += 1, i += stride) out[t] = values[i] ?? Number.NaN;
    return out;
  }
  const out: (number | null)[] = [];
  for (let t = 0, i = start; t < n; t += 1, i += stride) {
    const v = values[i] ?? Number.NaN;
    out.push(Number.isFinite(v) ? v : null);
  }
  return out;
}
