// A titled chart panel: heading, optional controls (toggles, pickers), a CSV button, the chart.
import type { ReactNode } from 'react';
import styles from './charts.module.css';

export interface ChartCardProps {
  id: string;
  title: string;
  /** One sentence under the title: what is drawn and in which unit. */
  description?: string;
  /** Controls next to the CSV button (selects, toggles). */
  controls?: ReactNode;
  /** Called by the CSV button; no button when absent. */
  onDownloadCsv?: () => void;
  children: ReactNode;
}

/** A section with an h3 heading; the chart itself is the child. */
export function ChartCard({ id, title, description, controls, onDownloadCsv, children }: ChartCardProps) {
  return (
    <section className={styles.card} aria-labelledby={`${id}-title`} data-chart={id}>
      <header className={styles.cardHeader}>
        <div>
          <h3 id={`${id}-title`} className={styles.cardTitle}>
            {title}
          </h3>
          {description ? <p className={styles.cardDescription}>{description}</p> : null}
        </div>
        <div className={styles.cardControls}>
          {controls}
          {onDownloadCsv ? (
            <button type="button" className="button button-small" onClick={onDownloadCsv} aria-label={`Download CSV of ${title}`}>
              CSV
            </button>
          ) : null}
        </div>
      </header>
      {children}
    </section>
  );
}
