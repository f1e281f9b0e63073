'use client';
// The scenario list (presets first, then saved ones) with selection for comparison.
// Rendered from the server's list, then kept fresh by TanStack Query (invalidated after actions).
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useCallback, useId, useState } from 'react';
import { scenarioListQuery, type ScenarioSummary } from '@/app/_queries/scenarios';
import { MAX_COMPARED_SCENARIOS } from '@/lib/schemas/scenario-limits';
import { ScenarioItem } from './scenario-item';
import styles from './scenarios.module.css';

/** Most scenarios /compare accepts (CompareIdsSchema). */
const MAX_COMPARED = MAX_COMPARED_SCENARIOS;
const MIN_COMPARED = 2;

export interface ScenarioListProps {
  /** The list as the server read it for this request. */
  initialScenarios: ScenarioSummary[];
}

/** Presets and saved scenarios, each with its actions, and a Compare link for 2–4 ticked ones. */
export function ScenarioList({ initialScenarios }: ScenarioListProps) {
  const id = useId();
  const { data: scenarios = initialScenarios, isError, error } = useQuery({ ...scenarioListQuery(), initialData: initialScenarios });
  const [selected, setSelected] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const toggle = useCallback((scenarioId: string, isChecked: boolean) => {
    setSelected((prev) => (isChecked ? (prev.includes(scenarioId) ? prev : [...prev, scenarioId]) : prev.filter((s) => s !== scenarioId)));
  }, []);
  const onDeleted = useCallback((scenario: ScenarioSummary) => {
    setSelected((prev) => prev.filter((s) => s !== scenario.id));
    setAnnouncement(`Deleted “${scenario.name}”.`);
  }, []);

  const present = new Set(scenarios.map((s) => s.id));
  const chosen = selected.filter((s) => present.has(s));
  const canCompare = chosen.length >= MIN_COMPARED && chosen.length <= MAX_COMPARED;
  const isFull = chosen.length >= MAX_COMPARED;
  const presets = scenarios.filter((s) => s.isPreset);
  const saved = scenarios.filter((s) => !s.isPreset);

  const renderItems = (items: ScenarioSummary[]) =>
    items.map((scenario) => (
      <ScenarioItem
        key={scenario.id}
        scenario={scenario}
        isSelected={chosen.includes(scenario.id)}
        isSelectionFull={isFull}
        onToggleSelected={toggle}
        onDeleted={onDeleted}
        onAnnounce={setAnnouncement}
      />
    ));

  return (
    <>
      <div className={styles.compareBar} role="region" aria-label="Compare scenarios">
        <p id={`${id}-compare-hint`} className={styles.compareHint}>
          {chosen.length === 0
            ? `Tick ${MIN_COMPARED} to ${MAX_COMPARED} scenarios to compare them.`
            : `${chosen.length} selected${isFull ? ` (the most that can be compared)` : ''}.`}
        </p>
        {canCompare ? (
          <Link className={styles.primaryButton} href={`/compare?ids=${chosen.map(encodeURIComponent).join(',')}`}>
            Compare {chosen.length} scenarios
          </Link>
        ) : (
          <button type="button" className={styles.primaryButton} disabled aria-describedby={`${id}-compare-hint`}>
            Compare
          </button>
        )}
        {chosen.length > 0 ? (
          <button type="button" className={styles.linkButton} onClick={() => setSelected([])}>
            Clear selection
          </button>
        ) : null}
      </div>
      <p role="status" className={styles.status}>
        {announcement}
      </p>
      {isError ? (
        <p role="alert" className={styles.formError}>
          The list could not be refreshed ({error.message}); it may be out of date.
        </p>
      ) : null}
      <section aria-labelledby={`${id}-presets`}>
        <h2 id={`${id}-presets`} className={styles.sectionTitle}>
          Presets <span className={styles.sectionNote}>read-only</span>
        </h2>
        <ul className={styles.list} aria-label="Preset scenarios">
          {renderItems(presets)}
        </ul>
      </section>
      <section aria-labelledby={`${id}-saved`}>
        <h2 id={`${id}-saved`} className={styles.sectionTitle}>
          Saved scenarios
        </h2>
        {saved.length === 0 ? (
          <p className={styles.empty}>No saved scenarios yet: create one above, or duplicate a preset.</p>
        ) : (
          <ul className={styles.list} aria-label="Saved scenarios">
            {renderItems(saved)}
          </ul>
        )}
      </section>
    </>
  );
}
