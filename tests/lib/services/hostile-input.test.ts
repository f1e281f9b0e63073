// Property-based and hand-written hostile input against every scenario use case (the code path of
// both the HTTP API and the server actions), on each database: never an exception, always an
// `invalid` outcome naming the field, and the stored scenarios unchanged.
import fc from 'fast-check';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { scenarios } from '@/db/schema';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { runAssumptions } from '@/lib/services/reports';
import type { ServiceResult } from '@/lib/services/result';
import { importScenarios } from '@/lib/services/scenario-transfer';
import { createScenario, deleteScenario, duplicateScenario, updateScenario } from '@/lib/services/scenarios';
import { openTestDatabase, testBackends } from '../../support/databases';
import { hostileLeaf, unbalancedShares, unknownKey, withValueAt } from '../../support/hostile';

/** Runs per property: enough to hit every field several times, small enough for CI. */
const RUNS = 50;

const valid = () => ({ name: 'Hostile input target', description: '', assumptions: structuredClone(DEFAULT_ASSUMPTIONS) });

function issuePaths<T>(result: ServiceResult<T>): string[] {
  if (result.ok) throw new Error(`expected an invalid outcome, got success: ${JSON.stringify(result.value).slice(0, 200)}`);
  if (result.error.kind !== 'invalid') throw new Error(`expected invalid, got ${result.error.kind}`);
  return result.error.issues.map((i) => i.path);
}

describe.each(testBackends())('scenario use cases under hostile input on %s', (kind) => {
  let handle: DatabaseHandle;
  let targetId: string;
  const snapshot = async () => JSON.stringify(await handle.db.select().from(scenarios).orderBy(asc(scenarios.id)));

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    const created = await createScenario(handle.db, valid());
    if (!created.ok) throw new Error('could not create the target scenario');
    targetId = created.value.id;
  }, 180_000); // a fresh PGlite takes 10-30 s to start on a busy 2-core machine
  afterAll(async () => {
    await handle?.close();
  });

  it('refuses any value no field accepts, naming that field, and stores nothing (create, update, run)', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(hostileLeaf, async ({ path, value }) => {
        const assumptions = withValueAt(DEFAULT_ASSUMPTIONS, path, value);
        const field = path.join('.');
        expect(issuePaths(await createScenario(handle.db, { ...valid(), assumptions }))).toContain(`assumptions.${field}`);
        expect(issuePaths(await updateScenario(handle.db, targetId, { version: 1, assumptions }))).toContain(`assumptions.${field}`);
        expect(issuePaths(await runAssumptions(handle.db, assumptions))).toContain(field);
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses shares that do not add up to 1, naming the shares', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(unbalancedShares, async (shares) => {
        const assumptions = withValueAt(DEFAULT_ASSUMPTIONS, ['cooperation', 'shares'], shares);
        expect(issuePaths(await createScenario(handle.db, { ...valid(), assumptions }))).toContain('assumptions.cooperation.shares');
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses an unknown key at any level, naming it, prototype names included', async () => {
    const before = await snapshot();
    const objectPaths = [[], ['assumptions'], ['assumptions', 'ice'], ['assumptions', 'link'], ['assumptions', 'cooperation', 'shares']];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...objectPaths), unknownKey, fc.jsonValue(), async (at, key, value) => {
        const body = JSON.parse(JSON.stringify(valid())) as Record<string, unknown>;
        let cursor = body;
        for (const k of at) cursor = cursor[k] as Record<string, unknown>;
        Object.defineProperty(cursor, key, { value, enumerable: true, configurable: true, writable: true });
        expect(issuePaths(await createScenario(handle.db, body))).toContain([...at, key].join('.'));
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it('never throws on arbitrary values and stores nothing (every use case)', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4 }), async (input) => {
        expect(issuePaths(await createScenario(handle.db, input)).length).toBeGreaterThan(0);
        expect(issuePaths(await updateScenario(handle.db, targetId, input)).length).toBeGreaterThan(0);
        expect(issuePaths(await runAssumptions(handle.db, input)).length).toBeGreaterThan(0);
        expect(issuePaths(await importScenarios(handle.db, input)).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 120 characters', { name: 'n'.repeat(121) }, 'name'],
    ['a description over 2000 characters', { description: 'd'.repeat(2001) }, 'description'],
    ['a name that is a number', { name: 42 }, 'name'],
  ])('refuses %s', async (_label, change, path) => {
    const before = await snapshot();
    expect(issuePaths(await createScenario(handle.db, { ...valid(), ...change }))).toContain(path);
    expect(issuePaths(await updateScenario(handle.db, targetId, { version: 1, ...change }))).toContain(path);
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ['a version that is not a whole number', 1.5],
    ['a huge version', 1e308],
    ['a version of NaN', Number.NaN],
    ['a negative version', -1],
  ])('refuses an update with %s', async (_label, version) => {
    const before = await snapshot();
    expect(issuePaths(await updateScenario(handle.db, targetId, { version, name: 'changed' }))).toContain('version');
    expect(await snapshot()).toBe(before);
  });

  it('stores markup and SQL in a name verbatim, as text', async () => {
    const name = `<img src=x onerror=alert(1)>'; drop table scenarios; --`;
    const created = await createScenario(handle.db, { ...valid(), name });
    expect(created.ok && created.value.name).toBe(name);
    if (created.ok) expect((await deleteScenario(handle.db, created.value.id)).ok).toBe(true);
  });

  it('answers malformed ids as not found, never as an error', async () => {
    for (const id of ["'; drop table scenarios; --", '../../etc/passwd', 'x'.repeat(500), '', '%00']) {
      const before = await snapshot();
      const outcomes = [
        await updateScenario(handle.db, id, { version: 1 }),
        await deleteScenario(handle.db, id),
        await duplicateScenario(handle.db, id),
      ];
      for (const outcome of outcomes) expect(!outcome.ok && outcome.error.kind).toBe('not-found');
      expect(await snapshot()).toBe(before);
    }
  });
});
