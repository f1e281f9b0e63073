import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { scenarios, basins, iceObservations, routes } from '@/db/schema';
import { readSeedCatalog, seedDatabase } from '@/db/seed-database';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { getCatalog } from '@/lib/services/catalog';
import { createScenario, deleteScenario, duplicateScenario, getScenario, listScenarios, updateScenario } from '@/lib/services/scenarios';
import { openTestDatabase, testBackends } from '../support/databases';

const validBody = () => ({ name: 'My tunnel case', description: 'test', assumptions: structuredClone(DEFAULT_ASSUMPTIONS) });

describe.each(testBackends())('scenario service on %s', (kind) => {
  let handle: DatabaseHandle;
  const rowCount = async () => (await handle.db.select({ n: count() }).from(scenarios))[0]?.n;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('reports which backend it is', () => {
    expect(handle.kind).toBe(kind);
  });

  it('seeds the catalog and every preset once', async () => {
    const list = await listScenarios(handle.db);
    expect(list.filter((s) => s.isPreset).map((s) => s.id)).toEqual(PRESETS.map((p) => p.id));
    const again = await seedDatabase(handle.db);
    expect(again.seeded).toBe(false);
    expect(await rowCount()).toBe(PRESETS.length);
    const catalog = await getCatalog(handle.db);
    expect(catalog).toEqual(readSeedCatalog());
    expect(catalog.basins.length).toBeGreaterThanOrEqual(12);
    expect(catalog.routes.map((r) => r.name)).toEqual(expect.arrayContaining(['Tunnel Rail', 'Northern Sea Route', 'Suez']));
    expect(catalog.iceObservations[0]).toMatchObject({ year: 1979, extentMkm2: 7.05 });
    const [b] = await handle.db.select({ n: count() }).from(basins);
    const [r] = await handle.db.select({ n: count() }).from(routes);
    const [i] = await handle.db.select({ n: count() }).from(iceObservations);
    expect([b?.n, r?.n, i?.n]).toEqual([catalog.basins.length, catalog.routes.length, 46]);
  });

  it('creates a scenario at version 1 and reads it back', async () => {
    const created = await createScenario(handle.db, validBody());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({ name: 'My tunnel case', version: 1, isPreset: false });
    const read = await getScenario(handle.db, created.value.id);
    expect(read.ok && read.value.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it.each([
    ['an empty name', { ...validBody(), name: '  ' }, 'name'],
    ['a horizon past 2100', { ...validBody(), assumptions: { ...DEFAULT_ASSUMPTIONS, horizonYear: 2150 } }, 'assumptions.horizonYear'],
    [
      'shares that do not add up to 1',
      { ...validBody(), assumptions: { ...DEFAULT_ASSUMPTIONS, cooperation: { level: 1, shares: { russia: 0.5, china: 0.5, us: 0.5 } } } },
      'assumptions.cooperation.shares',
    ],
    ['an unknown key', { ...validBody(), assumptions: { ...DEFAULT_ASSUMPTIONS, oilPrice: 90 } }, 'assumptions.oilPrice'],
    [
      'a zero tunnel capacity',
      { ...validBody(), assumptions: { ...DEFAULT_ASSUMPTIONS, link: { ...DEFAULT_ASSUMPTIONS.link, capacityMtPerYear: 0 } } },
      'assumptions.link.capacityMtPerYear',
    ],
  ])('rejects %s, naming the field, and stores nothing', async (_label, body, path) => {
    const before = await rowCount();
    const result = await createScenario(handle.db, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.kind === 'invalid' && result.error.issues.map((i) => i.path)).toContain(path);
    expect(await rowCount()).toBe(before);
  });

  it('updates at the current version and refuses a stale one without changing anything', async () => {
    const created = await createScenario(handle.db, validBody());
    if (!created.ok) throw new Error('setup failed');
    const id = created.value.id;
    const first = await updateScenario(handle.db, id, { version: 1, name: 'Renamed' });
    expect(first.ok && first.value).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await updateScenario(handle.db, id, { version: 1, name: 'Lost update' });
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error).toMatchObject({ kind: 'conflict', currentVersion: 2 });
    const read = await getScenario(handle.db, id);
    expect(read.ok && read.value).toMatchObject({ name: 'Renamed', version: 2 });
  });

  it('lets exactly one of two concurrent updates at the same version win', async () => {
    const created = await createScenario(handle.db, validBody());
    if (!created.ok) throw new Error('setup failed');
    const results = await Promise.all([
      updateScenario(handle.db, created.value.id, { version: 1, name: 'A' }),
      updateScenario(handle.db, created.value.id, { version: 1, name: 'B' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.kind === 'conflict')).toHaveLength(1);
  });

  it('keeps presets read-only', async () => {
    const preset = PRESETS[0]!;
    const update = await updateScenario(handle.db, preset.id, { version: 1, name: 'Hijacked' });
    expect(!update.ok && update.error.kind).toBe('read-only');
    const removal = await deleteScenario(handle.db, preset.id);
    expect(!removal.ok && removal.error.kind).toBe('read-only');
    const read = await getScenario(handle.db, preset.id);
    expect(read.ok && read.value.name).toBe(preset.name);
  });

  it('duplicates and deletes a saved scenario', async () => {
    const copy = await duplicateScenario(handle.db, PRESETS[1]!.id);
    expect(copy.ok && copy.value.name).toBe(`${PRESETS[1]!.name} (copy)`);
    if (!copy.ok) return;
    expect((await deleteScenario(handle.db, copy.value.id)).ok).toBe(true);
    const gone = await getScenario(handle.db, copy.value.id);
    expect(!gone.ok && gone.error.kind).toBe('not-found');
    const again = await deleteScenario(handle.db, copy.value.id);
    expect(!again.ok && again.error.kind).toBe('not-found');
  });
});
