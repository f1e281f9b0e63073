// Pure: reads no database, clock or globals; deterministic. The engine's public entry point:
// catalog + assumptions → yearly series (DESIGN.md, "The engine" and "Contract for programs").
import { runEngine, type EngineRun } from './engine';
import type { SeriesMeta } from './layout';
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
  const { nYears, values } = run;
  const years = new Array<number>(nYears);
  for (let t = 0; t < nYears; t += 1) years[t] = run.firstYear + t;
  const meta = run.compiled.layout.meta;
  const nSeries = meta.length;
  const series = new Array<Series>(meta.length);
  if (run.byRow !== null) {
    readByRow(run.byRow, meta, nYears, series);
    return { years, series, summary: run.summary };
  }
  for (let row = 0; row < meta.length; row += 1) {
    const m = meta[row];
    if (m === undefined) continue;
    let isAllFinite = true;
    for (let t = 0, i = row; t < nYears; t += 1, i += nSeries) {
      const v = values[i] ?? Number.NaN;
      if (!Number.isFinite(v)) isAllFinite = false;
    }
    // Hot path. Most rows have no null: created at their full size, V8 stores them as unboxed
    // doubles and never grows them. Rows with a null are built at a separate site: V8 learns the
    // kind of array each site creates, and one shared site would make every row boxed values.
    const out = isAllFinite ? new Array<number | null>(nYears) : ([] as (number | null)[]);
    if (isAllFinite) {
      for (let t = 0, i = row; t < nYears; t += 1, i += nSeries) out[t] = values[i] ?? Number.NaN;
    } else {
      for (let t = 0, i = row; t < nYears; t += 1, i += nSeries) {
        const v = values[i] ?? Number.NaN;
        out.push(Number.isFinite(v) ? v : null);
      }
    }
    series[row] = { variable: m.variable, region: m.region, unit: m.unit, values: out };
  }
  return { years, series, summary: run.summary };
}

/** `toSimulationResult` from values laid out by series (the kernel's `transpose`): the same rows, read in order. */
function readByRow(byRow: NonNullable<EngineRun['byRow']>, meta: readonly SeriesMeta[], nYears: number, series: Series[]): void {
  const { values, isFinite } = byRow;
  for (let row = 0; row < meta.length; row += 1) {
    const m = meta[row];
    if (m === undefined) continue;
    const base = row * nYears;
    // Two allocation sites, as above: rows with no null stay unboxed doubles.
    const out = isFinite[row] === 1 ? new Array<number | null>(nYears) : ([] as (number | null)[]);
    if (isFinite[row] === 1) {
      for (let t = 0; t < nYears; t += 1) out[t] = values[base + t] ?? Number.NaN;
    } else {
      for (let t = 0; t < nYears; t += 1) {
        const v = values[base + t] ?? Number.NaN;
        out.push(Number.isFinite(v) ? v : null);
      }
    }
    series[row] = { variable: m.variable, region: m.region, unit: m.unit, values: out };
  }
}
