// Pure: reads no database or clock; deterministic. The engine's public entry point: catalog +
// assumptions → yearly series (DESIGN.md, "The engine" and "Contract for programs"). Its one module
// state is a template array of doubles that result rows are copied from (never handed out).
import { findFiniteRows, runEngine, type EngineRun } from './engine';
import type { Assumptions, Catalog, ResultSummary, Series, SimulationResult } from './types';

/**
 * Simulates every year from 2025 to `assumptions.horizonYear` and returns one value per year for
 * each series (see docs/model.md for the list). Values are finite numbers, or null where the
 * quantity does not exist that year (a route's cost before it opens or while ice closes it, the
 * tunnel's utilisation before it opens). The series list depends only on the catalog. The catalog
 * is treated as immutable: it is compiled once per object (memoised), so pass a new object to change it.
 */
export function simulate(catalog: Catalog, assumptions: Assumptions): SimulationResult & { summary: ResultSummary } {
  return toSimulationResult(runEngine(catalog, assumptions, true, { findFiniteRows: true }));
}

/** Converts a raw engine run to the public result shape (NaN and ±Infinity become null). */
export function toSimulationResult(run: EngineRun): SimulationResult & { summary: ResultSummary } {
  const { nYears, values } = run;
  const years = new Array<number>(nYears);
  for (let t = 0; t < nYears; t += 1) years[t] = run.firstYear + t;
  const meta = run.compiled.layout.meta;
  const nSeries = meta.length;
  const template = doublesOfLength(nYears);
  const isRowFinite = run.isRowFinite ?? findFiniteRows(values, nSeries, nYears);
  const series = new Array<Series>(nSeries);
  for (let row = 0; row < nSeries; row += 1) {
    const m = meta[row];
    if (m === undefined) continue;
    const start = row * nYears;
    const rowValues = isRowFinite[row] === 1 ? copyRow(template, values, start) : readRowWithNulls(values, start, nYears);
    series[row] = { variable: m.variable, region: m.region, unit: m.unit, values: rowValues };
  }
  return { years, series, summary: run.summary };
}

let doubles: (number | null)[] = [];

/**
 * An array of `n` doubles to copy rows from: `slice` of it allocates an array of unboxed doubles at
 * its full size at once (faster than `new Array(n)`, which V8 makes an array of small integers with
 * holes and converts at the first double stored).
 */
function doublesOfLength(n: number): (number | null)[] {
  if (doubles.length !== n) {
    doubles = [];
    for (let t = 0; t < n; t += 1) doubles.push(0.5);
  }
  return doubles;
}

/** A row whose values are all finite. Hot path: a copy of `template` overwritten in place. */
function copyRow(template: (number | null)[], values: Float64Array, start: number): (number | null)[] {
  const out = template.slice();
  for (let t = 0; t < out.length; t += 1) out[t] = values[start + t] ?? Number.NaN;
  return out;
}

/** A row with a null: built at a separate site, so that V8 keeps the other rows unboxed. */
function readRowWithNulls(values: Float64Array, start: number, n: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let t = 0; t < n; t += 1) {
    const v = values[start + t] ?? Number.NaN;
    out.push(Number.isFinite(v) ? v : null);
  }
  return out;
}
