'use client';
// Route cost per tonne by component for the chosen destination and year (issue 9). Like the other
// charts (ADR 044) the chart code loads, and the chart draws, only near the viewport.
import { lazy, memo, Suspense, useDeferredValue, useMemo, useRef, useState } from 'react';
import { toCostBarRows, toCostChartHeightPx, type RouteCostChart } from '@/lib/charts/route-cost-bars';
import { ChartCard } from '../charts/chart-card';
import { useInView } from '../charts/use-in-view';
import { useToggleSet } from '../charts/use-toggle-set';
import styles from '../charts/charts.module.css';
import dashboardStyles from './dashboard.module.css';
import { RouteCostTable } from './route-cost-table';

const CostBarChart = lazy(() => import('../charts/cost-bar-chart').then((m) => ({ default: m.CostBarChart })));

export interface RouteCostPanelProps {
  chart: RouteCostChart;
  onDownloadCsv: (chart: RouteCostChart) => void;
}

const NEAR = '400px 0px';

function RouteCostPanelInner({ chart, onDownloadCsv }: RouteCostPanelProps) {
  const [hidden, toggle] = useToggleSet();
  const box = useRef<HTMLDivElement>(null);
  const isNear = useInView(box, NEAR);
  const isVisible = useInView(box);
  const [drawn, setDrawn] = useState<RouteCostChart | null>(null);
  const isDrawing = isVisible || (isNear && drawn === null);
  if (isDrawing && drawn !== chart) setDrawn(chart);
  const shown = useDeferredValue(isDrawing ? chart : drawn);
  // The same rows while the drawn chart is the same: off screen, a slider step then leaves the
  // memoised bar chart alone instead of redrawing it with equal numbers.
  const rows = useMemo(() => (shown ? toCostBarRows(shown) : null), [shown]);
  const title = `Cost per tonne to ${chart.destination} by route and origin, ${chart.year ?? '–'}`;
  const missing = chart.bars.filter((b) => b.totalUsdPerTonne === null);
  // Room for the plot and its legend, so the page does not jump when the chart arrives.
  const placeholder = <div style={{ height: toCostChartHeightPx(chart.bars.length) + 56 }} data-chart-pending="" />;
  return (
    <div className={dashboardStyles.wide}>
      <ChartCard
        id="route-costs"
        title={title}
        description="USD per tonne of the current scenario: line haul (km × rate), handling, tariff or toll, ice premium and carbon, one bar per route and origin. Destination and year: the toolbar's."
        onDownloadCsv={() => onDownloadCsv(chart)}
      >
        <div ref={box}>
          {rows ? (
            <Suspense fallback={placeholder}>
              <CostBarChart rows={rows} ariaLabel={title} hidden={hidden} onToggle={toggle} />
            </Suspense>
          ) : (
            placeholder
          )}
        </div>
        {missing.length > 0 ? (
          <p className={styles.costNote} data-route-cost-missing="">
            No bar: {missing.map((b) => `${b.label} (${b.note})`).join('; ')}.
          </p>
        ) : null}
        <RouteCostTable chart={chart} />
      </ChartCard>
    </div>
  );
}

/** The route-cost card: chart, a note on routes without a cost, and the table of the numbers. */
export const RouteCostPanel = memo(RouteCostPanelInner);
