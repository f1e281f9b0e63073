// The engine's yearly loop runs in a WebAssembly kernel compiled from AssemblyScript (ADR 092); the
// TypeScript loop stays the reference. These tests hold the two to the same bits, check that the
// kernel is really the one running here, and that the committed bytes are what the source compiles to.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '@/lib/model/compile';
import { FIRST_YEAR } from '@/lib/model/defaults';
import { runEngine } from '@/lib/model/engine';
import { KERNEL_MAX_YEARS } from '@/lib/model/kernel';
import { KERNEL_WASM_BASE64 } from '@/lib/model/kernel/kernel-wasm';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { toSimulationResult } from '@/lib/model/simulate';
import type { Assumptions } from '@/lib/model/types';
import { takeWorkspace } from '@/lib/model/workspace';
import { makeCatalog } from '../../builders';
import { assumptionsArbitrary } from '../../support/arbitraries';
import { compileKernel } from '../../support/kernel-build';
import { fingerprint } from '../../support/run-fingerprint';

const RUNS = { numRuns: 120 };

describe('engine kernel (WebAssembly)', () => {
  it('is the loop the engine runs on a new catalog here (Node has WebAssembly)', () => {
    const ws = takeWorkspace(compileCatalog(makeCatalog()));
    expect(ws.kernel).not.toBeNull();
  });

  it('gives the same bits as the TypeScript loop on the default, every preset and the default to 2100', () => {
    const catalog = makeCatalog();
    const scenarios = [DEFAULT_ASSUMPTIONS, { ...DEFAULT_ASSUMPTIONS, horizonYear: 2100 }, ...PRESETS.map((p) => p.assumptions)];
    for (const a of scenarios) {
      const kernel = fingerprint(runEngine(catalog, a, false, {}));
      const reference = fingerprint(runEngine(catalog, a, false, { loop: 'typescript' }));
      expect(isDeepStrictEqual(kernel, reference)).toBe(true);
    }
    expect(takeWorkspace(compileCatalog(catalog)).kernel).not.toBeNull();
  });

  it('gives the same bits as the TypeScript loop on any scenario, with fresh or reused buffers (property)', () => {
    const catalog = makeCatalog();
    fc.assert(
      fc.property(assumptionsArbitrary(), fc.boolean(), (a: Assumptions, isReusing: boolean) => {
        const reference = fingerprint(runEngine(catalog, a, false, { loop: 'typescript' }));
        const kernel = fingerprint(runEngine(catalog, a, isReusing, {}));
        expect(isDeepStrictEqual(kernel, reference)).toBe(true);
      }),
      RUNS,
    );
    expect(takeWorkspace(compileCatalog(catalog)).kernel).not.toBeNull();
  });

  it('marks the same rows all-finite as the TypeScript loop and as the values themselves, and gives the same public result (property)', () => {
    const catalog = makeCatalog();
    const reference = makeCatalog();
    fc.assert(
      fc.property(assumptionsArbitrary(), (a: Assumptions) => {
        const run = runEngine(catalog, a, true, { findFiniteRows: true });
        const ts = runEngine(reference, a, false, { loop: 'typescript', findFiniteRows: true });
        const byValues = Array.from({ length: run.compiled.layout.meta.length }, (_, row) =>
          run.values.subarray(row * run.nYears, (row + 1) * run.nYears).every((v) => Number.isFinite(v)) ? 1 : 0,
        );
        expect(Array.from(run.isRowFinite ?? [])).toEqual(byValues);
        expect(Array.from(ts.isRowFinite ?? [])).toEqual(byValues);
        expect(byValues).toContain(0);
        expect(isDeepStrictEqual(toSimulationResult(run), toSimulationResult(ts))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('hands a run longer than it holds to the TypeScript loop, with the same results before and after', () => {
    const catalog = makeCatalog();
    const long: Assumptions = { ...DEFAULT_ASSUMPTIONS, horizonYear: FIRST_YEAR + KERNEL_MAX_YEARS + 5 };
    const before = fingerprint(runEngine(catalog, DEFAULT_ASSUMPTIONS));
    expect(takeWorkspace(compileCatalog(catalog)).kernel).not.toBeNull();
    const longRun = fingerprint(runEngine(catalog, long));
    expect(takeWorkspace(compileCatalog(catalog)).kernel).toBeNull();
    expect(isDeepStrictEqual(longRun, fingerprint(runEngine(makeCatalog(), long, false, { loop: 'typescript' })))).toBe(true);
    expect(isDeepStrictEqual(fingerprint(runEngine(catalog, DEFAULT_ASSUMPTIONS)), before)).toBe(true);
  });

  it('is committed as the bytes that kernel.as.ts compiles to (run `npm run build:kernel` after editing it)', async () => {
    const bytes = await compileKernel();
    expect(Buffer.from(bytes).toString('base64')).toBe(KERNEL_WASM_BASE64);
  }, 60_000);
});
