// Edge schemas for scenarios: the one shape of a scenario as read (services, API responses,
// queries and pages infer their types from it), and the bodies that create or update one (API
// bodies and server-action form data share them).
import { z } from 'zod';
import { AssumptionsSchema } from './assumptions';
import { MAX_COMPARED_SCENARIOS, SCENARIO_DESCRIPTION_MAX_LENGTH, SCENARIO_NAME_MAX_LENGTH } from './scenario-limits';

export { MAX_COMPARED_SCENARIOS, SCENARIO_DESCRIPTION_MAX_LENGTH, SCENARIO_NAME_MAX_LENGTH };

const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(SCENARIO_NAME_MAX_LENGTH, `must be at most ${SCENARIO_NAME_MAX_LENGTH} characters`);
const description = z.string().trim().max(SCENARIO_DESCRIPTION_MAX_LENGTH, `must be at most ${SCENARIO_DESCRIPTION_MAX_LENGTH} characters`);

/** A scenario id in a URL: a preset slug or a UUID. */
export const ScenarioIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/i, 'must be a scenario id (letters, digits and dashes)');

/** An ISO 8601 timestamp as the API writes it ("2026-11-30T12:00:00.000Z"). */
const timestamp = z.iso.datetime({ offset: true });

/**
 * A scenario as read: from the database (services), from `GET /api/scenarios/{id}` (queries) and
 * as pages receive it. Dates are ISO strings so the value crosses every edge unchanged.
 */
export const ScenarioRecordSchema = z.object({
  id: ScenarioIdSchema,
  name: z.string(),
  description: z.string(),
  isPreset: z.boolean(),
  /** Optimistic-concurrency version, 1 for a new scenario. */
  version: z.number().int().min(1),
  createdAt: timestamp,
  updatedAt: timestamp,
  assumptions: AssumptionsSchema,
});
/** A scenario as read, with its assumptions. */
export type ScenarioRecord = z.infer<typeof ScenarioRecordSchema>;

/** A scenario in a list (`GET /api/scenarios`): the record without assumptions and creation time. */
export const ScenarioSummarySchema = ScenarioRecordSchema.omit({ assumptions: true, createdAt: true });
/** A row of the scenario list. */
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** The list response: presets first, then saved scenarios. */
export const ScenarioListSchema = z.array(ScenarioSummarySchema);

/** Body of a scenario creation. */
export const ScenarioCreateSchema = z.strictObject({
  name,
  description: description.optional().default(''),
  assumptions: AssumptionsSchema,
});
export type ScenarioCreate = z.infer<typeof ScenarioCreateSchema>;

/** Body of a scenario update: the `version` it was read at, and the fields to change. */
export const ScenarioUpdateSchema = z.strictObject({
  version: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  name: name.optional(),
  description: description.optional(),
  assumptions: AssumptionsSchema.optional(),
});
export type ScenarioUpdate = z.infer<typeof ScenarioUpdateSchema>;

/** `ids` of a comparison: 1 to MAX_COMPARED_SCENARIOS (4) scenario ids separated by commas. */
export const CompareIdsSchema = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(ScenarioIdSchema)
      .min(1, 'must name at least one scenario')
      .max(MAX_COMPARED_SCENARIOS, `must name at most ${MAX_COMPARED_SCENARIOS} scenarios`),
  );
