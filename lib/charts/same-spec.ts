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
    a.group === b.group &&
    a.axis === b.axis &&
    a.curve === b.curve &&
    a.source.variable === b.source.variable &&
    a.source.region === b.source.region &&
    a.source.scenario === b.source.scenario
  );
}

/** Whether two specs draw exactly the same thing (same rows, values, lines and axis titles). */
export function isSameChartSpec(a: ChartSpec, b: ChartSpec): boolean {
  if (a === b) return true;
  if (a.yLabel !== b.yLabel || a.yRightLabel !== b.yRightLabel) return false;
  if (a.rows.length !== b.rows.length || a.lines.length !== b.lines.length) return false;
  for (let i = 0; i < a.lines.length; i++) if (!sameLine(a.lines[i]!, b.lines[i]!)) return false;
  for (let i = 0; i < a.rows.length; i++) if (!sameRow(a.rows[i]!, b.rows[i]!)) return false;
  return true;
}
