// Pure: types only. The chart step of the data chain (STYLE.md §3):
// SimulationResult → ChartRow[] + LineDef[] → Recharts elements.

/** One point on the x axis: the calendar year and one value per line key (null = no value, a gap). */
export interface ChartRow {
  year: number;
  [lineKey: string]: number | null;
}

/** Whether a line shows the scenario being edited or the baseline it is compared with. */
export type LineScenario = 'current' | 'baseline' | 'observed';

/** One line of a chart: how to draw it and which result series it came from. */
export interface LineDef {
  /** Key of the value in each ChartRow. */
  key: string;
  /** Legend and tooltip label, e.g. "Oil" or "Oil (baseline)". */
  label: string;
  /** Unit shown in the tooltip and the CSV, e.g. "Mt/yr". */
  unit: string;
  color: string;
  /** Baseline lines are dashed. */
  isDashed?: boolean;
  /** SVG stroke-dasharray of a solid line that must stay tellable from others (e.g. one per scenario on /compare). */
  dashPattern?: string;
  /** Lines sharing a group are hidden and shown together from the legend (current + baseline). */
  group: string;
  /** Which y axis the line belongs to (default left). */
  axis?: 'left' | 'right';
  /** Step lines for quantities that change by whole steps (e.g. a capacity). */
  curve?: 'linear' | 'stepAfter';
  /** Drawn as a line (default) or as yearly bars; bars sharing `stack` are stacked. */
  mark?: 'line' | 'bar';
  stack?: string;
  /** The result series behind the line, for CSV export. */
  source: { variable: string; region: string; scenario: LineScenario };
}

/** Everything a series chart needs: rows, lines and axis titles with units. */
export interface ChartSpec {
  rows: ChartRow[];
  lines: LineDef[];
  /** Left y-axis title including its unit, e.g. "Production (Mt/yr)". */
  yLabel: string;
  /** Right y-axis title including its unit, when some lines use the right axis. */
  yRightLabel?: string;
}
