// Golden results: every series of each preset at every 5th year, rounded to 6 significant digits.
// They pin the engine's outputs; change them only on purpose, with a reason in the commit (and an
// ADR if model behaviour changed). Regenerate with:
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
  };
}

describe('golden preset results', () => {
  it.each(PRESETS.map((p) => p.id))('match the stored results for preset %s', (id) => {
    const file = resolve(folder, `${id}.json`);
    const actual = goldenOf(id);
    if (isUpdating || !existsSync(file)) {
      if (!isUpdating) throw new Error(`missing golden file ${id}.json: run with UPDATE_GOLDEN=1`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect(actual.years).toEqual(expected.years);
    expect(actual.series.map((s) => `${s.variable}@${s.region} [${s.unit}]`)).toEqual(
      expected.series.map((s) => `${s.variable}@${s.region} [${s.unit}]`),
    );
    expected.series.forEach((s, i) => {
      s.values.forEach((e, t) => {
        const a = actual.series[i]?.values[t] ?? null;
        if (e === null) return expect(a, `${s.variable} ${expected.years[t]}`).toBeNull();
        // Relative comparison at 5 significant digits: scale by the magnitude first.
        const scale = e === 0 ? 1 : Math.abs(e);
        expect((a ?? Number.NaN) / scale, `${s.variable}@${s.region} ${expected.years[t]}`).toBeCloseTo(e / scale, 5);
      });
    });
  });
});
