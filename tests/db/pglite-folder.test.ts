import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { seedDatabase } from '@/db/seed-database';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import { createScenario, listScenarios } from '@/lib/services/scenarios';
import { MIGRATIONS } from '../support/databases';

describe('embedded database in a data folder', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // Two PGlite start-ups (initdb, then reopen) take 5-30 s on a loaded 2-core machine.
  it('keeps saved scenarios across restarts and does not seed twice', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bering-pglite-'));
    const first = await openDatabase({ kind: 'pglite', dataDir: dir }, MIGRATIONS);
    const saved = await createScenario(first.db, { name: 'Kept', assumptions: DEFAULT_ASSUMPTIONS });
    expect(saved.ok).toBe(true);
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir: dir }, MIGRATIONS);
    const list = await listScenarios(second.db);
    expect(list.map((s) => s.name)).toContain('Kept');
    expect(list.filter((s) => s.isPreset)).toHaveLength(PRESETS.length);
    expect((await seedDatabase(second.db)).seeded).toBe(false);
    await second.close();
  });
});
