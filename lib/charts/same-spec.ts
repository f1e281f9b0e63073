// Pure: reads no database, clock or globals. Structural equality of chart specs, so a chart
// whose numbers did not change keeps its old spec object and React skips redrawing it.
import type { ChartRow, ChartSpec, LineDef } from './types';

function sameRow(a: ChartRow, b: ChartRow): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

function sameLine(a: LineDef, b: LineDef): boolean {
  return (
    a.key === b.key &&
    a.label === b.label &&
    a.unit === b.unit &&
    a.color === b.color &&
    a.isDashed === b.isDashed &&
    a.dashPattern === b.dashPattern &&
    a.group === b.group &&
    a.axis === b.axis &&
    a.curve === b.curve &&
    a.mark === b.mark &&
    a.stack === b.stack &&
    a.source.variable === b.source.variable &&
    a.source.region === b.source.region &&
    a.source.scenario === b.source.scenario
  );
}

/** Whether two line lists define the same lines in the same order (values aside). */
export function isSameLines(a: readonly LineDef[], b: readonly LineDef[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameLine(a[i]!, b[i]!)) return false;
  return true;
}

/** Whether two specs draw exactly the same thing (same rows, values, lines and axis titles). */
export function isSameChartSpec(a: ChartSpec, b: ChartSpec): boolean {
  if (a === b) return true;
  if (a.yLabel !== b.yLabel || a.yRightLabel !== b.yRightLabel) return false;
  if (a.rows.length !== b.rows.length || !isSameLines(a.lines, b.lines)) return false;
  for (let i = 0; i < a.rows.length; i++) if (!sameRow(a.rows[i]!, b.rows[i]!)) return false;
  return true;
}

/** Whether two row lists cover the same years in the same order (values aside). */
export function isSameYears(a: readonly ChartRow[], b: readonly ChartRow[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.year !== b[i]!.year) return false;
  return true;
}
