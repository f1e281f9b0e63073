'use client';
// The inline editors of a scenario row: the rename form and the delete confirmation. Both close
// on Escape; the row decides what happens on submit.
import type { FormEvent, KeyboardEvent, RefObject } from 'react';
import { SCENARIO_NAME_MAX_LENGTH } from '@/lib/schemas/scenario-limits';
import styles from './scenarios.module.css';

const onEscape = (close: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  close();
};

export interface RenameFormProps {
  id: string;
  name: string;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | null;
  isPending: boolean;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** "New name" with Save and Cancel; the input is limited to the schema's name length. */
export function RenameForm({ id, name, inputRef, error, isPending, onSubmit, onClose }: RenameFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get('name') ?? ''));
  }
  return (
    <form className={styles.inlineForm} onSubmit={submit} onKeyDown={onEscape(onClose)} noValidate>
      <label htmlFor={`${id}-rename`}>New name</label>
      <input
        ref={inputRef}
        id={`${id}-rename`}
        name="name"
        type="text"
        defaultValue={name}
        maxLength={SCENARIO_NAME_MAX_LENGTH}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-rename-error` : undefined}
      />
      <button type="submit" className={styles.primaryButton} disabled={isPending}>
        Save name
      </button>
      <button type="button" className={styles.button} onClick={onClose}>
        Cancel
      </button>
      {error ? (
        <p id={`${id}-rename-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </form>
  );
}

export interface DeleteConfirmProps {
  name: string;
  confirmRef: RefObject<HTMLButtonElement | null>;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The second, explicit step before a delete (ADR 052). */
export function DeleteConfirm({ name, confirmRef, isPending, onConfirm, onClose }: DeleteConfirmProps) {
  return (
    <div className={styles.confirm} role="group" aria-label={`Confirm deleting ${name}`} onKeyDown={onEscape(onClose)}>
      <p>Delete “{name}”? This cannot be undone.</p>
      <button ref={confirmRef} type="button" className={styles.dangerButton} onClick={onConfirm} disabled={isPending}>
        Yes, delete
      </button>
      <button type="button" className={styles.button} onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
