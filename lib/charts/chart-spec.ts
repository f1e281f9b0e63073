// Pure: reads no database, clock or globals. Turns yearly results into chart rows and line
// definitions: the step between SimulationResult and the chart components (STYLE.md §3, §7).
import type { Series, SimulationResult } from '@/lib/model/types';
import type { ChartRow, ChartSpec, LineDef, LineScenario } from './types';

/** One scenario drawn in a chart. */
export interface ChartInput {
  /** Short stable id used in line keys, e.g. "cur", "base", "obs". */
  id: string;
  scenario: LineScenario;
  result: SimulationResult;
  /** Appended to every label of this input, e.g. " (baseline)". */
  labelSuffix?: string;
  isDashed?: boolean;
}

/** A series to draw, picked by variable and region. */
export interface SeriesPick {
  variable: string;
  region: string;
  label: string;
  color: string;
  /** Legend group (default: the label); lines of one pick share it across inputs. */
  group?: string;
  axis?: 'left' | 'right';
  curve?: 'linear' | 'stepAfter';
  /** Yearly bars instead of a line; bars of one `stack` are stacked. */
  mark?: 'line' | 'bar';
  stack?: string;
  /** Ids of the inputs this pick is drawn for (default: every input). */
  inputIds?: readonly string[];
}

/** The key of a series in a lookup map. */
export const seriesKey = (variable: string, region: string) => `${variable}\u0000${region}`;

/** A lookup of a result's series by variable and region (the last one wins on duplicates). */
export function indexSeries(result: SimulationResult): Map<string, Series> {
  return new Map(result.series.map((s) => [seriesKey(s.variable, s.region), s]));
}

/** The sorted union of the years of all inputs (empty for none). */
export function unionOfYears(results: readonly SimulationResult[]): number[] {
  const years = new Set<number>();
  for (const r of results) for (const y of r.years) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * Rows and lines for the picks drawn for every input: one line per (input, pick) whose series
 * exists in that input's result; a pick missing from a result draws no line for it. Rows cover
 * the union of all inputs' years; a year an input does not simulate is null (a gap).
 * Line keys are `<input id>_<pick index>` (Recharts reads dots in keys as paths, so none are used).
 */
export function buildChartSpec(
  inputs: readonly ChartInput[],
  picks: readonly SeriesPick[],
  yLabel: string,
  yRightLabel?: string,
): ChartSpec {
  const years = unionOfYears(inputs.map((i) => i.result));
  const rows: ChartRow[] = years.map((year) => ({ year }));
  const rowIndex = new Map(years.map((y, i) => [y, i]));
  const lines: LineDef[] = [];

  for (const input of inputs) {
    const index = indexSeries(input.result);
    picks.forEach((pick, p) => {
      if (pick.inputIds && !pick.inputIds.includes(input.id)) return;
      const series = index.get(seriesKey(pick.variable, pick.region));
      if (!series) return;
      const key = `${input.id}_${p}`;
      for (const row of rows) row[key] = null;
      input.result.years.forEach((year, i) => {
        const row = rows[rowIndex.get(year) ?? -1];
        if (row) row[key] = series.values[i] ?? null;
      });
      lines.push({
        key,
        label: `${pick.label}${input.labelSuffix ?? ''}`,
        unit: series.unit,
        color: pick.color,
        isDashed: input.isDashed ?? false,
        group: pick.group ?? pick.label,
        axis: pick.axis ?? 'left',
        curve: pick.curve ?? 'linear',
        ...(pick.mark === 'bar' ? { mark: 'bar' as const, ...(pick.stack === undefined ? {} : { stack: pick.stack }) } : {}),
        source: { variable: series.variable, region: series.region, scenario: input.scenario },
      });
    });
  }
  return yRightLabel === undefined ? { rows, lines, yLabel } : { rows, lines, yLabel, yRightLabel };
}
