'use client';
// Create a scenario from the default assumptions or from a preset's, with a name (required) and
// an optional description. Errors appear next to their field; the server re-validates.
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { Assumptions } from '@/lib/model/types';
import { toFieldIssues } from '@/lib/schemas/assumptions';
import { ScenarioCreateSchema } from '@/lib/schemas/scenario';
import { saveScenarioAction } from '../actions';
import { useRefreshScenarios } from './use-refresh-scenarios';
import styles from './scenarios.module.css';
import { FieldError } from '@/app/_components/field-error';

const DEFAULT_SOURCE = 'default';

function startingAssumptions(source: string): Assumptions {
  return PRESETS.find((p) => p.id === source)?.assumptions ?? DEFAULT_ASSUMPTIONS;
}

function errorsByField(issues: { path: string; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** The "New scenario" form. */
export function CreateScenarioForm() {
  const id = useId();
  const refresh = useRefreshScenarios();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      name: String(data.get('name') ?? ''),
      description: String(data.get('description') ?? ''),
      assumptions: startingAssumptions(String(data.get('source') ?? DEFAULT_SOURCE)),
    };
    setCreated(null);
    setFormError(null);
    // Same schema as the server action: instant feedback, one set of messages.
    const parsed = ScenarioCreateSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(errorsByField(toFieldIssues(parsed.error)));
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsPending(true);
    try {
      const result = await saveScenarioAction(parsed.data);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.kind === 'invalid' ? null : result.message);
        return;
      }
      setFieldErrors({});
      form.reset();
      await refresh();
      setCreated({ id: result.scenario.id, name: result.scenario.name });
    } catch {
      setFormError('The scenario could not be saved: the server did not answer. Try again.');
    } finally {
      setIsPending(false);
    }
  }

  const nameError = fieldErrors.name;
  const descriptionError = fieldErrors.description;
  const otherErrors = Object.entries(fieldErrors).filter(([path]) => path !== 'name' && path !== 'description');

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        New scenario
      </h2>
      <form className={styles.createForm} onSubmit={onSubmit} noValidate aria-describedby={formError ? `${id}-form-error` : undefined}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            maxLength={200}
            autoComplete="off"
            aria-required="true"
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={() => nameError && setFieldErrors(({ name: _name, ...rest }) => rest)}
          />
          <FieldError id={`${id}-name-error`} label="Name" message={nameError} className={styles.fieldError} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-source`}>Start from</label>
          <select id={`${id}-source`} name="source" defaultValue={DEFAULT_SOURCE}>
            <option value={DEFAULT_SOURCE}>Default assumptions</option>
            {PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                Preset: {preset.name}
              </option>
            ))}
          </select>
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor={`${id}-description`}>
            Description <span className={styles.optional}>(optional)</span>
          </label>
          <textarea
            id={`${id}-description`}
            name="description"
            rows={2}
            aria-invalid={descriptionError ? 'true' : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
          />
          <FieldError id={`${id}-description-error`} label="Description" message={descriptionError} className={styles.fieldError} />
        </div>
        <div className={styles.formActions}>
          <button type="submit" className={styles.primaryButton} disabled={isPending}>
            {isPending ? 'Creating…' : 'Create scenario'}
          </button>
        </div>
        {otherErrors.length > 0 || formError ? (
          <div id={`${id}-form-error`} role="alert" className={styles.formError}>
            {formError ? <p>{formError}</p> : null}
            {otherErrors.map(([path, message]) => (
              <p key={path}>
                {path}: {message}
              </p>
            ))}
          </div>
        ) : null}
        <p role="status" className={styles.status}>
          {created ? (
            <>
              Created “{created.name}”. <Link href={`/scenarios/${created.id}`}>Open it</Link>
            </>
          ) : null}
        </p>
      </form>
    </section>
  );
}
