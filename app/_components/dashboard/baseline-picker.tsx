'use client';
// Picks the baseline drawn dashed: the loaded scenario (default), a preset or a saved scenario.
// The list (and the parser of its response) loads when the picker is first used or a baseline is
// already chosen, not while the page starts (ADR 044).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { scenarioListQuery } from '@/app/_queries/scenarios';
import styles from './dashboard.module.css';

export interface BaselinePickerProps {
  /** The loaded scenario (the default baseline). */
  scenarioId: string;
  scenarioName: string;
  /** null = the loaded scenario. */
  baseId: string | null;
  onChange: (baseId: string | null) => void;
  isLoading: boolean;
  error: string | null;
}

export function BaselinePicker({ scenarioId, scenarioName, baseId, onChange, isLoading, error }: BaselinePickerProps) {
  const [isWanted, setWanted] = useState(false);
  const list = useQuery({ ...scenarioListQuery(), enabled: isWanted || baseId !== null });
  const want = () => setWanted(true);
  const others = (list.data ?? []).filter((s) => s.id !== scenarioId);
  const presets = others.filter((s) => s.isPreset);
  const saved = others.filter((s) => !s.isPreset);
  const value = baseId ?? '';
  const isKnown = value === '' || others.some((s) => s.id === value);
  return (
    <label className={styles.toolbarLabel}>
      Baseline (dashed)
      <select
        value={value}
        onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        onFocus={want}
        onPointerEnter={want}
        name="base"
      >
        <option value="">{`This scenario as stored: ${scenarioName}`}</option>
        {!isKnown ? <option value={value}>{value}</option> : null}
        {presets.length > 0 ? (
          <optgroup label="Presets">
            {presets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {saved.length > 0 ? (
          <optgroup label="Saved scenarios">
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      {isLoading ? <span className={styles.notice}>loading…</span> : null}
      {error ? (
        <span className={styles.fieldError} role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
