'use client';
// A number field: native slider (role slider, arrow keys, aria-valuetext with the unit), an
// exact-value box beside it, and for nullable years a "never"/"no tunnel" checkbox that brings
// back the last year chosen when unticked.
import { memo, useId, useState } from 'react';
import { toShownNumber } from '@/lib/charts/assumption-edits';
import { formatFieldValue, type FieldSpec, type FieldValue, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import { FieldShell } from './field-shell';
import { NumberBox } from './number-box';
import styles from './fields.module.css';

export interface NumberFieldProps {
  field: NumberFieldSpec;
  value: number | null;
  baselineValue: number | null;
  onSet: (field: FieldSpec, value: FieldValue) => void;
  onReset: (field: FieldSpec) => void;
  error?: string | undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function NumberFieldInner({ field, value, baselineValue, onSet, onReset, error }: NumberFieldProps) {
  const id = useId();
  // The last number chosen, so unticking "never" brings it back.
  const [last, setLast] = useState(value ?? baselineValue ?? (typeof field.default === 'number' ? field.default : field.slider.min));
  if (value !== null && value !== last) setLast(value);
  const isNull = value === null;
  const shownValue = value ?? last;
  const scale = field.scale ?? 1;
  const text = formatFieldValue(field, value);
  return (
    <FieldShell
      field={field}
      controlId={id}
      unit={field.unit}
      valueText={text}
      baselineText={formatFieldValue(field, baselineValue)}
      isAtBaseline={value === baselineValue}
      onReset={() => onReset(field)}
      error={error}
      isDisabled={isNull}
    >
      {field.nullText !== undefined ? (
        <label className={styles.check}>
          <input
            type="checkbox"
            name={`${field.param}Null`}
            checked={isNull}
            onChange={(e) => onSet(field, e.currentTarget.checked ? null : last)}
          />
          {capitalise(field.nullText)}
        </label>
      ) : null}
      <div className={styles.sliderRow}>
        <input
          id={id}
          name={field.param}
          type="range"
          min={field.slider.min * scale}
          max={field.slider.max * scale}
          step={field.slider.step * scale}
          value={toShownNumber(field, shownValue)}
          disabled={isNull}
          aria-valuetext={isNull ? text : formatFieldValue(field, shownValue)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onSet(field, Math.round((Number(e.currentTarget.value) / scale) * 1e4) / 1e4)}
          className={styles.slider}
        />
        <NumberBox field={field} value={shownValue} isDisabled={isNull} onCommit={(v) => onSet(field, v)} id={`${id}-box`} />
      </div>
      <div className={styles.bounds} aria-hidden="true">
        <span>{formatFieldValue(field, field.slider.min)}</span>
        <span>{formatFieldValue(field, field.slider.max)}</span>
      </div>
    </FieldShell>
  );
}

/** A number field; re-renders only when its own value, baseline value or error changes. */
export const NumberField = memo(NumberFieldInner);
