// A legend of toggle buttons, one per line group (bars get a filled sample), plus the baseline note.
import { toLegendEntries } from '@/lib/charts/legend';
import type { LineDef } from '@/lib/charts/types';
import styles from './charts.module.css';
import { LineSwatch } from './line-swatch';

export interface ChartLegendProps {
  lines: readonly LineDef[];
  hidden: ReadonlySet<string>;
  onToggle: (group: string) => void;
  /** Accessible name of the chart it belongs to. */
  ariaLabel: string;
}

/** Legend buttons that hide or show a group (aria-pressed = shown). */
export function ChartLegend({ lines, hidden, onToggle, ariaLabel }: ChartLegendProps) {
  const entries = toLegendEntries(lines);
  const hasBaseline = lines.some((l) => l.isDashed);
  return (
    <ul className={styles.legend} aria-label={`${ariaLabel}: series (click to hide or show)`}>
      {entries.map((entry) => (
        <li key={entry.group}>
          <button
            type="button"
            className={styles.legendButton}
            aria-pressed={!hidden.has(entry.group)}
            onClick={() => onToggle(entry.group)}
            title={hidden.has(entry.group) ? `Show ${entry.label}` : `Hide ${entry.label}`}
          >
            {entry.isBar ? (
              <span className={styles.barSwatch} style={{ background: entry.color }} aria-hidden="true" />
            ) : (
              <LineSwatch color={entry.color} />
            )}
            {entry.label}
          </button>
        </li>
      ))}
      {hasBaseline ? (
        <li className={styles.legendNote}>
          <LineSwatch color="#5b6675" dash="6 4" /> dashed = baseline
        </li>
      ) : null}
    </ul>
  );
}
