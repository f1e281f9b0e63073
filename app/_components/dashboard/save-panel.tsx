'use client';
// Save the current slider state: as a new scenario (then go to its page), or, for a saved
// scenario, as changes at the version it was loaded at (a stale version is a conflict).
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { saveScenarioAction, updateScenarioAction, type ActionResult } from '@/app/(dashboard)/scenarios/actions';
import { scenarioKeys } from '@/app/_queries/scenarios';
import type { Assumptions } from '@/lib/model/types';
import type { DashboardScenario } from './types';
import styles from './dashboard.module.css';
import { FieldError } from '@/app/_components/field-error';

export interface SavePanelProps {
  scenario: DashboardScenario;
  assumptions: Assumptions;
  /** The URL query to keep after saving (view choices such as the baseline). */
  isDirty: boolean;
  onFieldErrors: (errors: Record<string, string>) => void;
  /** Called after "Save changes" succeeded with the stored scenario. */
  onUpdated: (scenario: DashboardScenario) => void;
}

type Status = { kind: 'idle' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string; isConflict: boolean };

function describeFailure(result: Extract<ActionResult, { ok: false }>): Status {
  if (result.kind === 'conflict') {
    return {
      kind: 'error',
      isConflict: true,
      message:
        'This scenario was changed elsewhere since you opened it, so your changes were not saved. Reload to see the stored version (your slider values stay in the address), then save again.',
    };
  }
  if (result.kind === 'invalid') return { kind: 'error', isConflict: false, message: 'Some fields are not valid; see the messages next to them.' };
  return { kind: 'error', isConflict: false, message: result.message };
}

export function SavePanel({ scenario, assumptions, isDirty, onFieldErrors, onUpdated }: SavePanelProps) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [descriptionError, setDescriptionError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [isPending, startTransition] = useTransition();

  const applyErrors = (result: ActionResult) => {
    const errors = result.ok ? {} : result.fieldErrors;
    setNameError(errors.name);
    setDescriptionError(errors.description);
    onFieldErrors(errors);
  };

  const saveAsNew = () =>
    startTransition(async () => {
      setStatus({ kind: 'idle' });
      const result = await saveScenarioAction({ name, description, assumptions });
      applyErrors(result);
      if (!result.ok) return setStatus(describeFailure(result));
      await queryClient.invalidateQueries({ queryKey: scenarioKeys.all });
      setStatus({ kind: 'saved', message: `Saved “${result.scenario.name}”. Opening it…` });
      router.push(`/scenarios/${encodeURIComponent(result.scenario.id)}`);
    });

  const saveChanges = () =>
    startTransition(async () => {
      setStatus({ kind: 'idle' });
      const result = await updateScenarioAction(scenario.id, { version: scenario.version, assumptions });
      applyErrors(result);
      if (!result.ok) return setStatus(describeFailure(result));
      await queryClient.invalidateQueries({ queryKey: scenarioKeys.all });
      const s = result.scenario;
      onUpdated({ id: s.id, name: s.name, description: s.description, isPreset: s.isPreset, version: s.version, assumptions: s.assumptions });
      setStatus({ kind: 'saved', message: `Saved changes to “${s.name}” (version ${s.version}).` });
    });

  return (
    <section className={styles.save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Save</h2>
      {!scenario.isPreset ? (
        <>
          <p className={styles.notice}>
            Store the sliders in “{scenario.name}” (loaded at version {scenario.version}).
          </p>
          <div className={styles.saveActions}>
            <button type="button" className="button" onClick={saveChanges} disabled={isPending || !isDirty} data-action="save-changes">
              Save changes
            </button>
          </div>
        </>
      ) : (
        <p className={styles.notice}>Presets are read-only: save your changes as a new scenario.</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveAsNew();
        }}
        noValidate
      >
        <label htmlFor={`${id}-name`}>Name of the new scenario</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.currentTarget.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          autoComplete="off"
        />
        <FieldError id={`${id}-name-error`} label="Name" message={nameError} className={styles.fieldError} />
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          name="description"
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.currentTarget.value)}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? `${id}-description-error` : undefined}
        />
        <FieldError id={`${id}-description-error`} label="Description" message={descriptionError} className={styles.fieldError} />
        <div className={styles.saveActions}>
          <button type="submit" className={scenario.isPreset ? 'button' : 'button button-secondary'} disabled={isPending}>
            Save as new scenario
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {status.kind === 'saved' ? <p className={styles.status}>{status.message}</p> : null}
        {status.kind === 'error' ? (
          <div className={styles.statusError} role="alert" data-status={status.isConflict ? 'conflict' : 'error'}>
            {status.message}
            {status.isConflict ? (
              <div className={styles.saveActions}>
                <button type="button" className="button button-small" onClick={() => window.location.reload()}>
                  Reload
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
