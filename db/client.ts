// The one place that opens a database: embedded PGlite by default, PostgreSQL (postgres.js)
// when a URL is given. Both get the same schema, migrations and seed.
import 'server-only';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { seedDatabase } from './seed-database';

/** A Drizzle database on either backend. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Which backend a handle talks to. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open, migrated and seeded database. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
}

/** How to open a database: a PostgreSQL URL, a PGlite folder, or an in-memory PGlite. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

/** Opens the target, applies pending migrations, then seeds (idempotent). */
export async function openDatabase(target: DatabaseTarget, migrationsFolder = path.resolve('db/migrations')): Promise<DatabaseHandle> {
  const handle =
    target.kind === 'postgres' ? await openPostgres(target.url, migrationsFolder) : await openPglite(target.dataDir, migrationsFolder);
  await seedDatabase(handle.db);
  return handle;
}

async function openPostgres(url: string, migrationsFolder: string): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // Fail fast while the server is unreachable (ADR 063): a connection attempt gives up after 5 s,
  // and an idle connection is closed after 60 s so a restarted server is picked up cleanly.
  // Reconnection attempts are at most 1 s apart (ADR 074): the driver's default backoff grows to
  // 20 s after a few failures, which kept queries waiting and delayed recovery after an outage.
  const client = postgres(url, {
    max: 10,
    connect_timeout: 5,
    idle_timeout: 60,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    onnotice: () => {},
  });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Database, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string | null, migrationsFolder: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (dataDir) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dataDir, { recursive: true });
  }
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Database, kind: 'pglite', close: () => client.close() };
}
