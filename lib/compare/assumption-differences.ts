// Pure: reads no database, clock or globals. Which assumptions differ between compared
// scenarios, as table rows with labels, units and display text.
import { ASSUMPTION_FIELDS, formatFieldValue, type FieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';

/** One assumption that differs: its contract path, a label and one display text per scenario. */
export interface AssumptionDifferenceRow {
  /** Dotted path in the assumptions contract, e.g. "link.openYear". */
  path: string;
  label: string;
  /** Display text per scenario, in the order the scenarios were given. */
  values: string[];
}

const plain = (v: unknown) => (typeof v === 'number' ? String(v) : JSON.stringify(v));

/** Leaf values of a nested object by dotted path, in key order (arrays and null are leaves). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/**
 * The assumptions whose values are not all equal across the scenarios, in table order (known
 * fields first, then any others by path). A field missing in one scenario counts as different and
 * shows "–". With fewer than two scenarios nothing differs: returns [].
 */
export function listAssumptionDifferences(
  assumptions: readonly Assumptions[],
  fields: readonly FieldSpec[] = ASSUMPTION_FIELDS,
): AssumptionDifferenceRow[] {
  if (assumptions.length < 2) return [];
  const flat = assumptions.map((a) => flatten(a));
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const known = [...byPath.keys()];
  const others = [...new Set(flat.flatMap((f) => [...f.keys()]))].filter((p) => !known.includes(p)).sort();
  const rows: AssumptionDifferenceRow[] = [];
  for (const path of [...known, ...others]) {
    const raw = flat.map((f) => (f.has(path) ? { value: f.get(path) } : null));
    if (raw.every((r) => r === null)) continue;
    const keys = raw.map((r) => (r === null ? '\u0000missing' : JSON.stringify(r.value)));
    if (keys.every((k) => k === keys[0])) continue;
    const field = byPath.get(path);
    rows.push({
      path,
      label: field?.label ?? path,
      values: raw.map((r) => (r === null ? '–' : field !== undefined ? formatFieldValue(field, r.value) : plain(r.value))),
    });
  }
  return rows;
}
