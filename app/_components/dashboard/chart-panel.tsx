'use client';
// One dashboard chart: card, controls, legend state shared with its CSV button. The chart (and
// the charting library's code) loads only once the card comes near the viewport, and a chart
// out of view keeps its last drawing until it is scrolled back (ADR 044): a slider step redraws
// only what can be seen, the first chart at once and the others in a deferred render. A chart
// without data (the page's first view, ADR 080) asks the page for it when it comes near.
import { lazy, memo, Suspense, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { hasBars } from '@/lib/charts/corridor-charts';
import type { ShownChart } from '@/lib/charts/dashboard-start';
import type { ChartSpec } from '@/lib/charts/types';
import { ChartCard } from '../charts/chart-card';
import { useInView } from '../charts/use-in-view';
import { useToggleSet } from '../charts/use-toggle-set';

const loadSeriesChart = () => import('../charts/series-chart');
const SeriesChart = lazy(() => loadSeriesChart().then((m) => ({ default: m.SeriesChart })));
// Charts with bars (strait crossings, the link's cash flow) draw with their own component.
const BarLineChart = lazy(() => import('../charts/bar-line-chart').then((m) => ({ default: m.BarLineChart })));

/** Two-column layout (dashboard.module.css): the first chart is on the first screen, beside the sliders. */
const WIDE_LAYOUT = '(min-width: 861px)';
// There the chart code starts loading with the page instead of after hydration (ADR 080); on a
// phone the charts are below the sliders and their code waits until one comes near.
if (typeof window !== 'undefined' && window.matchMedia(WIDE_LAYOUT).matches) void loadSeriesChart();

export interface ChartPanelProps {
  chart: ShownChart;
  /**
   * Whether this chart redraws in the same render as the slider (the first chart); the others
   * redraw in a deferred render that a next slider step may interrupt (ADR 044).
   */
  isUrgent: boolean;
  controls?: ReactNode;
  /** Builds and downloads the CSV of the visible series (`spec` null: not computed yet). */
  onDownloadCsv: (id: string, spec: ChartSpec | null, hiddenGroups: ReadonlySet<string>) => void;
  /** Called when the chart has no data (`spec: null`) and comes near the viewport. */
  onNeedData: () => void;
}

const HEIGHT = 280;
/** How far beyond the viewport a chart starts loading and drawing. */
const NEAR = '400px 0px';

function ChartPanelInner({ chart, isUrgent, controls, onDownloadCsv, onNeedData }: ChartPanelProps) {
  const [hidden, toggle] = useToggleSet();
  const box = useRef<HTMLDivElement>(null);
  // Loaded a little before it scrolls in; redrawn only while some of it is on screen.
  const isNear = useInView(box, NEAR);
  const isVisible = useInView(box);
  const [drawn, setDrawn] = useState<ChartSpec | null>(null);
  const isDrawing = isVisible || (isNear && drawn === null);
  if (isDrawing && chart.spec !== null && drawn !== chart.spec) setDrawn(chart.spec);
  const latest = isDrawing ? (chart.spec ?? drawn) : drawn;
  useEffect(() => {
    if (!isNear) return;
    // The chart code starts loading while the page computes the data.
    void loadSeriesChart();
    if (chart.spec === null) onNeedData();
  }, [isNear, chart.spec, onNeedData]);
  const deferred = useDeferredValue(latest);
  const spec = isUrgent ? latest : deferred;
  // Room for the plot and its legend, so the page does not jump when the chart arrives.
  const placeholder = <div style={{ height: HEIGHT + 48 }} data-chart-pending="" />;
  return (
    <ChartCard
      id={chart.id}
      title={chart.title}
      description={chart.description}
      controls={controls}
      onDownloadCsv={() => onDownloadCsv(chart.id, chart.spec, hidden)}
    >
      <div ref={box}>
        {spec ? (
          <Suspense fallback={placeholder}>
            {hasBars(spec) ? (
              <BarLineChart
                rows={spec.rows}
                lines={spec.lines}
                yLabel={spec.yLabel}
                ariaLabel={chart.title}
                hiddenGroups={hidden}
                onToggleGroup={toggle}
                height={HEIGHT}
              />
            ) : (
              <SeriesChart
                rows={spec.rows}
                lines={spec.lines}
                yLabel={spec.yLabel}
                {...(spec.yRightLabel ? { yRightLabel: spec.yRightLabel } : {})}
                ariaLabel={chart.title}
                hiddenGroups={hidden}
                onToggleGroup={toggle}
                height={HEIGHT}
              />
            )}
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
    </ChartCard>
  );
}

export const ChartPanel = memo(ChartPanelInner);
