// Edge schema of the scenario export file (`GET /api/scenarios/export`, `POST /api/scenarios/import`):
// backups, and moving scenarios between the embedded database and PostgreSQL (ADR 065).
import { z } from 'zod';
import { AssumptionsSchema } from './assumptions';
import { ScenarioIdSchema } from './scenario';

/** Value of `format` that marks a scenario export file. */
export const SCENARIO_EXPORT_FORMAT = 'bering-link-scenarios';

/** Most scenarios one import accepts (the file stays under the import body limit anyway). */
export const IMPORT_MAX_SCENARIOS = 1000;

const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(2000, 'must be at most 2000 characters');
const timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

/** One saved scenario in an export file. */
export const ExportedScenarioSchema = z.strictObject({
  id: ScenarioIdSchema,
  name,
  description: description.default(''),
  assumptions: AssumptionsSchema,
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
export type ExportedScenario = z.infer<typeof ExportedScenarioSchema>;

/** A whole export file; unknown keys are rejected like everywhere else. */
export const ScenarioExportSchema = z.strictObject({
  format: z.literal(SCENARIO_EXPORT_FORMAT, { error: `must be "${SCENARIO_EXPORT_FORMAT}"` }),
  formatVersion: z.literal(1, { error: 'must be 1' }),
  exportedAt: timestamp.optional(),
  scenarios: z
    .array(ExportedScenarioSchema)
    .max(IMPORT_MAX_SCENARIOS, `must hold at most ${IMPORT_MAX_SCENARIOS} scenarios`)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'must not repeat an id' }),
});
export type ScenarioExport = z.infer<typeof ScenarioExportSchema>;
