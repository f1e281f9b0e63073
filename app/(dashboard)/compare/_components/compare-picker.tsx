'use client';
// The scenarios of a comparison, picked on the page: the compared ones in their colours, each
// with a Remove button, and a list of the others to add (up to four in all). Every change goes
// into the URL (`?ids=`), and the server draws the new comparison; lib/compare/picker.ts decides.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useTransition } from 'react';
import { addCompared, compareHref, listPickerOptions, removeCompared, type PickableScenario } from '@/lib/compare/picker';
import { MAX_COMPARED_SCENARIOS } from '@/lib/schemas/scenario-limits';
import { ScenarioSwatch } from './scenario-key';
import styles from './compare.module.css';

export interface ComparePickerProps {
  /** Every scenario that can be compared (presets first, as on the Scenarios page). */
  scenarios: PickableScenario[];
  /** The compared scenarios, in the order of the link. */
  compared: PickableScenario[];
}

/** The compared scenarios with Remove buttons, and "Add a scenario". Keyboard: Tab, arrows in the list, Enter. */
export function ComparePicker({ scenarios, compared }: ComparePickerProps) {
  const id = useId();
  const router = useRouter();
  const select = useRef<HTMLSelectElement>(null);
  const [isPending, startTransition] = useTransition();
  const ids = compared.map((s) => s.id);
  const options = listPickerOptions(scenarios, ids);

  function go(next: string[]) {
    startTransition(() => router.push(compareHref(next), { scroll: false }));
  }

  function onAdd() {
    const chosen = select.current?.value;
    if (chosen) go(addCompared(ids, chosen));
  }

  function onRemove(scenarioId: string) {
    go(removeCompared(ids, scenarioId));
    select.current?.focus(); // the Remove button disappears with its row
  }

  const canAdd = !options.isFull && options.presets.length + options.saved.length > 0;
  return (
    <section className={styles.picker} aria-labelledby={`${id}-title`} aria-busy={isPending}>
      <h2 id={`${id}-title`} className={styles.pickerTitle}>
        Scenarios compared{' '}
        <span className={styles.note}>
          ({compared.length} of at most {MAX_COMPARED_SCENARIOS})
        </span>
      </h2>
      {compared.length > 0 ? (
        <ol className={styles.key} aria-label="Compared scenarios">
          {compared.map((s, i) => (
            <li key={s.id} data-scenario-id={s.id}>
              <ScenarioSwatch index={i} />
              <Link href={`/scenarios/${encodeURIComponent(s.id)}`} prefetch={false}>
                {s.name}
              </Link>
              {s.isPreset ? <span className={styles.badge}>preset</span> : null}
              <button
                type="button"
                className={styles.removeButton}
                aria-label={`Remove ${s.name}`}
                onClick={() => onRemove(s.id)}
                disabled={isPending}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div className={styles.addRow}>
        <label htmlFor={`${id}-add`}>Add a scenario</label>
        <select id={`${id}-add`} ref={select} disabled={!canAdd} defaultValue="">
          {canAdd ? null : <option value="">{options.isFull ? 'The comparison is full' : 'No other scenarios'}</option>}
          {options.presets.length > 0 ? (
            <optgroup label="Presets">
              {options.presets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {options.saved.length > 0 ? (
            <optgroup label="Saved scenarios">
              {options.saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        <button type="button" className={styles.addButton} onClick={onAdd} disabled={!canAdd || isPending}>
          Add
        </button>
        <span role="status" className={styles.note}>
          {isPending ? 'Updating the comparison…' : ''}
        </span>
      </div>
    </section>
  );
}
