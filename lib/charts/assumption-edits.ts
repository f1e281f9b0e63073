// Pure: reads no database, clock or globals. What the dashboard's assumption controls do to the
// assumptions, for any field of the table (lib/model/assumption-fields.ts): set a value (shares
// of a sum group rebalance, a pathway brings its central ice-free year), reset to the baseline,
// read an exact value typed in a number box, and the texts of a field's info panel.
import {
  ASSUMPTION_FIELDS,
  formatFieldValue,
  getAtPath,
  isSameAssumptions,
  setAtPath,
  type FieldSpec,
  type FieldValue,
  type NumberFieldSpec,
} from '@/lib/model/assumption-fields';
import { PATHWAY_ICE_FREE_YEAR } from '@/lib/model/presets';
import type { Pathway } from '@/lib/model/types';

/** Rounds away float noise (0.1 + 0.2) at 4 decimals, as the URL does. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The fields sharing `field`'s sum group, in table order (empty when it has none). */
export function sumGroupOf(field: FieldSpec, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): NumberFieldSpec[] {
  if (field.kind !== 'number' || field.sumGroup === undefined) return [];
  return fields.filter((f): f is NumberFieldSpec => f.kind === 'number' && f.sumGroup === field.sumGroup);
}

/**
 * Sets one member of a sum-to-1 group to `value` (clamped to 0..1) and rescales the others in
 * proportion so the group still adds up to 1 (the last one takes the rounding remainder); when the
 * others are all zero they share the rest equally.
 */
function setInSumGroup<T>(assumptions: T, field: NumberFieldSpec, value: number, group: NumberFieldSpec[]): T {
  const v = round4(Math.min(1, Math.max(0, value)));
  const others = group.filter((f) => f.path !== field.path);
  const rest = round4(1 - v);
  const otherSum = others.reduce((sum, f) => sum + Number(getAtPath(assumptions, f.path) ?? 0), 0);
  let next = setAtPath(assumptions, field.path, v);
  let given = 0;
  others.forEach((f, i) => {
    const isLast = i === others.length - 1;
    const own = Number(getAtPath(assumptions, f.path) ?? 0);
    const share = isLast ? round4(Math.max(0, rest - given)) : round4(otherSum > 0 ? (own / otherSum) * rest : rest / others.length);
    given += share;
    next = setAtPath(next, f.path, share);
  });
  return next;
}

/**
 * The assumptions with `field` set to `value` (in the field's stored unit, e.g. a share as a
 * fraction). Members of a sum group rebalance the others; choosing a sea-ice pathway also sets its
 * central first ice-free year (PATHWAY_ICE_FREE_YEAR, as the presets do). Returns the same object
 * when nothing changes.
 */
export function setFieldValue<T>(assumptions: T, field: FieldSpec, value: FieldValue, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): T {
  if (field.kind === 'number' && typeof value === 'number') {
    const group = sumGroupOf(field, fields);
    if (group.length > 1) return setInSumGroup(assumptions, field, value, group);
  }
  const next = setAtPath(assumptions, field.path, value);
  if (field.path === 'ice.pathway' && typeof value === 'string' && value in PATHWAY_ICE_FREE_YEAR) {
    return setAtPath(next, 'ice.iceFreeYear', PATHWAY_ICE_FREE_YEAR[value as Pathway]);
  }
  return next;
}

/**
 * The assumptions with `field` back at the baseline's value; a member of a sum group resets the
 * whole group (its members only make sense together). A field the baseline lacks takes its default.
 */
export function resetFieldValue<T>(
  assumptions: T,
  field: FieldSpec,
  baseline: unknown,
  fields: readonly FieldSpec[] = ASSUMPTION_FIELDS,
): T {
  const group = sumGroupOf(field, fields);
  const targets = group.length > 1 ? group : [field];
  return targets.reduce((next, f) => setAtPath(next, f.path, baselineValueOf(f, baseline)), assumptions);
}

/** A field's value in `assumptions`, or its default when missing (a field added after the scenario was saved). */
export function fieldValueOf(field: FieldSpec, assumptions: unknown): FieldValue {
  const value = getAtPath(assumptions, field.path);
  return value === undefined ? field.default : (value as FieldValue);
}

const baselineValueOf = (field: FieldSpec, baseline: unknown) => fieldValueOf(field, baseline);

/** Outcome of reading a number box: the value in the stored unit, or why the text is refused. */
export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

/** A bound as people read it, in the shown scale and unit ("100 %", "2100", "1000 Mt/yr"). */
const boundText = (f: NumberFieldSpec, stored: number) => formatFieldValue(f, stored);

/**
 * Reads text typed in a field's number box, in the shown scale (a share in percent): a plain
 * number (comma or dot decimal, surrounding spaces ignored) within the contract bounds (not the
 * slider's), whole where the field is. Anything else is refused with a sentence naming the rule.
 */
export function parseTypedValue(field: NumberFieldSpec, text: string): TypedValue {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed) && !/^-?\.\d+$/.test(trimmed)) return { ok: false, message: 'Type a number.' };
  const scale = field.scale ?? 1;
  const value = round4(Number(trimmed) / scale);
  if (field.isInteger && !Number.isInteger(value))
    return { ok: false, message: field.unit === '' ? 'Type a whole year.' : 'Type a whole number.' };
  const tooLow = field.isMinExclusive ? value <= field.min : value < field.min;
  if (tooLow || value > field.max) {
    const low = field.isMinExclusive ? `more than ${boundText(field, field.min)}` : boundText(field, field.min);
    return { ok: false, message: `Type a value from ${low} to ${boundText(field, field.max)}.` };
  }
  return { ok: true, value };
}

/** A number field's stored value as the number box and slider show it (scaled, rounded to its decimals). */
export function toShownNumber(field: NumberFieldSpec, value: number): number {
  return Number((value * (field.scale ?? 1)).toFixed(field.decimals));
}

/** The texts of a field's info panel. */
export interface FieldInfo {
  source: string;
  /** "Allowed 0–1000 Mt/yr; slider 10–500 Mt/yr", or the choices / yes-no texts. */
  range: string;
  /** "Low 70 · most likely 100 · high 400 Mt/yr (triangular)", or a note that it is a choice. */
  uncertainty: string;
  /** Where the uncertainty range comes from; empty when none is stated. */
  basis: string;
}

/** Source, range and stated uncertainty of a field, as the info button shows them. */
export function describeField(field: FieldSpec): FieldInfo {
  switch (field.kind) {
    case 'number': {
      const low = field.isMinExclusive ? `above ${boundText(field, field.min)}` : boundText(field, field.min);
      const nullPart = field.nullText ? `, or “${field.nullText}”` : '';
      const range = `Allowed ${low} to ${boundText(field, field.max)}${nullPart}; slider ${boundText(field, field.slider.min)} to ${boundText(field, field.slider.max)}.`;
      const d = field.distribution;
      const uncertainty = d
        ? `Low ${boundText(field, d.low)} · most likely ${boundText(field, d.mode)} · high ${boundText(field, d.high)} (triangular).`
        : 'No stated uncertainty: a scenario choice.';
      return { source: field.source, range, uncertainty, basis: d?.basis ?? '' };
    }
    case 'boolean':
      return {
        source: field.source,
        range: `${field.trueText} or ${field.falseText}.`,
        uncertainty: 'No stated uncertainty: a scenario choice.',
        basis: '',
      };
    case 'choice':
      return {
        source: field.source,
        range: `One of ${field.options.map((o) => field.optionLabels[o] ?? o).join('; ')}.`,
        uncertainty: 'No stated uncertainty: a scenario choice.',
        basis: '',
      };
    default: {
      const never: never = field;
      throw new Error(`unknown field kind in ${JSON.stringify(never)}`);
    }
  }
}

/** A slider group's line when it is folded (phones): how many settings it holds and how many differ. */
export interface GroupSummary {
  count: number;
  /** Fields whose value differs from the baseline's. */
  changed: number;
  /** "4 settings", "4 settings, 1 changed from baseline". */
  text: string;
}

/** Counts a group's fields and those that differ from the baseline (by isSameAssumptions, field by field). */
export function summariseGroup(fields: readonly FieldSpec[], assumptions: unknown, baseline: unknown): GroupSummary {
  const changed = fields.filter((f) => !isSameAssumptions(assumptions, baseline, [f])).length;
  const settings = `${fields.length} ${fields.length === 1 ? 'setting' : 'settings'}`;
  return { count: fields.length, changed, text: changed > 0 ? `${settings}, ${changed} changed from baseline` : settings };
}
