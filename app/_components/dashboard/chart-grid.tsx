'use client';
// The charts in page order; the production chart carries its commodity/country switch, and the
// route-cost bars follow the transport-cost chart.
import { Fragment, memo, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { ShownChart } from '@/lib/charts/dashboard-start';
import type { RouteCostChart } from '@/lib/charts/route-cost-bars';
import type { ChartSpec } from '@/lib/charts/types';
import type { ProductionView, ViewState } from '@/lib/schemas/url-state-query';
import { ChartPanel } from './chart-panel';
import { RouteCostPanel } from './route-cost-panel';
import styles from './dashboard.module.css';

export interface ChartGridProps {
  charts: ShownChart[];
  productionView: ProductionView;
  setView: Dispatch<SetStateAction<ViewState>>;
  onDownloadCsv: (id: string, spec: ChartSpec | null, hiddenGroups: ReadonlySet<string>) => void;
  /** Called when a chart without data comes near the viewport (the page then runs the engine). */
  onNeedData: () => void;
  routeCosts: RouteCostChart;
  onDownloadRouteCosts: (chart: RouteCostChart) => void;
}

function ChartGridInner({ charts, productionView, setView, onDownloadCsv, onNeedData, routeCosts, onDownloadRouteCosts }: ChartGridProps) {
  const productionControls = useMemo(() => {
    const choose = (next: ProductionView) => setView((v) => ({ ...v, productionView: next }));
    return (
      <span className={styles.segmented} role="group" aria-label="Split production by">
        <button type="button" aria-pressed={productionView === 'commodity'} onClick={() => choose('commodity')}>
          Commodity
        </button>
        <button type="button" aria-pressed={productionView === 'country'} onClick={() => choose('country')}>
          Country
        </button>
      </span>
    );
  }, [productionView, setView]);
  return (
    <section aria-labelledby="charts-title" className={styles.charts}>
      <h2 id="charts-title" className="visually-hidden">
        Charts
      </h2>
      {charts.map((chart, i) => (
        <Fragment key={chart.id}>
          <ChartPanel
            chart={chart}
            isUrgent={i === 0}
            onDownloadCsv={onDownloadCsv}
            onNeedData={onNeedData}
            {...(chart.id === 'production' ? { controls: productionControls } : {})}
          />
          {chart.id === 'transport-cost' ? <RouteCostPanel chart={routeCosts} onDownloadCsv={onDownloadRouteCosts} /> : null}
        </Fragment>
      ))}
    </section>
  );
}

/** The chart grid; re-renders when a chart object, the route costs or the production split changes. */
export const ChartGrid = memo(ChartGridInner);
