'use client';
// A text box for an exact value beside a slider. The text is read on Enter or when the box loses
// focus (not on every key, so "2050" is not refused at "2"); refused text shows the rule and
// changes nothing; Escape brings back the current value.
import { useState, type KeyboardEvent } from 'react';
import { parseTypedValue, toShownNumber } from '@/lib/charts/assumption-edits';
import type { NumberFieldSpec } from '@/lib/model/assumption-fields';
import styles from './fields.module.css';

export interface NumberBoxProps {
  field: NumberFieldSpec;
  /** The stored value shown while nobody types. */
  value: number;
  isDisabled: boolean;
  /** Called with a valid value in the stored unit. */
  onCommit: (value: number) => void;
  id: string;
}

/** The exact-value box of a number field. */
export function NumberBox({ field, value, isDisabled, onCommit, id }: NumberBoxProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const shown = String(toShownNumber(field, value));

  const commit = () => {
    if (draft === null) return;
    const read = parseTypedValue(field, draft);
    if (!read.ok) return setMessage(read.message);
    setMessage(null);
    setDraft(null);
    if (read.value !== value) onCommit(read.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(null);
      setMessage(null);
    }
  };
  return (
    <>
      <input
        id={id}
        name={`${field.param}Value`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={styles.box}
        value={draft ?? shown}
        disabled={isDisabled}
        aria-label={`${field.label}, exact value${field.unit ? ` in ${field.unit}` : ''}`}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {message ? (
        <p id={`${id}-message`} className={styles.error} role="alert" data-box-error={field.param}>
          {message}
        </p>
      ) : null}
    </>
  );
}
