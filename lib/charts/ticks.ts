// Pure: reads no database, clock or globals. Axis ticks computed once per chart update, so the
// chart library does not run its own (arbitrary-precision, slow) nice-number search on every
// slider step, and axes stay put when values barely move.
import type { ChartRow, LineDef } from './types';

/** A "nice" step (1, 2, 2.5, 5 × 10^k) for about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/** Rounds away float noise (0.30000000000000004 → 0.3). */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * Ticks of a value axis covering every non-null value of the visible `lines` in `rows`: from 0
 * (or the lowest value when negative) to a nice number at or above the highest value, about
 * `count` intervals. No values spans 0 to 1.
 */
export function toValueTicks(rows: readonly ChartRow[], lines: readonly LineDef[], count = 5): number[] {
  let min = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const line of lines) {
      const v = row[line.key];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      if (v > max) max = v;
      if (v < min) min = v;
    }
  }
  if (max === Number.NEGATIVE_INFINITY || max <= min) max = min + 1;
  const step = niceStep(max - min, count);
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Up to the first tick at or above max (less a hair of float noise); a bound of max + 0.999 step
  // lost that tick when max sat just above a multiple of the step (e.g. 0.001 with step 1).
  for (let t = first; ; t += step) {
    ticks.push(clean(t));
    if (t >= max - step * 1e-9) break;
  }
  return ticks;
}

/** Years between ticks of a year axis: one a decade, so every chart reads the same way (issue 8). */
export const YEAR_TICK_STEP = 10;

/** Year ticks on every round decade within the rows' years (2030, 2040, …); empty for no rows. */
export function toYearTicks(rows: readonly ChartRow[]): number[] {
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  if (first === undefined || last === undefined) return [];
  const ticks: number[] = [];
  for (let y = Math.ceil(first / YEAR_TICK_STEP) * YEAR_TICK_STEP; y <= last; y += YEAR_TICK_STEP) ticks.push(y);
  return ticks;
}
