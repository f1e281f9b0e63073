// The reference catalog for the in-browser engine (/api/catalog). The dashboard fetches it only
// when the engine first has to run (ADR 081); the response is parsed at this edge with the
// catalog schema, loaded lazily like the scenario schemas (zod stays out of the first load).
import { queryOptions } from '@tanstack/react-query';
import type { Catalog } from '@/lib/model/types';

/** Query key of the catalog; it changes only when the server is re-seeded, so it never goes stale in a tab. */
export const catalogKeys = { all: ['catalog'] as const };

/** Basins, routes and ice observations, each with its sources. */
export function catalogQuery() {
  return queryOptions({
    queryKey: catalogKeys.all,
    queryFn: async ({ signal }): Promise<Catalog> => {
      const [{ CatalogSchema }, response] = await Promise.all([
        import('@/lib/schemas/catalog'),
        fetch('/api/catalog', { signal, headers: { accept: 'application/json' } }),
      ]);
      if (!response.ok) throw new Error(`/api/catalog: ${response.status} ${response.statusText}`);
      return CatalogSchema.parse(await response.json());
    },
    staleTime: Infinity,
  });
}
