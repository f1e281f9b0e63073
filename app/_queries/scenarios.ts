// Scenario queries: the key factory and queryOptions for /api/scenarios and /api/scenarios/{id}.
// Responses are parsed at this edge with the one scenario schema of lib/schemas/scenario.ts
// (loaded lazily, so zod is not in the dashboard's first load); invalidate with `scenarioKeys`
// after a mutation.
import { queryOptions } from '@tanstack/react-query';
import type { ScenarioRecord, ScenarioSummary } from '@/lib/schemas/scenario';

export type { ScenarioRecord, ScenarioSummary };

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
      const [{ ScenarioListSchema }, body] = await Promise.all([import('@/lib/schemas/scenario'), fetchJson('/api/scenarios', signal)]);
      return ScenarioListSchema.parse(body);
    },
    staleTime: LIST_STALE_TIME_MS,
  });
}

/** One scenario with its assumptions. */
export function scenarioDetailQuery(id: string) {
  return queryOptions({
    queryKey: scenarioKeys.detail(id),
    queryFn: async ({ signal }): Promise<ScenarioRecord> => {
      const [{ ScenarioRecordSchema }, body] = await Promise.all([
        import('@/lib/schemas/scenario'),
        fetchJson(`/api/scenarios/${encodeURIComponent(id)}`, signal),
      ]);
      return ScenarioRecordSchema.parse(body);
    },
    staleTime: DETAIL_STALE_TIME_MS,
  });
}
