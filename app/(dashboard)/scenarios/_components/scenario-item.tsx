'use client';
// One scenario in the list: open link, details, compare checkbox, and its actions. Presets are
// read-only (duplicate only). Rename sends the version the row was read at when editing began,
// so a change made elsewhere meanwhile is reported as a conflict and never overwritten.
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ScenarioListItem } from '@/app/_queries/scenarios';
import { deleteScenarioAction, duplicateScenarioAction, updateScenarioAction } from '../actions';
import { formatUpdatedAt } from './format-updated';
import { useRefreshScenarios } from './use-refresh-scenarios';
import styles from './scenarios.module.css';

type Mode = { kind: 'view' } | { kind: 'rename'; version: number } | { kind: 'confirm-delete' };
type Problem = { kind: 'conflict' | 'not-found' | 'other'; message: string } | null;

export interface ScenarioItemProps {
  scenario: ScenarioListItem;
  isSelected: boolean;
  /** True when the most scenarios that can be compared are already ticked. */
  isSelectionFull: boolean;
  onToggleSelected: (id: string, isChecked: boolean) => void;
  onDeleted: (scenario: ScenarioListItem) => void;
  /** Puts a sentence in the list's live region. */
  onAnnounce: (message: string) => void;
}

const UNREACHABLE = 'The server did not answer; nothing was changed. Try again.';

/** A list item with the scenario's name, description, last update and version. */
export function ScenarioItem({ scenario, isSelected, isSelectionFull, onToggleSelected, onDeleted, onAnnounce }: ScenarioItemProps) {
  const id = useId();
  const refresh = useRefreshScenarios();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [problem, setProblem] = useState<Problem>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const renameInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Which button gets the focus back when an inline editor closes (it is unmounted while open).
  const returnFocusTo = useRef<'rename' | 'delete' | null>(null);

  useEffect(() => {
    if (mode.kind === 'rename') renameInput.current?.select();
    else if (mode.kind === 'confirm-delete') confirmButton.current?.focus();
    else if (returnFocusTo.current === 'rename') renameButton.current?.focus();
    else if (returnFocusTo.current === 'delete') deleteButton.current?.focus();
    returnFocusTo.current = null;
  }, [mode.kind]);

  function close(focus: 'rename' | 'delete' | null) {
    returnFocusTo.current = focus;
    setMode({ kind: 'view' });
    setNameError(null);
  }

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mode.kind !== 'rename') return;
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    if (name.trim() === scenario.name) {
      close('rename'); // nothing to save: do not spend a version on it
      return;
    }
    setIsPending(true);
    setProblem(null);
    try {
      const result = await updateScenarioAction(scenario.id, { version: mode.version, name });
      if (result.ok) {
        // Announce once the list shows the change, so the message never precedes it.
        await refresh();
        close('rename');
        onAnnounce(`Renamed to “${result.scenario.name}”.`);
      } else if (result.kind === 'invalid') {
        setNameError(result.fieldErrors.name ? `Name ${result.fieldErrors.name}` : result.message);
        renameInput.current?.focus();
      } else if (result.kind === 'conflict') {
        setProblem({
          kind: 'conflict',
          message: `Not renamed: “${scenario.name}” was changed elsewhere after you started editing, so your name “${name.trim()}” was not saved. Reload to see the current version, then rename it again.`,
        });
      } else {
        setProblem({ kind: result.kind === 'not-found' ? 'not-found' : 'other', message: result.message });
      }
    } catch {
      setProblem({ kind: 'other', message: UNREACHABLE });
    } finally {
      setIsPending(false);
    }
  }

  async function onDuplicate() {
    setIsPending(true);
    setProblem(null);
    try {
      const result = await duplicateScenarioAction(scenario.id);
      if (!result.ok) {
        setProblem({ kind: result.kind === 'not-found' ? 'not-found' : 'other', message: result.message });
        return;
      }
      await refresh();
      onAnnounce(`Duplicated as “${result.scenario.name}”.`);
    } catch {
      setProblem({ kind: 'other', message: UNREACHABLE });
    } finally {
      setIsPending(false);
    }
  }

  async function onConfirmDelete() {
    setIsPending(true);
    setProblem(null);
    try {
      const result = await deleteScenarioAction(scenario.id);
      if (!result.ok && result.kind !== 'not-found') {
        setProblem({ kind: 'other', message: result.message });
        return;
      }
      await refresh();
      onDeleted(scenario);
    } catch {
      setProblem({ kind: 'other', message: UNREACHABLE });
    } finally {
      setIsPending(false);
    }
  }

  async function onReload() {
    setProblem(null);
    close('rename');
    await refresh();
  }

  function onEditorKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(mode.kind === 'rename' ? 'rename' : 'delete');
    }
  }

  const titleId = `${id}-title`;
  return (
    <li className={styles.item} data-scenario-id={scenario.id} aria-labelledby={titleId}>
      <div className={styles.itemHead}>
        <input
          type="checkbox"
          id={`${id}-select`}
          className={styles.checkbox}
          checked={isSelected}
          disabled={!isSelected && isSelectionFull}
          onChange={(e) => onToggleSelected(scenario.id, e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-select`} className={styles.visuallyHidden}>
          Compare {scenario.name}
        </label>
        <h3 id={titleId} className={styles.itemTitle}>
          <Link href={`/scenarios/${encodeURIComponent(scenario.id)}`}>{scenario.name}</Link>
        </h3>
        {scenario.isPreset ? <span className={styles.badge}>Preset · read-only</span> : null}
      </div>
      {scenario.description ? <p className={styles.description}>{scenario.description}</p> : null}
      <p className={styles.meta}>
        Updated <time dateTime={scenario.updatedAt}>{formatUpdatedAt(scenario.updatedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span>version {scenario.version}</span>
      </p>

      {mode.kind === 'rename' ? (
        <form className={styles.inlineForm} onSubmit={onRename} onKeyDown={onEditorKeyDown} noValidate>
          <label htmlFor={`${id}-rename`}>New name</label>
          <input
            ref={renameInput}
            id={`${id}-rename`}
            name="name"
            type="text"
            defaultValue={scenario.name}
            maxLength={200}
            autoComplete="off"
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? `${id}-rename-error` : undefined}
          />
          <button type="submit" className={styles.primaryButton} disabled={isPending}>
            Save name
          </button>
          <button type="button" className={styles.button} onClick={() => close('rename')}>
            Cancel
          </button>
          {nameError ? (
            <p id={`${id}-rename-error`} className={styles.fieldError}>
              {nameError}
            </p>
          ) : null}
        </form>
      ) : null}

      {mode.kind === 'confirm-delete' ? (
        <div className={styles.confirm} role="group" aria-label={`Confirm deleting ${scenario.name}`} onKeyDown={onEditorKeyDown}>
          <p>Delete “{scenario.name}”? This cannot be undone.</p>
          <button ref={confirmButton} type="button" className={styles.dangerButton} onClick={onConfirmDelete} disabled={isPending}>
            Yes, delete
          </button>
          <button type="button" className={styles.button} onClick={() => close('delete')}>
            Cancel
          </button>
        </div>
      ) : null}

      {problem ? (
        <div role="alert" className={styles.formError} data-problem={problem.kind}>
          <p>{problem.message}</p>
          {problem.kind === 'conflict' || problem.kind === 'not-found' ? (
            <button type="button" className={styles.button} onClick={onReload}>
              Reload
            </button>
          ) : null}
        </div>
      ) : null}

      {mode.kind === 'view' ? (
        <div className={styles.actions}>
          {!scenario.isPreset ? (
            <button
              ref={renameButton}
              type="button"
              className={styles.button}
              aria-label={`Rename ${scenario.name}`}
              onClick={() => {
                setProblem(null);
                setMode({ kind: 'rename', version: scenario.version });
              }}
            >
              Rename
            </button>
          ) : null}
          <button type="button" className={styles.button} aria-label={`Duplicate ${scenario.name}`} onClick={onDuplicate} disabled={isPending}>
            Duplicate
          </button>
          {!scenario.isPreset ? (
            <button
              ref={deleteButton}
              type="button"
              className={styles.button}
              aria-label={`Delete ${scenario.name}`}
              onClick={() => {
                setProblem(null);
                setMode({ kind: 'confirm-delete' });
              }}
            >
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
