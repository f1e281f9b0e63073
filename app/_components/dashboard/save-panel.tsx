'use client';
// Save the current slider state: as a new scenario (then open it, still compared with the
// baseline chosen here), or, for a saved scenario, as changes at the version it was loaded at (a
// stale version is a conflict). Both are TanStack Query mutations over the server actions; starting
// one clears the other's outcome, so the status always speaks of the last save.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { saveScenarioAction, updateScenarioAction, type ActionResult } from '@/app/(dashboard)/scenarios/actions';
import { FieldError } from '@/app/_components/field-error';
import { scenarioKeys } from '@/app/_queries/scenarios';
import type { Assumptions } from '@/lib/model/types';
import { SCENARIO_DESCRIPTION_MAX_LENGTH, SCENARIO_NAME_MAX_LENGTH } from '@/lib/schemas/scenario-limits';
import type { DashboardScenario } from './types';
import styles from './dashboard.module.css';

export interface SavePanelProps {
  scenario: DashboardScenario;
  assumptions: Assumptions;
  isDirty: boolean;
  /** The baseline the user compares against; the saved scenario opens with it (`base=`). */
  baseId: string;
  onFieldErrors: (errors: Record<string, string>) => void;
  /** Called after "Save changes" succeeded with the stored scenario. */
  onUpdated: (scenario: DashboardScenario) => void;
}

type Failure = { message: string; isConflict: boolean };

const CONFLICT =
  'This scenario was changed elsewhere since you opened it, so your changes were not saved. Reload to see the stored version (your slider values stay in the address), then save again.';

function describeFailure(result: ActionResult | undefined, error: Error | null): Failure | null {
  if (error) return { message: `Could not save: ${error.message}`, isConflict: false };
  if (!result || result.ok) return null;
  if (result.kind === 'conflict') return { message: CONFLICT, isConflict: true };
  if (result.kind === 'invalid') return { message: 'Some fields are not valid; see the messages next to them.', isConflict: false };
  return { message: result.message, isConflict: false };
}

export function SavePanel({ scenario, assumptions, isDirty, baseId, onFieldErrors, onUpdated }: SavePanelProps) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  const fieldErrorsOf = (result: ActionResult) => {
    const errors = result.ok ? {} : result.fieldErrors;
    onFieldErrors(errors);
    return errors;
  };
  const create = useMutation({
    mutationFn: () => saveScenarioAction({ name, description, assumptions }),
    onSuccess: async (result) => {
      fieldErrorsOf(result);
      if (!result.ok) return;
      await queryClient.invalidateQueries({ queryKey: scenarioKeys.all });
      router.push(`/scenarios/${encodeURIComponent(result.scenario.id)}?base=${encodeURIComponent(baseId)}`);
    },
  });
  const update = useMutation({
    mutationFn: () => updateScenarioAction(scenario.id, { version: scenario.version, assumptions }),
    onSuccess: async (result) => {
      fieldErrorsOf(result);
      if (!result.ok) return;
      await queryClient.invalidateQueries({ queryKey: scenarioKeys.all });
      const s = result.scenario;
      onUpdated({
        id: s.id,
        name: s.name,
        description: s.description,
        isPreset: s.isPreset,
        version: s.version,
        assumptions: s.assumptions as Assumptions,
      });
    },
  });
  const isPending = create.isPending || update.isPending;
  const createErrors = create.data && !create.data.ok ? create.data.fieldErrors : {};
  const failure = describeFailure(create.data, create.error) ?? describeFailure(update.data, update.error);
  const saved = create.data?.ok
    ? `Saved “${create.data.scenario.name}”. Opening it…`
    : update.data?.ok
      ? `Saved changes to “${update.data.scenario.name}” (version ${update.data.scenario.version}).`
      : null;

  return (
    <section className={styles.save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Save</h2>
      {!scenario.isPreset ? (
        <div className={styles.saveActions}>
          <button
            type="button"
            className="button"
            onClick={() => {
              create.reset();
              update.mutate();
            }}
            disabled={isPending || !isDirty}
            data-action="save-changes"
          >
            Save changes
          </button>
          <span className={styles.notice}>
            to “{scenario.name}” (version {scenario.version})
          </span>
        </div>
      ) : (
        <p className={styles.notice}>Presets are read-only: save your changes as a new scenario.</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.reset();
          create.mutate();
        }}
        noValidate
      >
        <label htmlFor={`${id}-name`}>Name of the new scenario</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          value={name}
          maxLength={SCENARIO_NAME_MAX_LENGTH}
          onChange={(e) => setName(e.currentTarget.value)}
          aria-invalid={createErrors.name ? true : undefined}
          aria-describedby={createErrors.name ? `${id}-name-error` : undefined}
          autoComplete="off"
        />
        <FieldError id={`${id}-name-error`} label="Name" message={createErrors.name} className={styles.fieldError} />
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          name="description"
          value={description}
          maxLength={SCENARIO_DESCRIPTION_MAX_LENGTH}
          onChange={(e) => setDescription(e.currentTarget.value)}
          aria-invalid={createErrors.description ? true : undefined}
          aria-describedby={createErrors.description ? `${id}-description-error` : undefined}
        />
        <FieldError id={`${id}-description-error`} label="Description" message={createErrors.description} className={styles.fieldError} />
        <div className={styles.saveActions}>
          <button type="submit" className={scenario.isPreset ? 'button' : 'button button-secondary'} disabled={isPending}>
            Save as new scenario
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {saved ? <p className={styles.status}>{saved}</p> : null}
        {failure ? (
          <div className={styles.statusError} role="alert" data-status={failure.isConflict ? 'conflict' : 'error'}>
            {failure.message}
            {failure.isConflict ? (
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
