// Scenario queries: the key factory and queryOptions for /api/scenarios and /api/scenarios/{id}.
// Responses are parsed with zod at this edge (schemas loaded lazily, so zod is not in the first
// load); invalidate with `scenarioKeys` after a mutation.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Assumptions } from '@/lib/model/types';
import type { ScenarioDetailSchema, ScenarioSummarySchema } from './scenario-schemas';

/** A scenario in the list (GET /api/scenarios). */
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** One scenario with its assumptions (GET /api/scenarios/{id}). */
export type ScenarioDetail = Omit<z.infer<typeof ScenarioDetailSchema>, 'assumptions'> & { assumptions: Assumptions };

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
    queryFn: async ({ signal }): Promise<ScenarioSummary[]> => {
      const [{ ScenarioListSchema }, body] = await Promise.all([import('./scenario-schemas'), fetchJson('/api/scenarios', signal)]);
      return ScenarioListSchema.parse(body);
    },
    staleTime: LIST_STALE_TIME_MS,
  });
}

/** One scenario with its assumptions. */
export function scenarioDetailQuery(id: string) {
  return queryOptions({
    queryKey: scenarioKeys.detail(id),
    queryFn: async ({ signal }): Promise<ScenarioDetail> => {
      const [{ ScenarioDetailSchema }, body] = await Promise.all([
        import('./scenario-schemas'),
        fetchJson(`/api/scenarios/${encodeURIComponent(id)}`, signal),
      ]);
      return ScenarioDetailSchema.parse(body) as ScenarioDetail;
    },
    staleTime: DETAIL_STALE_TIME_MS,
  });
}

/** A row of the scenario list (same as ScenarioSummary; the name the /scenarios page uses). */
export type ScenarioListItem = ScenarioSummary;
