// Pure: reads no database, clock or globals. The headline figures of compared scenarios side by
// side, with each scenario's difference from the first (the reference of the comparison).

/** One headline figure of one scenario. */
export interface HeadlineFigure {
  /** Stable key, e.g. "cumulativeProductionMt". */
  key: string;
  label: string;
  /** Unit shown after the number ("Mt", "%", "USD/t"); "" for calendar years. */
  unit: string;
  /** Calendar years are shown without grouping and their differences in years. */
  kind: 'quantity' | 'year';
  /** null = does not exist in this scenario (e.g. never ice-free, no payback). */
  value: number | null;
  /** What a null value means in words ("never", "no tunnel"); default "–". */
  missingText?: string;
}

/** One row of the comparison: a figure's value in every scenario and its change from the first. */
export interface HeadlineDifferenceRow {
  key: string;
  label: string;
  unit: string;
  kind: HeadlineFigure['kind'];
  /** What a null value means in words ("–" when the figures say nothing). */
  missingText: string;
  /** One value per scenario, in the order given (null = not reached or missing). */
  values: (number | null)[];
  /** Value minus the first scenario's, per scenario (the first's is 0); null if either is null. */
  deltas: (number | null)[];
  /** Whether the values are not all the same (nulls compare equal to each other only). */
  differs: boolean;
}

/**
 * Rows for the union of figure keys (the first scenario's order, then new keys in the order
 * met). A figure a scenario lacks counts as null. Empty input gives [].
 */
export function listHeadlineDifferences(figuresByScenario: readonly (readonly HeadlineFigure[])[]): HeadlineDifferenceRow[] {
  const meta = new Map<string, HeadlineFigure>();
  for (const figures of figuresByScenario) for (const f of figures) if (!meta.has(f.key)) meta.set(f.key, f);
  return [...meta.values()].map(({ key, label, unit, kind, missingText = '–' }) => {
    const values = figuresByScenario.map((figures) => figures.find((f) => f.key === key)?.value ?? null);
    const first = values[0] ?? null;
    const deltas = values.map((v) => (v === null || first === null ? null : v - first));
    const differs = values.some((v) => v !== first);
    return { key, label, unit, kind, missingText, values, deltas, differs };
  });
}
