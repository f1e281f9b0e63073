'use client';
// One scenario in the list: open link, details, compare checkbox, and its actions. Presets are
// read-only (duplicate only). Rename sends the version the row was read at when editing began,
// so a change made elsewhere meanwhile is reported as a conflict and never overwritten. Every
// change is a TanStack mutation (use-scenario-mutations.ts); the alert shows the last one's problem.
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioSummary } from '@/lib/schemas/scenario';
import { formatUpdatedAt } from './format-updated';
import { DeleteConfirm, RenameForm } from './scenario-editors';
import { latestProblem } from './scenario-problem';
import { useRefreshScenarios } from './use-refresh-scenarios';
import { useDeleteScenario, useDuplicateScenario, useRenameScenario } from './use-scenario-mutations';
import styles from './scenarios.module.css';

type Mode = { kind: 'view' } | { kind: 'rename'; version: number } | { kind: 'confirm-delete' };

export interface ScenarioItemProps {
  scenario: ScenarioSummary;
  isSelected: boolean;
  /** True when the most scenarios that can be compared are already ticked. */
  isSelectionFull: boolean;
  onToggleSelected: (id: string, isChecked: boolean) => void;
  onDeleted: (scenario: ScenarioSummary) => void;
  /** Puts a sentence in the list's live region. */
  onAnnounce: (message: string) => void;
}

/** A list item with the scenario's name, description, last update and version. */
export function ScenarioItem({ scenario, isSelected, isSelectionFull, onToggleSelected, onDeleted, onAnnounce }: ScenarioItemProps) {
  const id = useId();
  const refresh = useRefreshScenarios();
  const rename = useRenameScenario(scenario.id);
  const duplicate = useDuplicateScenario(scenario.id);
  const remove = useDeleteScenario(scenario.id, () => onDeleted(scenario));
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
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

  const renamed = rename.data;
  const nameError =
    renamed && !renamed.ok && renamed.kind === 'invalid'
      ? renamed.fieldErrors.name
        ? `Name ${renamed.fieldErrors.name}`
        : renamed.message
      : null;
  const attempted = rename.variables?.name.trim() ?? '';
  const problem = latestProblem([
    {
      outcome: rename,
      ignored: ['invalid'],
      conflictText: `Not renamed: “${scenario.name}” was changed elsewhere after you started editing, so your name “${attempted}” was not saved. Reload to see the current version, then rename it again.`,
    },
    { outcome: duplicate },
    { outcome: remove },
  ]);
  const isPending = rename.isPending || duplicate.isPending || remove.isPending;

  function resetAll() {
    rename.reset();
    duplicate.reset();
    remove.reset();
  }

  function open(next: Mode) {
    resetAll();
    setMode(next);
  }

  function close(focus: 'rename' | 'delete' | null) {
    returnFocusTo.current = focus;
    setMode({ kind: 'view' });
    if (rename.data && !rename.data.ok && rename.data.kind === 'invalid') rename.reset();
  }

  function onRename(name: string) {
    if (mode.kind !== 'rename') return;
    if (name.trim() === scenario.name) {
      close('rename'); // nothing to save: do not spend a version on it
      return;
    }
    rename.mutate(
      { version: mode.version, name },
      {
        onSuccess: (result) => {
          if (result.ok) {
            close('rename');
            onAnnounce(`Renamed to “${result.scenario.name}”.`);
          } else if (result.kind === 'invalid') renameInput.current?.focus();
        },
      },
    );
  }

  function onDuplicate() {
    resetAll();
    duplicate.mutate(undefined, { onSuccess: (result) => result.ok && onAnnounce(`Duplicated as “${result.scenario.name}”.`) });
  }

  async function onReload() {
    resetAll();
    close('rename');
    await refresh();
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
          <Link href={`/scenarios/${encodeURIComponent(scenario.id)}`} prefetch={false}>
            {scenario.name}
          </Link>
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
        <RenameForm
          id={id}
          name={scenario.name}
          inputRef={renameInput}
          error={nameError}
          isPending={isPending}
          onSubmit={onRename}
          onClose={() => close('rename')}
        />
      ) : null}

      {mode.kind === 'confirm-delete' ? (
        <DeleteConfirm
          name={scenario.name}
          confirmRef={confirmButton}
          isPending={isPending}
          onConfirm={() => remove.mutate()}
          onClose={() => close('delete')}
        />
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
              onClick={() => open({ kind: 'rename', version: scenario.version })}
            >
              Rename
            </button>
          ) : null}
          <button
            type="button"
            className={styles.button}
            aria-label={`Duplicate ${scenario.name}`}
            onClick={onDuplicate}
            disabled={isPending}
          >
            Duplicate
          </button>
          {!scenario.isPreset ? (
            <button
              ref={deleteButton}
              type="button"
              className={styles.button}
              aria-label={`Delete ${scenario.name}`}
              onClick={() => open({ kind: 'confirm-delete' })}
            >
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
