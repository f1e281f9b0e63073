'use client';
// The frame every assumption control shares: label with unit, the value as text, the reset to
// the baseline, the info button, the control itself and a field error.
import type { ReactNode } from 'react';
import type { FieldSpec } from '@/lib/model/assumption-fields';
import { FieldInfo } from './field-info';
import styles from './fields.module.css';

export interface FieldShellProps {
  field: FieldSpec;
  /** Id of the main control, for the label. */
  controlId: string;
  /** Unit after the label, e.g. "Mt/yr" ("" for none). */
  unit?: string;
  /** The current value as text (shown at the right of the label). */
  valueText?: string;
  /** The baseline value as text, for the reset button's name. */
  baselineText: string;
  isAtBaseline: boolean;
  onReset: () => void;
  error?: string | undefined;
  children: ReactNode;
  isDisabled?: boolean;
  /** Whether the label is a separate element (false when the control carries its own label). */
  hasLabel?: boolean;
}

/** One field's row in the slider panel. */
export function FieldShell(props: FieldShellProps) {
  const { field, controlId, unit, valueText, baselineText, isAtBaseline, onReset, error, children, isDisabled, hasLabel = true } = props;
  return (
    <div className={styles.field} data-field={field.param} data-disabled={isDisabled ? '' : undefined}>
      <div className={styles.head}>
        {hasLabel ? (
          <label htmlFor={controlId} className={styles.label}>
            {field.label}
            {unit ? <span className={styles.unit}> ({unit})</span> : null}
          </label>
        ) : (
          <span className={styles.label}>{field.label}</span>
        )}
        {valueText !== undefined ? (
          <output htmlFor={controlId} className={styles.value} aria-live="off">
            {valueText}
          </output>
        ) : null}
        <button
          type="button"
          className={styles.reset}
          onClick={onReset}
          disabled={isAtBaseline}
          aria-label={`Reset ${field.label} to baseline ${baselineText}`}
          title={`Reset to baseline (${baselineText})`}
        >
          ↺
        </button>
        <FieldInfo field={field} />
      </div>
      {children}
      {error ? (
        <p id={`${controlId}-error`} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
