// The process-wide database of the running app. Next evaluates server modules several times in
// one process (instrumentation, pages, route handlers), so the handle lives on globalThis:
// one PGlite per data folder, one pool per process.
import 'server-only';
import path from 'node:path';
import { readEnv } from '@/lib/env';
import { openDatabase, type DatabaseHandle } from './client';

const KEY = Symbol.for('bering-link.database');
type Holder = { [KEY]?: Promise<DatabaseHandle> };

/** The app's database, opened, migrated and seeded on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = readEnv();
    const migrations = path.resolve(env.MIGRATIONS_DIR);
    const opening = env.DATABASE_URL
      ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL }, migrations)
      : openDatabase({ kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') }, migrations);
    // A failed open must not be cached forever: the next request tries again.
    holder[KEY] = opening.catch((error: unknown) => {
      delete holder[KEY];
      throw error;
    });
  }
  return holder[KEY];
}
