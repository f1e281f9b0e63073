'use client';
// Route cost per tonne by component: one horizontal stacked bar per origin→destination route, the
// label naming route, origin, destination, km and total (or why there is no bar). Rows come ready
// from lib/charts/route-cost-bars.ts; no arithmetic here (STYLE.md §7).
import { memo, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatWithUnit } from '@/lib/charts/format';
import { COST_COMPONENTS, toCostChartHeightPx, type CostBarRow } from '@/lib/charts/route-cost-bars';
import styles from './charts.module.css';

export interface CostBarChartProps {
  rows: CostBarRow[];
  ariaLabel: string;
  /** Components hidden from the legend. */
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

const BAR_SIZE = 14;
const MARGIN = { top: 24, right: 16, bottom: 20, left: 4 };
const X_LABEL = { value: 'USD per tonne', position: 'insideBottom', offset: -12, fill: '#5b6675', fontSize: 12 } as const;

function labelTick(rows: CostBarRow[]) {
  // The label sits above its bar, from the chart's left edge (route names are too long for an axis column).
  return function CostLabel({ y, payload }: YAxisTickContentProps) {
    const row = rows.find((r) => r.key === payload?.value);
    if (!row) return <g />;
    return (
      <g transform={`translate(${MARGIN.left + 2},${Number(y) - BAR_SIZE / 2})`}>
        <text x={0} y={-15} fontSize={11.5} fill="#1b2430">
          {row.label}
        </text>
        <text x={0} y={-3} fontSize={11} fill="#5b6675">
          {row.detail}
        </text>
      </g>
    );
  };
}

function tooltipFor(rows: CostBarRow[]) {
  return function CostTooltip({ active, label }: TooltipContentProps): ReactNode {
    const row = active ? rows.find((r) => r.key === label) : undefined;
    if (!row) return null;
    return (
      <div className={styles.tooltip}>
        <div className={styles.tooltipYear}>{row.label}</div>
        <ul>
          {COST_COMPONENTS.map((c) =>
            row[c.id] === null ? null : (
              <li key={c.id}>
                <span className={styles.barSwatch} style={{ background: c.color }} aria-hidden="true" /> {c.label}:{' '}
                <strong>{formatWithUnit(row[c.id], 'USD/t', 2)}</strong>
              </li>
            ),
          )}
          <li>{row.detail}</li>
        </ul>
      </div>
    );
  };
}

function CostBarChartInner({ rows, ariaLabel, hidden, onToggle }: CostBarChartProps) {
  const height = toCostChartHeightPx(rows.length);
  return (
    <div className={styles.chart}>
      <div className={styles.plot} style={{ height }} role="figure" aria-label={ariaLabel}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={MARGIN} title={ariaLabel} barSize={BAR_SIZE}>
            <CartesianGrid stroke="#e3e8ee" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 12 }} label={X_LABEL} />
            <YAxis type="category" dataKey="key" width={4} interval={0} tick={labelTick(rows)} tickLine={false} axisLine={false} />
            <Tooltip content={tooltipFor(rows)} isAnimationActive={false} />
            {COST_COMPONENTS.filter((c) => !hidden.has(c.id)).map((c) => (
              <Bar key={c.id} dataKey={c.id} name={c.label} stackId="cost" fill={c.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className={styles.legend} aria-label={`${ariaLabel}: components (click to hide or show)`}>
        {COST_COMPONENTS.map((c) => (
          <li key={c.id}>
            <button type="button" className={styles.legendButton} aria-pressed={!hidden.has(c.id)} onClick={() => onToggle(c.id)}>
              <span className={styles.barSwatch} style={{ background: c.color }} aria-hidden="true" />
              {c.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Stacked horizontal bars of route cost per tonne by component, with a legend of the components. */
export const CostBarChart = memo(CostBarChartInner);
