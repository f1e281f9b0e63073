// Builds the CSV of one chart in the browser: exactly the series its lines draw, current,
// baseline (and observations), in the IAMC layout of lib/export with units.
import { toIamcCsv, type ScenarioResult } from '@/lib/export/csv';
import { seriesKey, type ChartInput } from '@/lib/charts/chart-spec';
import type { LineDef } from '@/lib/charts/types';

/** A chart input with the name its rows carry in the `Scenario` column. */
export interface NamedInput {
  input: ChartInput;
  name: string;
}

/** IAMC CSV of the visible lines of a chart: one row per line, in the order the inputs are given. */
export function toChartCsv(lines: readonly LineDef[], inputs: readonly NamedInput[], hiddenGroups: ReadonlySet<string>): string {
  const results: ScenarioResult[] = [];
  for (const { input, name } of inputs) {
    const wanted = new Set(
      lines
        .filter((l) => l.key.startsWith(`${input.id}_`) && !hiddenGroups.has(l.group))
        .map((l) => seriesKey(l.source.variable, l.source.region)),
    );
    if (wanted.size === 0) continue;
    const series = input.result.series.filter((s) => wanted.has(seriesKey(s.variable, s.region)));
    results.push({ scenario: name, result: { years: input.result.years, series } });
  }
  return toIamcCsv(results);
}
