// Throwaway databases for tests: an in-memory PGlite always, and a fresh PostgreSQL database
// (created on the server at TEST_DATABASE_URL, dropped afterwards) whenever that URL is set.
// In CI a missing URL is a failure, not a skip.
import { fileURLToPath } from 'node:url';
import { openDatabase, type DatabaseHandle, type DatabaseKind, type DatabaseTarget } from '@/db/client';
import { createPostgresDatabase } from './postgres';

export { createPostgresDatabase };

export const MIGRATIONS = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** The backends this run covers. */
export function testBackends(): DatabaseKind[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    if (process.env.CI) throw new Error('TEST_DATABASE_URL must be set in CI: the PostgreSQL tests may not be skipped');
    console.warn('\n*** TEST_DATABASE_URL is not set: PostgreSQL database tests are NOT running ***\n');
    return ['pglite'];
  }
  return ['pglite', 'postgres'];
}

/** Opens a migrated, seeded throwaway database of the given kind. close() also drops it. */
export async function openTestDatabase(
  kind: DatabaseKind,
  pgliteDir: string | null = null,
): Promise<DatabaseHandle & { target: DatabaseTarget }> {
  if (kind === 'pglite') {
    const target: DatabaseTarget = { kind: 'pglite', dataDir: pgliteDir };
    return { ...(await openDatabase(target, MIGRATIONS)), target };
  }
  const { url, drop } = await createPostgresDatabase();
  const target: DatabaseTarget = { kind: 'postgres', url };
  const handle = await openDatabase(target, MIGRATIONS);
  return {
    ...handle,
    target,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
