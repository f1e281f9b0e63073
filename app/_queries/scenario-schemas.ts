// Zod schemas of the scenario API responses. Loaded lazily by app/_queries/scenarios.ts, so zod
// stays out of the first-load JavaScript of the dashboard.
import { z } from 'zod';
import { AssumptionsSchema } from '@/lib/schemas/assumptions';

/** A scenario in the list (GET /api/scenarios). */
export const ScenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isPreset: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

/** One scenario with its assumptions (GET /api/scenarios/{id}). */
export const ScenarioDetailSchema = ScenarioSummarySchema.extend({
  createdAt: z.string(),
  assumptions: AssumptionsSchema,
});

/** The list response. */
export const ScenarioListSchema = z.array(ScenarioSummarySchema);
