// Speed budget: one full 2025–2100 run ≤ 0.1 ms median in Node, so the browser can rerun the
// engine every animation frame. Run: npx vitest bench --run --project unit
// The engine reuses the previous run's ice table while the ice assumptions are unchanged (most
// slider steps), so "ice-free year changes every run" measures the slower, ice-slider case.
import { bench, describe } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import { summarize } from '@/lib/model/summarize';
import { makeCatalog } from '../../builders';

const catalog = makeCatalog();
const to2100 = { ...DEFAULT_ASSUMPTIONS, horizonYear: 2100 };
const iceFreeYears = [2060, 2061];
const alternatingIce = iceFreeYears.map((iceFreeYear) => ({
  ...to2100,
  ice: { ...to2100.ice, iceFreeYear },
}));

describe('simulate, one run', () => {
  for (const preset of PRESETS) {
    bench(`preset ${preset.id} (to ${preset.assumptions.horizonYear})`, () => {
      simulate(catalog, preset.assumptions);
    });
  }
  bench('default assumptions to 2100', () => {
    simulate(catalog, to2100);
  });
  let i = 0;
  bench('to 2100, ice-free year changes every run', () => {
    i = 1 - i;
    simulate(catalog, alternatingIce[i] ?? to2100);
  });
});

describe('summarize, one result', () => {
  const result = simulate(catalog, to2100);
  bench('default assumptions to 2100', () => {
    summarize(result, to2100);
  });
});

describe('simulate, 1,000 runs', () => {
  bench('default assumptions × 1,000', () => {
    for (let k = 0; k < 1000; k += 1) simulate(catalog, DEFAULT_ASSUMPTIONS);
  }, { iterations: 20 });
});
