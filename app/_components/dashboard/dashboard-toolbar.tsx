'use client';
// The row above the figures: baseline, destination and cost year of the figures and the cost
// chart, the full report, and a notice for link parameters that were ignored.
import type { Dispatch, SetStateAction } from 'react';
import type { ResolvedView } from '@/lib/charts/dashboard-view';
import type { ViewState } from '@/lib/schemas/url-state-query';
import { BaselinePicker, type BaselinePickerProps } from './baseline-picker';
import styles from './dashboard.module.css';

export interface DashboardToolbarProps {
  baseline: BaselinePickerProps;
  resolved: ResolvedView;
  setView: Dispatch<SetStateAction<ViewState>>;
  onDownloadReport: () => void;
  ignoredParams: string[];
}

/** The toolbar; every choice goes into the view state (and so into the URL). */
export function DashboardToolbar({ baseline, resolved, setView, onDownloadReport, ignoredParams }: DashboardToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <BaselinePicker {...baseline} />
      <label className={styles.toolbarLabel}>
        Destination
        <select
          value={resolved.destination}
          onChange={(e) => {
            const destination = e.currentTarget.value;
            setView((v) => ({ ...v, destination }));
          }}
          name="dest"
        >
          {resolved.destinations.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label className={styles.toolbarLabel}>
        Cost year
        <select
          value={resolved.costYear}
          onChange={(e) => {
            const costYear = Number(e.currentTarget.value);
            setView((v) => ({ ...v, costYear }));
          }}
          name="year"
        >
          {resolved.yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-small" onClick={onDownloadReport}>
        Full report (CSV)
      </button>
      {ignoredParams.length > 0 ? (
        <p className={styles.notice} role="status" data-notice="ignored-params">
          Some link parameters were invalid and ignored ({ignoredParams.join(', ')}); the scenario’s values are shown instead.
        </p>
      ) : null}
    </div>
  );
}
