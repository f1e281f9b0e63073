// Engine benchmarks in plain Node: one full run of each preset and of the default assumptions to
// 2100, the ice-slider case, 1,000 runs as one batch, and `summarize`. Speed budget (issue 3): one
// full 2025–2100 run ≤ 0.1 ms median, so the browser can rerun the engine every animation frame.
// Method: warm up, then time BATCHES batches of RUNS_PER_BATCH runs of each case, cases interleaved
// so that a burst of load hits them all alike; figures are µs per run over the batches.
// Run: npx tsx scripts/bench-engine.ts
import { DEFAULT_ASSUMPTIONS, PRESETS } from '../lib/model/presets';
import { runEngine } from '../lib/model/engine';
import { simulate, toSimulationResult } from '../lib/model/simulate';
import { summarize, summaryOptions } from '../lib/model/summarize';
import type { Assumptions } from '../lib/model/types';
import { makeCatalog } from '../tests/builders';

const WARM_UP_RUNS = 3000;
const BATCHES = 200;
const RUNS_PER_BATCH = 100;

const catalog = makeCatalog();
const to2100: Assumptions = { ...DEFAULT_ASSUMPTIONS, horizonYear: 2100 };
// The engine reuses its ice table while the ice assumptions stay the same (most slider steps);
// alternating the ice-free year measures the slower ice-slider case.
const alternatingIce = [2060, 2061].map((iceFreeYear) => ({ ...to2100, ice: { ...to2100.ice, iceFreeYear } }));
const result2100 = simulate(catalog, to2100);
const run2100 = runEngine(catalog, to2100);
const summary2100 = summaryOptions(to2100, { tunnelRoute: 'Tunnel Rail', destination: 'Shanghai', costYear: 2050 });

interface Case {
  label: string;
  /** Runs the case once; `k` counts calls. */
  once: (k: number) => void;
}

const cases: Case[] = [
  ...PRESETS.map((p) => ({
    label: `preset ${p.id} (to ${p.assumptions.horizonYear})`,
    once: () => void simulate(catalog, p.assumptions),
  })),
  { label: 'default assumptions to 2100', once: () => void simulate(catalog, to2100) },
  // The same run with the yearly loop in TypeScript instead of the WebAssembly kernel (ADR 092).
  {
    label: 'default to 2100, TypeScript loop (the reference; browsers without WebAssembly)',
    once: () => void toSimulationResult(runEngine(catalog, to2100, true, { loop: 'typescript' })),
  },
  // The same run split in two (ADR 026): the engine into its reused buffers, as a sampler reading
  // the summary would use it, and building the public result (one array per series) from it.
  { label: 'default to 2100, engine only (`runEngine`, buffers reused)', once: () => void runEngine(catalog, to2100, true) },
  { label: 'default to 2100, building the result only (`toSimulationResult`)', once: () => void toSimulationResult(run2100) },
  {
    label: 'to 2100, ice-free year changing every run',
    once: (k) => void simulate(catalog, alternatingIce[k & 1] ?? to2100),
  },
  { label: '`summarize`, one result to 2100', once: () => void summarize(result2100, summary2100) },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const us = (ms: number) => (ms * 1000).toFixed(1);

function main() {
  for (let k = 0; k < WARM_UP_RUNS; k += 1) for (const c of cases) c.once(k);
  const perRunMs = cases.map(() => [] as number[]);
  for (let batch = 0; batch < BATCHES; batch += 1) {
    cases.forEach((c, i) => {
      const t0 = performance.now();
      for (let k = 0; k < RUNS_PER_BATCH; k += 1) c.once(k);
      perRunMs[i]?.push((performance.now() - t0) / RUNS_PER_BATCH);
    });
  }
  console.log(
    `engine, µs per run (${BATCHES} batches of ${RUNS_PER_BATCH} runs after ${WARM_UP_RUNS} warm-up runs; Node ${process.version})`,
  );
  console.log('| case | min | median | p95 |');
  console.log('| --- | ---: | ---: | ---: |');
  cases.forEach((c, i) => {
    const xs = perRunMs[i] ?? [];
    console.log(`| ${c.label} | ${us(quantile(xs, 0))} | ${us(quantile(xs, 0.5))} | ${us(quantile(xs, 0.95))} |`);
  });
  const thousand: number[] = [];
  for (let rep = 0; rep < 20; rep += 1) {
    const t0 = performance.now();
    for (let k = 0; k < 1000; k += 1) simulate(catalog, DEFAULT_ASSUMPTIONS);
    thousand.push(performance.now() - t0);
  }
  console.log(
    `1,000 runs of the default (to ${DEFAULT_ASSUMPTIONS.horizonYear}), whole batch, ms: ` +
      `min ${quantile(thousand, 0).toFixed(1)}, median ${quantile(thousand, 0.5).toFixed(1)} (20 batches)`,
  );
}

main();
