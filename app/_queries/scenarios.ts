// Scenario queries: the key factory and queryOptions for /api/scenarios and /api/scenarios/{id}.
// Responses are parsed with zod at this edge; invalidate with `scenarioKeys` after a mutation.
import { queryOptions } from '@tanstack/react-query';
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
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** One scenario with its assumptions (GET /api/scenarios/{id}). */
export const ScenarioDetailSchema = ScenarioSummarySchema.extend({
  createdAt: z.string(),
  assumptions: AssumptionsSchema,
});
export type ScenarioDetail = z.infer<typeof ScenarioDetailSchema>;

/** Query keys of scenario data; invalidate `scenarioKeys.all` after any save, rename or delete. */
export const scenarioKeys = {
  all: ['scenarios'] as const,
  list: () => [...scenarioKeys.all, 'list'] as const,
  detail: (id: string) => [...scenarioKeys.all, 'detail', id] as const,
};

/** Scenario lists change only through this app's own mutations, which invalidate them. */
const LIST_STALE_TIME_MS = 30_000;
/** A scenario's assumptions change rarely; saves invalidate them. */
const DETAIL_STALE_TIME_MS = 5 * 60_000;

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const message = body && typeof body === 'object' && 'error' in body ? String(body.error) : response.statusText;
    throw new Error(`${url}: ${response.status} ${message}`);
  }
  return response.json();
}

/** All scenarios, presets first. */
export function scenarioListQuery() {
  return queryOptions({
    queryKey: scenarioKeys.list(),
    queryFn: async ({ signal }) => z.array(ScenarioSummarySchema).parse(await fetchJson('/api/scenarios', signal)),
    staleTime: LIST_STALE_TIME_MS,
  });
}

/** One scenario with its assumptions. */
export function scenarioDetailQuery(id: string) {
  return queryOptions({
    queryKey: scenarioKeys.detail(id),
    queryFn: async ({ signal }) => ScenarioDetailSchema.parse(await fetchJson(`/api/scenarios/${encodeURIComponent(id)}`, signal)),
    staleTime: DETAIL_STALE_TIME_MS,
  });
}

/** A row of the scenario list (same as ScenarioSummary; the name the /scenarios page uses). */
export type ScenarioListItem = ScenarioSummary;
