'use client';
// One dashboard chart: card, controls, legend state shared with its CSV button.
import { memo, type ReactNode } from 'react';
import type { ChartSpec } from '@/lib/charts/types';
import { ChartCard } from '../charts/chart-card';
import { SeriesChart } from '../charts/series-chart';
import { useToggleSet } from '../charts/use-toggle-set';

export interface ChartPanelProps {
  id: string;
  title: string;
  description: string;
  spec: ChartSpec;
  controls?: ReactNode;
  /** Builds and downloads the CSV of the visible series. */
  onDownloadCsv: (id: string, spec: ChartSpec, hiddenGroups: ReadonlySet<string>) => void;
  height?: number;
}

function ChartPanelInner({ id, title, description, spec, controls, onDownloadCsv, height }: ChartPanelProps) {
  const [hidden, toggle] = useToggleSet();
  return (
    <ChartCard id={id} title={title} description={description} controls={controls} onDownloadCsv={() => onDownloadCsv(id, spec, hidden)}>
      <SeriesChart
        rows={spec.rows}
        lines={spec.lines}
        yLabel={spec.yLabel}
        {...(spec.yRightLabel ? { yRightLabel: spec.yRightLabel } : {})}
        ariaLabel={title}
        hiddenGroups={hidden}
        onToggleGroup={toggle}
        {...(height ? { height } : {})}
      />
    </ChartCard>
  );
}

export const ChartPanel = memo(ChartPanelInner);
