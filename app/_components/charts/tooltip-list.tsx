// The hovered year's values as the chart tooltips show them: the year, then one line per series
// with its swatch, value and, where it differs, the baseline (entries from lib/charts/tooltip.ts).
import type { ReactNode } from 'react';
import type { TooltipEntry } from '@/lib/charts/tooltip';
import styles from './charts.module.css';
import { LineSwatch } from './line-swatch';

/** The baseline dash of the charts (dashed = baseline). */
export const BASELINE_DASH = '6 4';

/** The tooltip box for `label` (a year); nothing when there are no entries. */
export function TooltipList({ label, entries }: { label: ReactNode; entries: readonly TooltipEntry[] }): ReactNode {
  if (entries.length === 0) return null;
  return (
    <div className={styles.tooltip}>
      <div className={styles.tooltipYear}>{label}</div>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <LineSwatch color={entry.color} dash={entry.isDashed ? BASELINE_DASH : undefined} />
            {entry.label}: <strong>{entry.value}</strong>
            {entry.baseline ? <span className={styles.tooltipBaseline}> ({entry.baseline})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
