// Catalog use cases. The catalog only changes when the app is re-seeded at start-up, so it is
// read once per database handle and kept.
import 'server-only';
import type { Database } from '@/db/client';
import { getCatalog as readCatalog } from '@/db/catalog';
import type { Catalog } from '@/lib/model/types';

const cache = new WeakMap<Database, Promise<Catalog>>();

/** The reference catalog (basins, routes, ice observations with sources). */
export function getCatalog(db: Database): Promise<Catalog> {
  let catalog = cache.get(db);
  if (!catalog) {
    catalog = readCatalog(db);
    cache.set(db, catalog);
    catalog.catch(() => cache.delete(db));
  }
  return catalog;
}
