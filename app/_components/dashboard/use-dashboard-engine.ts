'use client';
// The engine and the catalog, loaded together the first time the page needs them (ADR 081): the
// first change of the assumptions or the view, a chart coming near the viewport, a CSV download, or
// the first touch, key or focus on the dashboard (so a slider's first step rarely has to wait).
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { catalogQuery } from '@/app/_queries/catalog';
import type { Catalog } from '@/lib/model/types';

/** The engine's functions (dashboard-engine.ts) with the catalog they run on. */
export interface DashboardEngine {
  catalog: Catalog;
  lib: typeof import('./dashboard-engine');
}

let libLoad: Promise<DashboardEngine['lib']> | null = null;

/** Loads the engine module (once per tab) and the catalog (through the query cache). */
export function loadDashboardEngine(client: QueryClient): Promise<DashboardEngine> {
  libLoad ??= import('./dashboard-engine').catch((error: unknown) => {
    libLoad = null; // a later need tries again
    throw error;
  });
  return Promise.all([client.ensureQueryData(catalogQuery()), libLoad]).then(([catalog, lib]) => ({ catalog, lib }));
}

/**
 * The engine once loaded, else null; `isWanted` starts loading it. `error` is set when the catalog
 * or the module could not be loaded (the page keeps its first view; a later need tries again).
 */
export function useDashboardEngine(isWanted: boolean): { engine: DashboardEngine | null; error: boolean } {
  const client = useQueryClient();
  const [engine, setEngine] = useState<DashboardEngine | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    if (!isWanted || engine !== null) return;
    let isCurrent = true;
    loadDashboardEngine(client).then(
      (loaded) => {
        if (isCurrent) setEngine(loaded);
      },
      () => {
        if (isCurrent) setError(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [isWanted, engine, client]);
  return { engine, error };
}
