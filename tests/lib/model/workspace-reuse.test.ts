// The engine reuses one workspace and its output buffers per compiled catalog (workspace.ts). A
// reuse bug would show as a run that depends on the run before it: these properties run scenario X
// on a fresh catalog, then Y and X again on one shared catalog, and require every output bit of X
// to match.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runEngine } from '@/lib/model/engine';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions } from '@/lib/model/types';
import { makeCatalog } from '../../builders';
import { assumptionsArbitrary } from '../../support/arbitraries';
import { fingerprint } from '../../support/run-fingerprint';

const RUNS = { numRuns: 40 };

describe('workspace reuse (property)', () => {
  it('a run gives the same bits on a fresh catalog and after another scenario on a reused one (runEngine)', () => {
    const shared = makeCatalog();
    fc.assert(
      fc.property(assumptionsArbitrary(), assumptionsArbitrary(), (x: Assumptions, y: Assumptions) => {
        const fresh = fingerprint(runEngine(makeCatalog(), x));
        const first = fingerprint(runEngine(shared, x));
        runEngine(shared, y);
        const again = fingerprint(runEngine(shared, x));
        expect(isDeepStrictEqual(first, fresh)).toBe(true);
        expect(isDeepStrictEqual(again, fresh)).toBe(true);
      }),
      RUNS,
    );
  });

  it('simulate gives deeply equal results (Object.is on every number) for X, then Y, then X on reused buffers', () => {
    const shared = makeCatalog();
    fc.assert(
      fc.property(assumptionsArbitrary(), assumptionsArbitrary(), (x: Assumptions, y: Assumptions) => {
        const fresh = simulate(makeCatalog(), x);
        const first = simulate(shared, x);
        const other = simulate(shared, y);
        const again = simulate(shared, x);
        expect(isDeepStrictEqual(first, fresh)).toBe(true);
        expect(isDeepStrictEqual(again, fresh)).toBe(true);
        // Results own their arrays: a later run does not change an earlier result.
        expect(isDeepStrictEqual(other, simulate(makeCatalog(), y))).toBe(true);
      }),
      RUNS,
    );
  });
});
