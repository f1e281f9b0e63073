'use client';
// A generic yearly line chart: plain ChartRow data and line definitions in, Recharts out.
// No arithmetic here (STYLE.md §7): rows and lines come ready from lib/charts.
// Used by the dashboard and by /compare.
import { createContext, memo, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  Curve,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  useIsTooltipActive,
  useXAxisScale,
  useYAxisScale,
  type TooltipContentProps,
} from 'recharts';
import { toLegendEntries } from '@/lib/charts/legend';
import { isSameLines, isSameYears } from '@/lib/charts/same-spec';
import { toValueTicks, toYearTicks } from '@/lib/charts/ticks';
import { toTooltipEntries } from '@/lib/charts/tooltip';
import type { ChartRow, LineDef } from '@/lib/charts/types';
import styles from './charts.module.css';
import { LineSwatch } from './line-swatch';
import { BASELINE_DASH, TooltipList } from './tooltip-list';
import { useToggleSet } from './use-toggle-set';

export interface SeriesChartProps {
  rows: ChartRow[];
  lines: LineDef[];
  /** Left axis title with unit, e.g. "Production (Mt/yr)". */
  yLabel: string;
  /** Right axis title with unit; the right axis is drawn only when a line uses it. */
  yRightLabel?: string;
  /** Plot height in CSS pixels; fixed so the page never jumps while recomputing. */
  height?: number;
  /** Accessible name of the chart (the figure's caption is usually the card heading). */
  ariaLabel: string;
  /** Controlled legend: the hidden groups (uncontrolled when absent). */
  hiddenGroups?: ReadonlySet<string>;
  /** Controlled legend: called with the group a legend button toggles. */
  onToggleGroup?: (group: string) => void;
}

/** Stroke pattern of a line as drawn: its own pattern, the baseline dash, or solid. */
const dashOf = (line: Pick<LineDef, 'isDashed' | 'dashPattern'>) => line.dashPattern ?? (line.isDashed ? BASELINE_DASH : undefined);

/** What the tooltip lists: the rows and the visible lines of its chart. */
const TooltipSource = createContext<{ rows: ChartRow[]; lines: LineDef[] }>({ rows: [], lines: [] });

/**
 * The hovered year's values, read from the rows (so the baseline lines, drawn by PlotLines, are
 * listed alike): one entry per line with its baseline beside it only where it differs
 * (lib/charts/tooltip.ts). A stable component: the Tooltip element never changes, the rows reach
 * it through context.
 */
function ChartTooltip({ active, label }: TooltipContentProps): ReactNode {
  const { rows, lines } = useContext(TooltipSource);
  const year = Number(label);
  const row = active ? rows.find((r) => r.year === year) : undefined;
  if (!row) return null;
  return <TooltipList label={label} entries={toTooltipEntries(row, lines)} />;
}

/** Stroke of a line as drawn: baselines thinner and lighter than the lines they compare with. */
const strokeOf = (line: LineDef) => (line.isDashed ? { strokeWidth: 1.5, strokeOpacity: 0.75 } : { strokeWidth: 2.25, strokeOpacity: 1 });

/**
 * Every visible line, drawn with Recharts' own axis scales and Curve shape rather than as <Line>
 * items: on a value change a <Line> remounts its path (its animation key changes even with
 * animation off), builds label entries for every point and measures the path, per line (ADR 042).
 * Baselines first, so the lines they compare with lie on top. Same DOM as a Line's path
 * (class `recharts-line-curve`; baselines with a stroke-dasharray).
 */
function PlotLines({ rows, lines }: { rows: ChartRow[]; lines: LineDef[] }) {
  const x = useXAxisScale();
  const left = useYAxisScale('left');
  const right = useYAxisScale('right');
  return useMemo(() => {
    if (!x) return null;
    const ordered = [...lines.filter((l) => l.isDashed), ...lines.filter((l) => !l.isDashed)];
    return (
      <g className="recharts-layer recharts-plot-lines">
        {ordered.map((line) => {
          const y = line.axis === 'right' ? right : left;
          if (!y) return null;
          const points = rows.map((row) => {
            const v = row[line.key];
            return { x: x(row.year) ?? null, y: typeof v === 'number' ? (y(v) ?? null) : null };
          });
          return (
            <Curve
              key={line.key}
              className="recharts-line-curve"
              type={line.curve ?? 'linear'}
              points={points}
              connectNulls={false}
              fill="none"
              stroke={line.color}
              {...strokeOf(line)}
              strokeDasharray={dashOf(line)}
            />
          );
        })}
      </g>
    );
  }, [rows, lines, x, left, right]);
}

/** Dots on the solid lines at the hovered year (what a <Line>'s activeDot draws). */
function ActiveDots({ rows, lines }: { rows: ChartRow[]; lines: LineDef[] }) {
  const isActive = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const x = useXAxisScale();
  const left = useYAxisScale('left');
  const right = useYAxisScale('right');
  if (!isActive || label === undefined || !x) return null;
  const year = Number(label);
  const row = rows.find((r) => r.year === year);
  const cx = x(year);
  if (!row || cx === undefined) return null;
  return (
    <g className="recharts-layer recharts-active-dots">
      {lines.map((line) => {
        const v = row[line.key];
        const y = line.axis === 'right' ? right : left;
        if (line.isDashed || typeof v !== 'number' || !y) return null;
        const cy = y(v);
        if (cy === undefined) return null;
        return (
          <circle key={line.key} className="recharts-active-dot" cx={cx} cy={cy} r={3} fill={line.color} stroke="#fff" strokeWidth={2} />
        );
      })}
    </g>
  );
}

// Constant props: Recharts re-registers an axis or a line in its store (and recomputes every
// selector of the chart) whenever the element re-renders with new prop objects, so everything
// that does not depend on the data is created once, and elements are memoised (ADR 041).
const MARGIN_ONE_AXIS = { top: 8, right: 16, bottom: 18, left: 8 };
const MARGIN_TWO_AXES = { top: 8, right: 8, bottom: 18, left: 8 };
const TICK_STYLE = { fontSize: 12 };
const X_LABEL = { value: 'Year', position: 'insideBottom', offset: -12, fill: '#5b6675', fontSize: 12 } as const;
const AXIS_LABEL_STYLE = { textAnchor: 'middle' } as const;
/** What the chart's keyboard layer does (Recharts: the focused chart moves its tooltip with arrow keys). */
const CHART_KEYS_HINT = 'Focus the chart and use the left and right arrow keys to read the values year by year.';
const GRID = <CartesianGrid stroke="#e3e8ee" vertical={false} />;
// filterNull off: Recharts' own payload values may be those of earlier rows (useRechartsRows), so
// whether the tooltip shows must not depend on them; ChartTooltip reads the current rows.
const TOOLTIP = <Tooltip content={ChartTooltip} includeHidden filterNull={false} isAnimationActive={false} />;

/**
 * A y axis with our ticks as its domain. Hidden <Line> items do not count for an axis domain, so
 * the axis takes it from the ticks (allowDataOverflow: the ticks already span every visible value).
 */
function valueAxis(side: 'left' | 'right', ticks: number[], title: string) {
  return (
    <YAxis
      yAxisId={side}
      orientation={side}
      width={64}
      ticks={ticks}
      domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]}
      interval={0}
      allowDataOverflow
      tick={TICK_STYLE}
      label={{
        value: title,
        angle: side === 'left' ? -90 : 90,
        position: side === 'left' ? 'insideLeft' : 'insideRight',
        style: AXIS_LABEL_STYLE,
        fill: '#5b6675',
        fontSize: 12,
      }}
    />
  );
}

/** `next` when its numbers differ from `prev`, else `prev` (so memoised elements keep their identity). */
function useSameNumbers(next: number[]): number[] {
  const [prev, setPrev] = useState(next);
  if (prev === next || (prev.length === next.length && prev.every((v, i) => v === next[i]))) return prev;
  setPrev(next);
  return next;
}

/**
 * `next` when it defines other lines than `prev`, else `prev`: when only the values move (a slider
 * step), the Line elements keep their identity and Recharts re-registers nothing (ADR 041).
 */
function useSameLines(next: LineDef[]): LineDef[] {
  const [prev, setPrev] = useState(next);
  if (prev === next || isSameLines(prev, next)) return prev;
  setPrev(next);
  return next;
}

/**
 * The rows handed to Recharts itself. Recharts needs them only for what does not depend on the
 * values: the years (tooltip and keyboard positions) and one hidden <Line> per line key (the
 * tooltip's trigger). The lines, the dots and the tooltip's text are drawn from `rows` directly
 * (PlotLines, ActiveDots, TooltipSource) and both axes have explicit domains. So while the years
 * and the lines are the same (a slider step), Recharts keeps its rows and recomputes nothing: new
 * rows would make it rebuild its data selectors and re-render every part of the chart that reads
 * them, for each step (ADR 085).
 */
function useRechartsRows(rows: ChartRow[], lines: LineDef[]): ChartRow[] {
  const [held, setHeld] = useState({ rows, lines });
  if (held.rows === rows) return rows;
  if (held.lines === lines && isSameYears(held.rows, rows)) return held.rows;
  setHeld({ rows, lines });
  return rows;
}

function SeriesChartInner({
  rows,
  lines: linesProp,
  yLabel,
  yRightLabel,
  height = 280,
  ariaLabel,
  hiddenGroups,
  onToggleGroup,
}: SeriesChartProps) {
  const lines = useSameLines(linesProp);
  const rechartsRows = useRechartsRows(rows, lines);
  const [ownHidden, toggleOwn] = useToggleSet();
  const hidden = hiddenGroups ?? ownHidden;
  const toggle = onToggleGroup ?? toggleOwn;
  const legend = useMemo(() => toLegendEntries(lines), [lines]);
  const visible = useMemo(() => lines.filter((l) => !hidden.has(l.group)), [lines, hidden]);
  const tooltipSource = useMemo(() => ({ rows, lines: visible }), [rows, visible]);
  const hasRightAxis = lines.some((l) => l.axis === 'right');
  const computed = useMemo(
    () => ({
      x: toYearTicks(rows),
      xDomain: [rows[0]?.year ?? 0, rows[rows.length - 1]?.year ?? 1],
      left: toValueTicks(
        rows,
        visible.filter((l) => (l.axis ?? 'left') === 'left'),
      ),
      right: toValueTicks(
        rows,
        visible.filter((l) => l.axis === 'right'),
      ),
    }),
    [rows, visible],
  );
  const xTicks = useSameNumbers(computed.x);
  const xDomain = useSameNumbers(computed.xDomain);
  const leftTicks = useSameNumbers(computed.left);
  const rightTicks = useSameNumbers(computed.right);
  const hasBaseline = lines.some((l) => l.isDashed);

  const xAxis = useMemo(
    () => (
      <XAxis
        dataKey="year"
        type="number"
        domain={xDomain as [number, number]}
        ticks={xTicks}
        interval={0}
        label={X_LABEL}
        tick={TICK_STYLE}
      />
    ),
    [xDomain, xTicks],
  );
  const leftAxis = useMemo(() => valueAxis('left', leftTicks, yLabel), [leftTicks, yLabel]);
  const rightAxis = useMemo(
    () => (hasRightAxis ? valueAxis('right', rightTicks, yRightLabel ?? '') : null),
    [hasRightAxis, rightTicks, yRightLabel],
  );
  // Hidden <Line> items: never drawn (PlotLines draws), but they give the tooltip its payload,
  // so Recharts shows it, and they keep their identity while only values change.
  const lineElements = useMemo(
    () =>
      lines.map((line) => (
        <Line key={line.key} yAxisId={line.axis ?? 'left'} dataKey={line.key} name={line.label} hide isAnimationActive={false} />
      )),
    [lines],
  );

  return (
    <div className={styles.chart}>
      <div className={styles.plot} style={{ height }} role="figure" aria-label={ariaLabel}>
        <TooltipSource value={tooltipSource}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={rechartsRows}
              margin={hasRightAxis ? MARGIN_TWO_AXES : MARGIN_ONE_AXIS}
              title={ariaLabel}
              desc={CHART_KEYS_HINT}
            >
              {GRID}
              {xAxis}
              {leftAxis}
              {rightAxis}
              {TOOLTIP}
              {lineElements}
              <PlotLines rows={rows} lines={visible} />
              <ActiveDots rows={rows} lines={visible} />
            </LineChart>
          </ResponsiveContainer>
        </TooltipSource>
      </div>
      <ul className={styles.legend} aria-label={`${ariaLabel}: series (click to hide or show)`}>
        {legend.map((entry) => (
          <li key={entry.group}>
            <button
              type="button"
              className={styles.legendButton}
              aria-pressed={!hidden.has(entry.group)}
              onClick={() => toggle(entry.group)}
              title={hidden.has(entry.group) ? `Show ${entry.label}` : `Hide ${entry.label}`}
            >
              <LineSwatch color={entry.color} dash={entry.dashPattern} />
              {entry.label}
            </button>
          </li>
        ))}
        {hasBaseline ? (
          <li className={styles.legendNote}>
            <LineSwatch color="#5b6675" dash={dashOf({ isDashed: true })} /> dashed = baseline
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** A yearly line chart with units on both axes, unit-aware tooltips and a legend that hides/shows series. */
export const SeriesChart = memo(SeriesChartInner);
