// Pure: reads no database, clock or globals. The link's charts (issue 9): strait crossings by
// direction and cargo against the capacity, and the link's yearly and cumulative discounted cash
// flow, as ChartSpecs whose bars (`mark: 'bar'`) the bar-and-line chart stacks. Variable names come
// from lib/model/variables.ts.
import type { Series, SimulationResult } from '@/lib/model/types';
import {
  CROSSING_CARGOES,
  CROSSING_DIRECTIONS,
  VARIABLES,
  crossingVariable,
  type CrossingCargo,
  type CrossingDirection,
} from '@/lib/model/variables';
import { buildChartSpec, type ChartInput, type SeriesPick } from './chart-spec';
import { capacityVariable } from './dashboard-charts';
import { toValueTicks } from './ticks';
import type { ChartRow, ChartSpec, LineDef } from './types';

/** Variable of the derived total of crossings (IAMC: a parent is the sum of its children). */
export const TOTAL_CROSSINGS = 'Strait Crossing';

/** Stack id of the crossing bars. */
const CROSSINGS_STACK = 'crossings';

/** Colour of a direction and cargo: one hue per direction, darker for resources (Okabe–Ito). */
const CROSSING_COLORS: Record<string, string> = {
  'Eastbound|Resources': '#D55E00',
  'Eastbound|Transit': '#E69F00',
  'Westbound|Resources': '#0072B2',
  'Westbound|Transit': '#56B4E9',
};
const crossingColor = (direction: CrossingDirection, cargo: CrossingCargo) => CROSSING_COLORS[`${direction}|${cargo}`] ?? '#7F7F7F';

/**
 * The result plus `Strait Crossing` (World): `Strait Crossing|Eastbound` + `|Westbound`, Mt per
 * year, null in a year where both are null (or missing). The input is not changed.
 */
export function withCrossingTotal(result: SimulationResult): SimulationResult {
  const parts = CROSSING_DIRECTIONS.map((d) =>
    result.series.find((s) => s.region === 'World' && s.variable === crossingVariable(d)),
  ).filter((s): s is Series => s !== undefined);
  const values = result.years.map((_, i) => {
    let sum: number | null = null;
    for (const s of parts) {
      const v = s.values[i];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  });
  const unit = parts[0]?.unit ?? 'Mt per year';
  return { ...result, series: [...result.series, { variable: TOTAL_CROSSINGS, region: 'World', unit, values }] };
}

/** Ids of the inputs that show the scenario being edited (bars are drawn for these only). */
const currentIds = (inputs: readonly ChartInput[]) => inputs.filter((i) => i.scenario === 'current').map((i) => i.id);

/**
 * Tonnes through the strait, Mt per year: the current scenario's crossings stacked by direction and
 * cargo (eastbound and westbound × resources and transit), their total as a line for the current and
 * the baseline scenario, and the capacity of the link (a step line from the opening year).
 * Needs the derived series of `withCrossingTotal` and `withDerivedSeries` (capacity).
 */
export function toCrossingsChart(inputs: readonly ChartInput[], tunnelRoute: string): ChartSpec {
  const current = currentIds(inputs);
  const bars: SeriesPick[] = CROSSING_DIRECTIONS.flatMap((direction) =>
    CROSSING_CARGOES.map((cargo) => ({
      variable: crossingVariable(direction, cargo),
      region: 'World',
      label: `${direction} · ${cargo.toLowerCase()}`,
      color: crossingColor(direction, cargo),
      mark: 'bar' as const,
      stack: CROSSINGS_STACK,
      inputIds: current,
    })),
  );
  return buildChartSpec(
    inputs,
    [
      ...bars,
      { variable: TOTAL_CROSSINGS, region: 'World', label: 'All crossings', color: '#1b2430' },
      { variable: capacityVariable(tunnelRoute), region: 'World', label: 'Capacity', color: '#5b6675', curve: 'stepAfter' },
    ],
    'Crossings (Mt/yr)',
  );
}

/**
 * The link's money, billion USD: its yearly cash flow (revenue − operating cost − capital
 * spending; bars, current scenario) and the running sum of it discounted to the first simulated
 * year (a line, current and baseline), whose last value is the NPV. Nothing without a tunnel.
 */
export function toCashFlowChart(inputs: readonly ChartInput[]): ChartSpec {
  return buildChartSpec(
    inputs,
    [
      {
        variable: VARIABLES.tunnelCashFlow,
        region: 'World',
        label: 'Yearly cash flow',
        color: '#009E73',
        mark: 'bar',
        stack: 'cash',
        inputIds: currentIds(inputs),
      },
      {
        variable: VARIABLES.tunnelCumulativeDiscountedCashFlow,
        region: 'World',
        label: 'Cumulative discounted cash flow',
        color: '#1b2430',
      },
    ],
    'Cash flow (bn USD)',
  );
}

/** Whether a spec draws bars (then the bar-and-line chart draws it). */
export const hasBars = (spec: ChartSpec) => spec.lines.some((l) => l.mark === 'bar');

/**
 * Value ticks covering what a bar-and-line chart draws: every line value and, per year and stack,
 * the sum of its positive and of its negative bar values (bars stack away from zero on each side).
 */
export function toStackedValueTicks(rows: readonly ChartRow[], lines: readonly LineDef[], count = 5): number[] {
  const bars = lines.filter((l) => l.mark === 'bar');
  const stacks = [...new Set(bars.map((l) => l.stack ?? l.key))];
  const extent: ChartRow[] = rows.map((row) => {
    const out: ChartRow = { year: row.year };
    for (const line of lines) if (line.mark !== 'bar') out[line.key] = row[line.key] ?? null;
    for (const stack of stacks) {
      let up = 0;
      let down = 0;
      for (const bar of bars) {
        if ((bar.stack ?? bar.key) !== stack) continue;
        const v = row[bar.key];
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        if (v >= 0) up += v;
        else down += v;
      }
      out[`up\u0000${stack}`] = up;
      out[`down\u0000${stack}`] = down;
    }
    return out;
  });
  const keys = [...lines.filter((l) => l.mark !== 'bar').map((l) => l.key), ...stacks.flatMap((s) => [`up\u0000${s}`, `down\u0000${s}`])];
  return toValueTicks(
    extent,
    keys.map((key) => ({ key, label: key, unit: '', color: '', group: key, source: { variable: key, region: '', scenario: 'current' } })),
    count,
  );
}
