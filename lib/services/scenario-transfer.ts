// Export and import of saved scenarios as one JSON file (ADR 065): backups, and moving scenarios
// between the embedded database and PostgreSQL. Presets are not exported: every database seeds them.
import 'server-only';
import type { Database } from '@/db/client';
import * as store from '@/db/scenarios';
import { toFieldIssues } from '@/lib/schemas/assumptions';
import { SCENARIO_EXPORT_FORMAT, ScenarioExportSchema, type ScenarioExport } from '@/lib/schemas/scenario-transfer';
import { failure, success, type ServiceResult } from './result';
import { toScenarioRecord } from './scenarios';

/** What an import did: ids added, and ids skipped because a scenario with that id exists. */
export interface ImportOutcome {
  imported: string[];
  skipped: string[];
}

/** Every saved scenario, oldest first, in the export format. */
export async function exportScenarios(db: Database, exportedAt: Date): Promise<ScenarioExport> {
  const rows = await store.listUserScenarioRows(db);
  return {
    format: SCENARIO_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    scenarios: rows.map(toScenarioRecord).map(({ id, name, description, assumptions, createdAt, updatedAt }) => ({
      id,
      name,
      description,
      assumptions,
      createdAt,
      updatedAt,
    })),
  };
}

/**
 * Imports an export file: all or nothing on invalid input (`invalid` naming each bad field, as
 * `scenarios.3.assumptions.link.openYear`); existing ids are kept untouched and reported as skipped.
 */
export async function importScenarios(db: Database, input: unknown): Promise<ServiceResult<ImportOutcome>> {
  const parsed = ScenarioExportSchema.safeParse(input);
  if (!parsed.success) {
    return failure({ kind: 'invalid', message: 'invalid scenario export file', issues: toFieldIssues(parsed.error) });
  }
  const rows = parsed.data.scenarios.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    assumptions: s.assumptions,
    createdAt: s.createdAt === undefined ? undefined : new Date(s.createdAt),
    updatedAt: s.updatedAt === undefined ? undefined : new Date(s.updatedAt),
  }));
  const imported = await store.insertScenariosIfAbsent(db, rows);
  const added = new Set(imported);
  return success({ imported, skipped: rows.map((r) => r.id).filter((id) => !added.has(id)) });
}
