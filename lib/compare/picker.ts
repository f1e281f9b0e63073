// Pure: reads no database, clock or globals. The scenario picker of /compare: which scenarios can
// still be added, what adding or removing one does to the list of ids, and the link that carries
// the list (`/compare?ids=a,b`), so the URL always says what is compared (ADR 058).
import { MAX_COMPARED_SCENARIOS } from '@/lib/schemas/scenario-limits';

/** A scenario the picker can offer. */
export interface PickableScenario {
  id: string;
  name: string;
  isPreset: boolean;
}

/** The scenarios not yet compared, split like the Scenarios page (presets first, in list order). */
export interface PickerOptions {
  presets: PickableScenario[];
  saved: PickableScenario[];
  /** True when the comparison already holds the most scenarios it can show. */
  isFull: boolean;
}

/** The link of a comparison of `ids` in this order; "/compare" (the picker alone) when empty. */
export function compareHref(ids: readonly string[]): string {
  return ids.length === 0 ? '/compare' : `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * `ids` with `id` appended; unchanged when it is already there or the comparison is full
 * (`max`, default 4). The first id stays first: it is the reference of the changes (ADR 051).
 */
export function addCompared(ids: readonly string[], id: string, max = MAX_COMPARED_SCENARIOS): string[] {
  if (ids.includes(id) || ids.length >= max) return [...ids];
  return [...ids, id];
}

/** `ids` without `id`, the others in their order. */
export function removeCompared(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}

/** What the picker offers next to the compared `ids`: every other scenario, unless the comparison is full. */
export function listPickerOptions(
  scenarios: readonly PickableScenario[],
  ids: readonly string[],
  max = MAX_COMPARED_SCENARIOS,
): PickerOptions {
  const isFull = ids.length >= max;
  const open = isFull ? [] : scenarios.filter((s) => !ids.includes(s.id));
  return { presets: open.filter((s) => s.isPreset), saved: open.filter((s) => !s.isPreset), isFull };
}
