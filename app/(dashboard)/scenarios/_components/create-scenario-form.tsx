'use client';
// Create a scenario from the default assumptions or from a preset's, with a name (required) and
// an optional description. Errors appear next to their field; the server re-validates.
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from '@/app/_components/field-error';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { Assumptions } from '@/lib/model/types';
import { toFieldErrors, type FieldErrors } from '@/lib/schemas/field-errors';
import { ScenarioCreateSchema, SCENARIO_DESCRIPTION_MAX_LENGTH, SCENARIO_NAME_MAX_LENGTH } from '@/lib/schemas/scenario';
import { useCreateScenario } from './use-scenario-mutations';
import styles from './scenarios.module.css';

const DEFAULT_SOURCE = 'default';
const UNREACHABLE = 'The scenario could not be saved: the server did not answer. Try again.';

function startingAssumptions(source: string): Assumptions {
  return PRESETS.find((p) => p.id === source)?.assumptions ?? DEFAULT_ASSUMPTIONS;
}

/** The "New scenario" form. */
export function CreateScenarioForm() {
  const id = useId();
  const create = useCreateScenario();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      name: String(data.get('name') ?? ''),
      description: String(data.get('description') ?? ''),
      assumptions: startingAssumptions(String(data.get('source') ?? DEFAULT_SOURCE)),
    };
    // Same schema as the server action: instant feedback, one set of messages.
    const parsed = ScenarioCreateSchema.safeParse(input);
    if (!parsed.success) {
      create.reset();
      setFieldErrors(toFieldErrors(parsed.error));
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setFieldErrors({});
    create.mutate(parsed.data, {
      onSuccess: (result) => (result.ok ? form.reset() : setFieldErrors(result.fieldErrors)),
    });
  }

  const result = create.data;
  const created = result?.ok ? result.scenario : null;
  const formError = create.isError ? UNREACHABLE : result && !result.ok && result.kind !== 'invalid' ? result.message : null;
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
            maxLength={SCENARIO_NAME_MAX_LENGTH}
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
            maxLength={SCENARIO_DESCRIPTION_MAX_LENGTH}
            aria-invalid={descriptionError ? 'true' : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
          />
          <FieldError id={`${id}-description-error`} label="Description" message={descriptionError} className={styles.fieldError} />
        </div>
        <div className={styles.formActions}>
          <button type="submit" className={styles.primaryButton} disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create scenario'}
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
              Created “{created.name}”.{' '}
              <Link href={`/scenarios/${created.id}`} prefetch={false}>
                Open it
              </Link>
            </>
          ) : null}
        </p>
      </form>
    </section>
  );
}
