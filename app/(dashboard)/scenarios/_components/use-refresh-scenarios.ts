'use client';
// After a scenario server action: refetch every scenario query (keys from the factory) and
// re-render the server components of the current route.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { scenarioKeys } from '@/app/_queries/scenarios';

/** Returns a function that invalidates the scenario queries and refreshes the route. */
export function useRefreshScenarios(): () => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: scenarioKeys.all });
    router.refresh();
  }, [queryClient, router]);
}
