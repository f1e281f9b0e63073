// Data access for the reference catalog.
import 'server-only';
import { asc } from 'drizzle-orm';
import { CatalogSchema } from '@/lib/schemas/catalog';
import type { Catalog } from '@/lib/model/types';
import { basins, iceObservations, routes } from './schema';
import type { Database } from './client';

/** The whole catalog as the engine reads it, validated (throws if stored rows are malformed). */
export async function getCatalog(db: Database): Promise<Catalog> {
  const [basinRows, routeRows, iceRows] = await Promise.all([
    db.select().from(basins).orderBy(asc(basins.sortOrder)),
    db.select().from(routes).orderBy(asc(routes.sortOrder)),
    db.select().from(iceObservations).orderBy(asc(iceObservations.year)),
  ]);
  return CatalogSchema.parse({
    basins: basinRows.map(({ params, sortOrder: _order, ...columns }) => ({ ...params, ...columns })),
    routes: routeRows.map(({ params, sortOrder: _order, ...columns }) => ({ ...params, ...columns })),
    iceObservations: iceRows,
  });
}
