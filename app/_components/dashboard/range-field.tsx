'use client';
// One labelled slider: native <input type=range> (role slider, arrow keys), unit, bounds,
// current value, aria-valuetext with the unit, and a reset to the baseline value.
import { memo, useId, type ReactNode } from 'react';
import styles from './dashboard.module.css';

export interface RangeFieldProps {
  label: string;
  /** Unit shown after the value and read by screen readers, e.g. "Mt/yr". */
  unit: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The baseline value the reset button restores. */
  resetValue: number;
  /** Overrides the reset (for fields that can also be "never"/"none"). */
  onReset?: () => void;
  /** Overrides `value === resetValue`. */
  isAtBaseline?: boolean;
  /** Overrides the text of the baseline value in the reset button's name. */
  resetText?: string;
  onChange: (value: number) => void;
  /** Formats the value for display and aria-valuetext (default: the number). */
  format?: (value: number) => string;
  /** Overrides aria-valuetext (default: the formatted value and the unit), e.g. "year 2042". */
  valueText?: (value: number) => string;
  disabled?: boolean;
  /** Shown under the slider, e.g. a source or a field error. */
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra control next to the label (e.g. a "never" checkbox). */
  extra?: ReactNode;
  /** Stable name for tests and the URL ("cap", "tariff" …). */
  name: string;
}

const plain = (v: number) => String(v);

function RangeFieldInner(props: RangeFieldProps) {
  const { label, unit, value, min, max, step, resetValue, onChange, format = plain, disabled, hint, error, extra, name } = props;
  const id = useId();
  const shown = format(value);
  const valueText = props.valueText ? props.valueText(value) : unit ? `${shown} ${unit}` : shown;
  const isBaseline = props.isAtBaseline ?? value === resetValue;
  const resetText = props.resetText ?? (unit ? `${format(resetValue)} ${unit}` : format(resetValue));
  const reset = props.onReset ?? (() => onChange(resetValue));
  return (
    <div className={styles.field} data-field={name} data-disabled={disabled ? '' : undefined}>
      <div className={styles.fieldHead}>
        <label htmlFor={id} className={styles.fieldLabel}>
          {label}
          {unit ? <span className={styles.unit}> ({unit})</span> : null}
        </label>
        <output htmlFor={id} className={styles.fieldValue} aria-live="off">
          {disabled ? '—' : valueText}
        </output>
      </div>
      {extra}
      <div className={styles.sliderRow}>
        <span className={styles.bound} aria-hidden="true">
          {format(min)}
        </span>
        <input
          id={id}
          name={name}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-valuetext={valueText}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
          className={styles.slider}
        />
        <span className={styles.bound} aria-hidden="true">
          {format(max)}
        </span>
        <button
          type="button"
          className={styles.reset}
          onClick={reset}
          disabled={isBaseline}
          aria-label={`Reset ${label} to baseline ${resetText}`}
          title={`Reset to baseline (${resetText})`}
        >
          ↺
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError} role="alert">
          {error}
        </p>
      ) : null}
      {hint ? <p className={styles.fieldHint}>{hint}</p> : null}
    </div>
  );
}

/** A slider field; re-renders only when its own props change. */
export const RangeField = memo(RangeFieldInner);
