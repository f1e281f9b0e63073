// Speed budget: one full 2025–2100 run ≤ 0.1 ms median in Node, so the browser can rerun the
// engine every animation frame. Run: npx vitest bench --run --project unit
import { bench, describe } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import { makeCatalog } from '../../builders';

const catalog = makeCatalog();
const to2100 = { ...DEFAULT_ASSUMPTIONS, horizonYear: 2100 };

describe('simulate, one run', () => {
  for (const preset of PRESETS) {
    bench(`preset ${preset.id} (to ${preset.assumptions.horizonYear})`, () => {
      simulate(catalog, preset.assumptions);
    });
  }
  bench('default assumptions to 2100', () => {
    simulate(catalog, to2100);
  });
});

describe('simulate, 1,000 runs', () => {
  bench('default assumptions × 1,000', () => {
    for (let i = 0; i < 1000; i += 1) simulate(catalog, DEFAULT_ASSUMPTIONS);
  }, { iterations: 20 });
});
