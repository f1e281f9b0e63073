'use client';
// The assumption controls, generated from the one table of assumption fields and grouped as it
// says (Ice, Link, Markets, Freight, Access, Cooperation; DESIGN.md "Pages"). No per-field code:
// a new row in the table is a new control here. On phones each group folds behind a button that
// says how many of its settings differ from the baseline (ADR 094); on wider screens every group
// is always open and the button is not shown. When the browser said it is a phone, the server sends
// the folded groups without their controls, and a group's controls mount when it first opens, or
// all of them once the screen turns out wide (ADR 095).
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { fieldValueOf, resetFieldValue, setFieldValue, summariseGroup } from '@/lib/charts/assumption-edits';
import {
  ASSUMPTION_FIELDS,
  FIELD_GROUPS,
  fieldsOfGroup,
  isSameAssumptions,
  type FieldGroup,
  type FieldSpec,
  type FieldValue,
} from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';
import { NumberField } from './fields/number-field';
import { BooleanField, ChoiceField } from './fields/toggle-field';
import styles from './dashboard.module.css';
import fieldStyles from './fields/fields.module.css';

export interface SliderPanelProps {
  assumptions: Assumptions;
  /** What the per-field resets restore (the baseline scenario). */
  baseline: Assumptions;
  setAssumptions: Dispatch<SetStateAction<Assumptions>>;
  onResetAll: () => void;
  /** Field errors from a save, keyed by dotted path ("assumptions.link.capacityMtPerYear"). */
  fieldErrors: Record<string, string>;
  /** The table the controls are generated from (default: the assumption table). */
  fields?: readonly FieldSpec[];
  /** Folded groups start without their controls (the browser said it is a phone; ADR 095). */
  isPhoneClient?: boolean;
}

/** The stacked layout, where groups fold: the same width as the `max-width: 860px` rules in dashboard.module.css. */
const NARROW_QUERY = '(max-width: 860px)';

const errorOf = (errors: Record<string, string>, f: FieldSpec): string | undefined =>
  errors[`assumptions.${f.path}`] ?? (f.kind === 'number' && f.sumGroup ? errors[`assumptions.${f.sumGroup}`] : undefined);

interface ControlProps {
  field: FieldSpec;
  value: FieldValue;
  baselineValue: FieldValue;
  onSet: (field: FieldSpec, value: FieldValue) => void;
  onReset: (field: FieldSpec) => void;
  error: string | undefined;
}

/** The control for one field, by its kind. */
function FieldControl({ field, value, baselineValue, ...rest }: ControlProps) {
  switch (field.kind) {
    case 'number':
      return (
        <NumberField
          field={field}
          value={typeof value === 'number' ? value : null}
          baselineValue={typeof baselineValue === 'number' ? baselineValue : null}
          {...rest}
        />
      );
    case 'boolean':
      return <BooleanField field={field} value={value} baselineValue={baselineValue} {...rest} />;
    case 'choice':
      return <ChoiceField field={field} value={value} baselineValue={baselineValue} {...rest} />;
    default: {
      const never: never = field;
      throw new Error(`unknown field kind in ${JSON.stringify(never)}`);
    }
  }
}

function SliderPanelInner({
  assumptions,
  baseline,
  setAssumptions,
  onResetAll,
  fieldErrors,
  fields = ASSUMPTION_FIELDS,
  isPhoneClient = false,
}: SliderPanelProps) {
  // Stable handlers: every field gets the same two functions, so a memoised field re-renders only
  // when its own value, baseline value or error changes (moving one slider redraws one field).
  const latest = useRef({ baseline, fields });
  useLayoutEffect(() => {
    latest.current = { baseline, fields };
  });
  const onSet = useCallback(
    (field: FieldSpec, value: FieldValue) => setAssumptions((prev) => setFieldValue(prev, field, value, latest.current.fields)),
    [setAssumptions],
  );
  const onReset = useCallback(
    (field: FieldSpec) => setAssumptions((prev) => resetFieldValue(prev, field, latest.current.baseline, latest.current.fields)),
    [setAssumptions],
  );
  const isDirty = !isSameAssumptions(assumptions, baseline, fields);
  // Groups unfolded on a phone (ignored by the wide layout, where every group shows).
  const [openGroups, setOpenGroups] = useState<ReadonlySet<FieldGroup>>(() => new Set());
  // Groups whose controls are mounted although folded (opened once), and whether all are: always,
  // unless the server left the folded ones out for a phone and the screen is still narrow.
  const [mountedGroups, setMountedGroups] = useState<ReadonlySet<FieldGroup>>(() => new Set());
  const [isAllMounted, setAllMounted] = useState(!isPhoneClient);
  useEffect(() => {
    if (isAllMounted) return;
    const narrow = window.matchMedia(NARROW_QUERY);
    const update = () => {
      if (!narrow.matches) setAllMounted(true);
    };
    update();
    narrow.addEventListener('change', update);
    return () => narrow.removeEventListener('change', update);
  }, [isAllMounted]);
  const toggleGroup = (group: FieldGroup) => {
    setOpenGroups((prev) => {
      const next = new Set(prev);
      if (!next.delete(group)) next.add(group);
      return next;
    });
    setMountedGroups((prev) => (prev.has(group) ? prev : new Set(prev).add(group)));
  };
  const idPrefix = useId();

  return (
    <form className={styles.panel} aria-labelledby="assumptions-title" onSubmit={(e) => e.preventDefault()}>
      <div className={styles.panelHead}>
        <h2 id="assumptions-title" className={styles.panelTitle}>
          Assumptions
        </h2>
        <button type="button" className="button button-small" onClick={onResetAll} disabled={!isDirty}>
          Reset all
        </button>
      </div>
      {FIELD_GROUPS.map((group) => {
        const inGroup = fieldsOfGroup(group, fields);
        if (inGroup.length === 0) return null;
        // A group with a field error from a save is always open, so the error can be seen.
        const isOpen = openGroups.has(group) || inGroup.some((f) => errorOf(fieldErrors, f) !== undefined);
        const summary = summariseGroup(inGroup, assumptions, baseline);
        const bodyId = `${idPrefix}-${group}`;
        return (
          <fieldset key={group} className={styles.group} data-group={group} data-open={isOpen ? '' : undefined}>
            <legend className={styles.groupLegend}>
              <span className={styles.groupName}>{group}</span>
              <button
                type="button"
                className={styles.groupToggle}
                aria-expanded={isOpen}
                aria-controls={bodyId}
                onClick={() => toggleGroup(group)}
                data-group-toggle={group}
              >
                <span className={styles.groupToggleName}>{group}</span>{' '}
                <span className={summary.changed > 0 ? styles.groupChanged : styles.groupCount}>{summary.text}</span>
              </button>
            </legend>
            <div id={bodyId} className={styles.groupBody}>
              {(isAllMounted || isOpen || mountedGroups.has(group) ? inGroup : []).map((field, i) => {
                const sumGroup = field.kind === 'number' ? field.sumGroup : undefined;
                const startsSumGroup =
                  sumGroup !== undefined && !inGroup.slice(0, i).some((f) => f.kind === 'number' && f.sumGroup === sumGroup);
                return (
                  <div key={field.path}>
                    {startsSumGroup ? <p className={fieldStyles.note}>These add up to 100 %: moving one rescales the others.</p> : null}
                    <FieldControl
                      field={field}
                      value={fieldValueOf(field, assumptions)}
                      baselineValue={fieldValueOf(field, baseline)}
                      onSet={onSet}
                      onReset={onReset}
                      error={errorOf(fieldErrors, field)}
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </form>
  );
}

/** The grouped controls; a change re-renders only the fields whose value moved. */
export const SliderPanel = memo(SliderPanelInner);
