// Edge schemas for saving scenarios (API bodies and server-action form data share them).
import { z } from 'zod';
import { AssumptionsSchema } from './assumptions';

const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(2000, 'must be at most 2000 characters');

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

/** A scenario id in a URL: a preset slug or a UUID. */
export const ScenarioIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/i, 'must be a scenario id (letters, digits and dashes)');

/** `ids` of a comparison: 1 to 4 scenario ids separated by commas. */
export const CompareIdsSchema = z
  .string()
  .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(ScenarioIdSchema).min(1, 'must name at least one scenario').max(4, 'must name at most 4 scenarios'));
