'use client';
// A yes/no field as a switch (a checkbox with role switch) and a fixed-list field as a select.
import { memo, useId } from 'react';
import {
  formatFieldValue,
  type BooleanFieldSpec,
  type ChoiceFieldSpec,
  type FieldSpec,
  type FieldValue,
} from '@/lib/model/assumption-fields';
import { FieldShell } from './field-shell';
import styles from './fields.module.css';

interface Props<F> {
  field: F;
  value: FieldValue;
  baselineValue: FieldValue;
  onSet: (field: FieldSpec, value: FieldValue) => void;
  onReset: (field: FieldSpec) => void;
  error?: string | undefined;
}

function BooleanFieldInner({ field, value, baselineValue, onSet, onReset, error }: Props<BooleanFieldSpec>) {
  const id = useId();
  const isOn = value === true;
  return (
    <FieldShell
      field={field}
      controlId={id}
      baselineText={formatFieldValue(field, baselineValue)}
      isAtBaseline={value === baselineValue}
      onReset={() => onReset(field)}
      error={error}
      hasLabel={false}
    >
      <label className={styles.check}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          name={field.param}
          aria-label={field.label}
          checked={isOn}
          onChange={(e) => onSet(field, e.currentTarget.checked)}
        />
        <span aria-hidden="true">{formatFieldValue(field, isOn)}</span>
      </label>
    </FieldShell>
  );
}

function ChoiceFieldInner({ field, value, baselineValue, onSet, onReset, error }: Props<ChoiceFieldSpec>) {
  const id = useId();
  return (
    <FieldShell
      field={field}
      controlId={id}
      baselineText={formatFieldValue(field, baselineValue)}
      isAtBaseline={value === baselineValue}
      onReset={() => onReset(field)}
      error={error}
    >
      <select
        id={id}
        name={field.param}
        className={styles.select}
        value={String(value)}
        onChange={(e) => onSet(field, e.currentTarget.value)}
      >
        {field.options.map((o) => (
          <option key={o} value={o}>
            {field.optionLabels[o] ?? o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A yes/no field; re-renders only when its own props change. */
export const BooleanField = memo(BooleanFieldInner);
/** A fixed-list field; re-renders only when its own props change. */
export const ChoiceField = memo(ChoiceFieldInner);
