import { describe, expect, it } from 'vitest';
import { toValueTicks, toYearTicks } from '@/lib/charts/ticks';
import type { LineDef } from '@/lib/charts/types';

const line = (key: string): LineDef => ({
  key,
  label: key,
  unit: 'Mt',
  color: '#000',
  group: key,
  source: { variable: key, region: 'World', scenario: 'current' },
});

describe('toValueTicks', () => {
  it('starts at 0 and ends at a nice number above the highest value', () => {
    expect(
      toValueTicks(
        [
          { year: 2025, a: 12 },
          { year: 2026, a: 147 },
        ],
        [line('a')],
      ),
    ).toEqual([0, 50, 100, 150]);
  });

  it('ignores nulls and lines not listed (hidden)', () => {
    expect(
      toValueTicks(
        [
          { year: 2025, a: null, b: 1000 },
          { year: 2026, a: 3.2, b: 2000 },
        ],
        [line('a')],
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a top tick above a highest value just past a multiple of the step', () => {
    // A span a hair over 2.5 rounds up to a step of 1; the highest value 0.001 needs the tick at 1.
    expect(
      toValueTicks(
        [
          { year: 2025, a: 0.001 },
          { year: 2026, a: -2.4990000000000006 },
        ],
        [line('a')],
      ),
    ).toEqual([-3, -2, -1, 0, 1]);
  });

  it('goes below zero for negative values', () => {
    const ticks = toValueTicks(
      [
        { year: 2025, a: -40 },
        { year: 2026, a: 90 },
      ],
      [line('a')],
    );
    expect(ticks[0]).toBeLessThanOrEqual(-40);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(90);
  });

  it('spans 0 to 1 without values', () => {
    const ticks = toValueTicks([], [line('a')]);
    expect([ticks[0], ticks.at(-1)]).toEqual([0, 1]);
  });

  it('has no float noise in small steps', () => {
    expect(toValueTicks([{ year: 2025, a: 0.7 }], [line('a')])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});

describe('toYearTicks', () => {
  it('ticks every 10 years over half a century', () => {
    expect(toYearTicks([{ year: 2025 }, { year: 2075 }])).toEqual([2030, 2040, 2050, 2060, 2070]);
  });

  it('ticks every 10 years from the observations on too', () => {
    expect(toYearTicks([{ year: 1979 }, { year: 2075 }])).toEqual([1980, 1990, 2000, 2010, 2020, 2030, 2040, 2050, 2060, 2070]);
  });

  it('ticks every 10 years over a short span and gives nothing for no rows', () => {
    expect(toYearTicks([{ year: 2025 }, { year: 2050 }])).toEqual([2030, 2040, 2050]);
    expect(toYearTicks([])).toEqual([]);
  });
});
