'use client';
// The scenario list's changes as TanStack Query mutations over the server actions (ADR 052, 057):
// the mutation owns pending and error state; a successful change invalidates the scenario keys of
// the factory and refreshes the route before the mutation settles, so whatever the caller shows
// next (an announcement, a closed editor) never runs ahead of the list.
import { useMutation } from '@tanstack/react-query';
import type { ScenarioCreate } from '@/lib/schemas/scenario';
import { deleteScenarioAction, duplicateScenarioAction, saveScenarioAction, updateScenarioAction } from '../actions';
import { useRefreshScenarios } from './use-refresh-scenarios';

/** Creates a scenario from a parsed body; refreshes the list when it was saved. */
export function useCreateScenario() {
  const refresh = useRefreshScenarios();
  return useMutation({
    mutationFn: (input: ScenarioCreate) => saveScenarioAction(input),
    onSuccess: async (result) => {
      if (result.ok) await refresh();
    },
  });
}

/** Renames scenario `id`, sending the version it was read at when editing began. */
export function useRenameScenario(id: string) {
  const refresh = useRefreshScenarios();
  return useMutation({
    mutationFn: ({ version, name }: { version: number; name: string }) => updateScenarioAction(id, { version, name }),
    onSuccess: async (result) => {
      if (result.ok) await refresh();
    },
  });
}

/** Copies scenario `id` as "<name> (copy)". */
export function useDuplicateScenario(id: string) {
  const refresh = useRefreshScenarios();
  return useMutation({
    mutationFn: () => duplicateScenarioAction(id),
    onSuccess: async (result) => {
      if (result.ok) await refresh();
    },
  });
}

/**
 * Deletes scenario `id`. A scenario already gone counts as deleted. `onDeleted` runs after the
 * list is refreshed, from the mutation itself, because the row that started it is unmounted by then.
 */
export function useDeleteScenario(id: string, onDeleted: () => void) {
  const refresh = useRefreshScenarios();
  return useMutation({
    mutationFn: () => deleteScenarioAction(id),
    onSuccess: async (result) => {
      if (!result.ok && result.kind !== 'not-found') return;
      await refresh();
      onDeleted();
    },
  });
}
