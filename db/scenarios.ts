// Data access for scenarios: the only code that queries the scenarios table.
import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { scenarios } from './schema';
import type { Database } from './client';

/** A stored scenario row; `assumptions` is unparsed JSON (the service parses it). */
export type ScenarioRow = typeof scenarios.$inferSelect;

/** Columns of the scenario list (no assumptions). */
export type ScenarioSummaryRow = Pick<ScenarioRow, 'id' | 'name' | 'description' | 'isPreset' | 'version' | 'updatedAt'>;

/** Presets first (in seed order), then saved scenarios, newest first. */
export async function listScenarios(db: Database): Promise<ScenarioSummaryRow[]> {
  return db
    .select({
      id: scenarios.id,
      name: scenarios.name,
      description: scenarios.description,
      isPreset: scenarios.isPreset,
      version: scenarios.version,
      updatedAt: scenarios.updatedAt,
    })
    .from(scenarios)
    .orderBy(desc(scenarios.isPreset), asc(scenarios.presetOrder), desc(scenarios.updatedAt), asc(scenarios.id));
}

/** One scenario, or undefined. */
export async function findScenario(db: Database, id: string): Promise<ScenarioRow | undefined> {
  const [row] = await db.select().from(scenarios).where(eq(scenarios.id, id));
  return row;
}

/** Several scenarios by id, in no particular order. */
export async function findScenarios(db: Database, ids: string[]): Promise<ScenarioRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(scenarios)
    .where(sql`${scenarios.id} in ${ids}`);
}

/** Inserts a user scenario (never a preset). */
export async function insertScenario(
  db: Database,
  values: { name: string; description: string; assumptions: unknown },
): Promise<ScenarioRow> {
  const [row] = await db
    .insert(scenarios)
    .values({ ...values, isPreset: false })
    .returning();
  if (!row) throw new Error('insert into scenarios returned no row');
  return row;
}

/**
 * Updates a user scenario only if it is still at `version` (optimistic concurrency).
 * Returns the new row, or undefined when no row matched (missing, preset, or stale).
 */
export async function updateScenarioAtVersion(
  db: Database,
  id: string,
  version: number,
  changes: { name?: string; description?: string; assumptions?: unknown },
): Promise<ScenarioRow | undefined> {
  const [row] = await db
    .update(scenarios)
    .set({ ...changes, version: sql`${scenarios.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(scenarios.id, id), eq(scenarios.version, version), eq(scenarios.isPreset, false)))
    .returning();
  return row;
}

/** Deletes a user scenario; returns whether a row was deleted (presets never are). */
export async function deleteUserScenario(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .delete(scenarios)
    .where(and(eq(scenarios.id, id), eq(scenarios.isPreset, false)))
    .returning({ id: scenarios.id });
  return rows.length > 0;
}

/** Saved (non-preset) scenarios with their assumptions, oldest first: what an export holds. */
export async function listUserScenarioRows(db: Database): Promise<ScenarioRow[]> {
  return db.select().from(scenarios).where(eq(scenarios.isPreset, false)).orderBy(asc(scenarios.createdAt), asc(scenarios.id));
}

/**
 * Inserts saved scenarios under their own ids in one transaction; an id that already exists
 * (a preset or an earlier import) is left as it is. Returns the ids inserted.
 */
export async function insertScenariosIfAbsent(
  db: Database,
  rows: { id: string; name: string; description: string; assumptions: unknown; createdAt?: Date; updatedAt?: Date }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(scenarios)
      .values(rows.map((r) => ({ ...r, isPreset: false, version: 1 })))
      .onConflictDoNothing({ target: scenarios.id })
      .returning({ id: scenarios.id });
    return inserted.map((r) => r.id);
  });
}
