'use client';
// A yearly chart of stacked bars and lines (strait crossings, the link's cash flow): ChartRow data
// and line definitions from lib/charts in, Recharts out; bars of one `stack` are stacked, baselines
// are dashed lines. No arithmetic here (STYLE.md §7): ticks and tooltip entries come from lib/charts.
import { memo, useMemo, type ReactNode } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { toStackedValueTicks } from '@/lib/charts/corridor-charts';
import { toYearTicks } from '@/lib/charts/ticks';
import { toTooltipEntries } from '@/lib/charts/tooltip';
import type { ChartRow, LineDef } from '@/lib/charts/types';
import { ChartLegend } from './chart-legend';
import styles from './charts.module.css';
import { BASELINE_DASH, TooltipList } from './tooltip-list';
import { useToggleSet } from './use-toggle-set';

export interface BarLineChartProps {
  rows: ChartRow[];
  lines: LineDef[];
  /** Value axis title with unit, e.g. "Crossings (Mt/yr)". */
  yLabel: string;
  height?: number;
  ariaLabel: string;
  hiddenGroups?: ReadonlySet<string>;
  onToggleGroup?: (group: string) => void;
}

const MARGIN = { top: 8, right: 16, bottom: 18, left: 8 };
const TICK_STYLE = { fontSize: 12 };
const X_LABEL = { value: 'Year', position: 'insideBottom', offset: -12, fill: '#5b6675', fontSize: 12 } as const;
const CHART_KEYS_HINT = 'Focus the chart and use the left and right arrow keys to read the values year by year.';

function tooltipFor(rows: ChartRow[], lines: LineDef[]) {
  return function BarLineTooltip({ active, label }: TooltipContentProps): ReactNode {
    const row = active ? rows.find((r) => r.year === Number(label)) : undefined;
    return <TooltipList label={label} entries={row ? toTooltipEntries(row, lines) : []} />;
  };
}

function BarLineChartInner({ rows, lines, yLabel, height = 280, ariaLabel, hiddenGroups, onToggleGroup }: BarLineChartProps) {
  const [ownHidden, toggleOwn] = useToggleSet();
  const hidden = hiddenGroups ?? ownHidden;
  const toggle = onToggleGroup ?? toggleOwn;
  const visible = useMemo(() => lines.filter((l) => !hidden.has(l.group)), [lines, hidden]);
  const yTicks = useMemo(() => toStackedValueTicks(rows, visible), [rows, visible]);
  const xTicks = useMemo(() => toYearTicks(rows), [rows]);
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? 1;
  const content = useMemo(() => tooltipFor(rows, visible), [rows, visible]);
  const bars = visible.filter((l) => l.mark === 'bar');
  // Baselines first, so the lines they compare with lie on top.
  const plotted = [...visible.filter((l) => l.mark !== 'bar' && l.isDashed), ...visible.filter((l) => l.mark !== 'bar' && !l.isDashed)];
  return (
    <div className={styles.chart}>
      <div className={styles.plot} style={{ height }} role="figure" aria-label={ariaLabel}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={MARGIN} title={ariaLabel} desc={CHART_KEYS_HINT} barCategoryGap={1}>
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis
              dataKey="year"
              type="number"
              domain={[first - 0.5, last + 0.5]}
              ticks={xTicks}
              interval={0}
              label={X_LABEL}
              tick={TICK_STYLE}
            />
            <YAxis
              width={64}
              ticks={yTicks}
              domain={[yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1]}
              interval={0}
              allowDataOverflow
              tick={TICK_STYLE}
              label={{ value: yLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' }, fill: '#5b6675', fontSize: 12 }}
            />
            <ReferenceLine y={0} stroke="#5b6675" />
            <Tooltip content={content} isAnimationActive={false} />
            {bars.map((line) => (
              <Bar
                key={line.key}
                dataKey={line.key}
                name={line.label}
                stackId={line.stack ?? line.key}
                fill={line.color}
                isAnimationActive={false}
              />
            ))}
            {plotted.map((line) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.label}
                type={line.curve ?? 'linear'}
                stroke={line.color}
                strokeWidth={line.isDashed ? 1.5 : 2.25}
                strokeOpacity={line.isDashed ? 0.75 : 1}
                strokeDasharray={line.isDashed ? BASELINE_DASH : undefined}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend lines={lines} hidden={hidden} onToggle={toggle} ariaLabel={ariaLabel} />
    </div>
  );
}

/** Stacked yearly bars with lines over them, one value axis, a zero line and a legend that hides/shows series. */
export const BarLineChart = memo(BarLineChartInner);
