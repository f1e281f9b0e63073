// A round trip to the database, for the health endpoint.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** Runs `select 1`; throws (a connection error) when the database cannot be reached. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
