// Scenario use cases: the one code path behind the HTTP API and the server actions.
import 'server-only';
import type { Database } from '@/db/client';
import * as store from '@/db/scenarios';
import { toFieldIssues } from '@/lib/schemas/assumptions';
import {
  ScenarioCreateSchema,
  ScenarioIdSchema,
  ScenarioRecordSchema,
  ScenarioUpdateSchema,
  SCENARIO_NAME_MAX_LENGTH,
  type ScenarioRecord,
  type ScenarioSummary,
} from '@/lib/schemas/scenario';
import { failure, success, type ServiceResult } from './result';

export type { ScenarioRecord, ScenarioSummary };

/** Parses a stored row into the one scenario shape; a row that breaks the contract is a bug. */
export function toScenarioRecord(row: store.ScenarioRow): ScenarioRecord {
  const parsed = ScenarioRecordSchema.safeParse({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
  if (!parsed.success) {
    throw new Error(`stored scenario ${row.id} violates the scenario contract: ${parsed.error.message}`);
  }
  return parsed.data;
}

const notFound = (id: string) => failure<never>({ kind: 'not-found', message: `no scenario with id "${id}"` });

function parseId(id: string): ServiceResult<string> {
  const parsed = ScenarioIdSchema.safeParse(id);
  return parsed.success
    ? success(parsed.data)
    : failure({
        kind: 'invalid',
        message: 'invalid scenario id',
        issues: [{ path: 'id', message: parsed.error.issues[0]?.message ?? 'invalid' }],
      });
}

/** Presets first, then saved scenarios, newest first. */
export async function listScenarios(db: Database): Promise<ScenarioSummary[]> {
  const rows = await store.listScenarios(db);
  return rows.map((r): ScenarioSummary => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

/**
 * Presets read so far, per database handle. Presets cannot be changed or deleted through the app and
 * are only re-seeded at start-up, so once read they are served from memory (ADR 066).
 */
const presetCache = new WeakMap<Database, Map<string, ScenarioRecord>>();

/** One scenario by id (a preset from memory after its first read). */
export async function getScenario(db: Database, id: string): Promise<ServiceResult<ScenarioRecord>> {
  const parsedId = parseId(id);
  if (!parsedId.ok) return notFound(id);
  const presets = presetCache.get(db) ?? new Map<string, ScenarioRecord>();
  presetCache.set(db, presets);
  const known = presets.get(parsedId.value);
  if (known) return success(known);
  const row = await store.findScenario(db, parsedId.value);
  if (!row) return notFound(id);
  const record = toScenarioRecord(row);
  if (record.isPreset) presets.set(record.id, record);
  return success(record);
}

/** Several scenarios, in the order asked; not-found names the first missing id. */
export async function getScenarios(db: Database, ids: string[]): Promise<ServiceResult<ScenarioRecord[]>> {
  const rows = await store.findScenarios(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const records: ScenarioRecord[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) return notFound(id);
    records.push(toScenarioRecord(row));
  }
  return success(records);
}

/** Creates a user scenario from an unparsed body `{ name, description?, assumptions }`. */
export async function createScenario(db: Database, input: unknown): Promise<ServiceResult<ScenarioRecord>> {
  const parsed = ScenarioCreateSchema.safeParse(input);
  if (!parsed.success) {
    return failure({ kind: 'invalid', message: 'invalid scenario', issues: toFieldIssues(parsed.error) });
  }
  return success(toScenarioRecord(await store.insertScenario(db, parsed.data)));
}

/**
 * Updates a user scenario from `{ version, name?, description?, assumptions? }`. A body read at an
 * older version than the stored one is a conflict and changes nothing; presets are read-only.
 */
export async function updateScenario(db: Database, id: string, input: unknown): Promise<ServiceResult<ScenarioRecord>> {
  const parsedId = parseId(id);
  if (!parsedId.ok) return notFound(id);
  const parsed = ScenarioUpdateSchema.safeParse(input);
  if (!parsed.success) {
    return failure({ kind: 'invalid', message: 'invalid scenario update', issues: toFieldIssues(parsed.error) });
  }
  const { version, ...changes } = parsed.data;
  const row = await store.updateScenarioAtVersion(db, id, version, changes);
  if (row) return success(toScenarioRecord(row));
  const current = await store.findScenario(db, id);
  if (!current) return notFound(id);
  if (current.isPreset) return failure({ kind: 'read-only', message: `scenario "${id}" is a preset and cannot be changed` });
  return failure({
    kind: 'conflict',
    message: `scenario "${id}" was changed by someone else (now at version ${current.version}, you sent ${version}); reload it and apply your change again`,
    currentVersion: current.version,
  });
}

/** Saves a copy of a scenario under a new name (default "<name> (copy)"). */
export async function duplicateScenario(db: Database, id: string, name?: string): Promise<ServiceResult<ScenarioRecord>> {
  const source = await getScenario(db, id);
  if (!source.ok) return source;
  const { name: original, description, assumptions } = source.value;
  return createScenario(db, { name: name ?? `${original} (copy)`.slice(0, SCENARIO_NAME_MAX_LENGTH), description, assumptions });
}

/** Deletes a user scenario; presets are refused. */
export async function deleteScenario(db: Database, id: string): Promise<ServiceResult<{ id: string }>> {
  const parsedId = parseId(id);
  if (!parsedId.ok) return notFound(id);
  if (await store.deleteUserScenario(db, id)) return success({ id });
  const current = await store.findScenario(db, id);
  if (!current) return notFound(id);
  return failure({ kind: 'read-only', message: `scenario "${id}" is a preset and cannot be deleted` });
}
