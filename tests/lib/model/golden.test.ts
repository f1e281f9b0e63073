// Golden results: every series of each preset at every 5th year, rounded to 6 significant digits.
// They pin the engine's outputs; change them only on purpose, with a reason in the commit (and an
// ADR if model behaviour changed) and a new MODEL_VERSION: the update refuses to move results that
// were stored by the same version, and every stored file must name the current version.
// Regenerate with:
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/lib/model/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import { MODEL_VERSION } from '@/lib/model/version';
import { makeCatalog } from '../../builders';

interface Golden {
  model: string;
  years: number[];
  series: { variable: string; region: string; unit: string; values: (number | null)[] }[];
  summary: Record<string, unknown>;
}

/** Every number in a value rounded to 6 significant digits (objects and arrays walked). */
function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return round(value);
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/golden');
const isUpdating = process.env.UPDATE_GOLDEN === '1';
const round = (v: number | null) => (v === null ? null : Number(v.toPrecision(6)));

function goldenOf(presetId: string): Golden {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (preset === undefined) throw new Error(`no preset ${presetId}`);
  const r = simulate(makeCatalog(), preset.assumptions);
  const keep = r.years.flatMap((y, t) => (y % 5 === 0 ? [t] : []));
  return {
    model: MODEL_VERSION,
    years: keep.map((t) => r.years[t] ?? 0),
    series: r.series.map((s) => ({ ...s, values: keep.map((t) => round(s.values[t] ?? null)) })),
    summary: roundDeep(r.summary) as Record<string, unknown>,
  };
}

/** The differences between two golden results at 5 significant digits, as readable lines. */
function listGoldenDifferences(expected: Golden, actual: Golden): string[] {
  const out: string[] = [];
  const key = (s: Golden['series'][number]) => `${s.variable}@${s.region} [${s.unit}]`;
  if (JSON.stringify(expected.years) !== JSON.stringify(actual.years)) out.push('years differ');
  const names = JSON.stringify(expected.series.map(key)) === JSON.stringify(actual.series.map(key));
  if (!names) out.push('series names differ');
  const close = (e: unknown, a: unknown): boolean => {
    if (typeof e === 'number' && typeof a === 'number') return Math.abs(a - e) <= 0.5e-5 * (e === 0 ? 1 : Math.abs(e));
    if (Array.isArray(e) && Array.isArray(a)) return e.length === a.length && e.every((x, i) => close(x, a[i]));
    if (e !== null && a !== null && typeof e === 'object' && typeof a === 'object') {
      const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
      return [...keys].every((k) => close((e as Record<string, unknown>)[k] ?? null, (a as Record<string, unknown>)[k] ?? null));
    }
    return e === a;
  };
  if (names) {
    expected.series.forEach((s, i) =>
      s.values.forEach((e, t) => {
        const a = actual.series[i]?.values[t] ?? null;
        if (!close(e, a)) out.push(`${key(s)} ${expected.years[t]}: ${e} → ${a}`);
      }),
    );
  }
  const keys = new Set([...Object.keys(expected.summary ?? {}), ...Object.keys(actual.summary)]);
  for (const k of keys) {
    const e = expected.summary?.[k] ?? null;
    const a = actual.summary[k] ?? null;
    if (!close(e, a)) out.push(`summary.${k}: ${JSON.stringify(e)} → ${JSON.stringify(a)}`);
  }
  return out;
}

describe('golden preset results', () => {
  it.each(PRESETS.map((p) => p.id))('match the stored results for preset %s', (id) => {
    const file = resolve(folder, `${id}.json`);
    const actual = goldenOf(id);
    if (isUpdating || !existsSync(file)) {
      if (!isUpdating) throw new Error(`missing golden file ${id}.json: run with UPDATE_GOLDEN=1`);
      if (existsSync(file)) {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as Golden;
        const moved = listGoldenDifferences(stored, actual);
        if (stored.model === MODEL_VERSION && moved.length > 0) {
          throw new Error(
            `golden results of ${id} move but MODEL_VERSION is still ${MODEL_VERSION}: bump it (${moved.slice(0, 3).join('; ')})`,
          );
        }
      }
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    // A stored result names the engine version that made it: results that match under another
    // version name mean the version moved without regenerating, results that differ mean the
    // engine moved without a new version.
    expect(expected.model, `${id}.json was stored by another engine version`).toBe(MODEL_VERSION);
    expect(listGoldenDifferences(expected, actual), `${id}: results differ from the stored ones`).toEqual([]);
  });
});

describe('golden comparison', () => {
  const base = (): Golden => ({
    model: MODEL_VERSION,
    years: [2025, 2030],
    series: [{ variable: 'Production|Oil', region: 'World', unit: 'Mt per year', values: [1, 2] }],
    summary: { linkNpvBnUsd: -3 },
  });

  it('finds no difference between equal results', () => {
    expect(listGoldenDifferences(base(), base())).toEqual([]);
  });

  it('names a moved value, a changed summary figure and renamed series', () => {
    const moved = base();
    moved.series[0] = { variable: 'Production|Oil', region: 'World', unit: 'Mt per year', values: [1, 2.001] };
    moved.summary = { linkNpvBnUsd: null };
    expect(listGoldenDifferences(base(), moved)).toEqual([
      'Production|Oil@World [Mt per year] 2030: 2 → 2.001',
      'summary.linkNpvBnUsd: -3 → null',
    ]);
    const renamed = base();
    renamed.series[0] = { variable: 'Production|Gas', region: 'World', unit: 'Mt per year', values: [1, 2] };
    expect(listGoldenDifferences(base(), renamed)).toEqual(['series names differ']);
  });
});
