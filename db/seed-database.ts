// Seeds the reference catalog and the presets from the project's own data files.
// Idempotent: a database that already holds this exact seed is left alone, so restarting keeps
// user data and never seeds twice. Changed seed data replaces the catalog and the presets only.
import 'server-only';
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { PRESETS } from '@/lib/model/presets';
import { CatalogSchema } from '@/lib/schemas/catalog';
import type { Catalog } from '@/lib/model/types';
import basinsJson from './seed/catalog/basins.json';
import routesJson from './seed/catalog/routes.json';
import iceJson from './seed/catalog/sea-ice-september.json';
import { basins, iceObservations, routes, scenarios, seedState } from './schema';
import type { Database } from './client';

/** Arbitrary constant key for the advisory lock that serialises concurrent seeding. */
const SEED_LOCK_KEY = 724_119_001;

/** The catalog shipped with the app, validated. Throws if the data files are malformed. */
export function readSeedCatalog(): Catalog {
  return CatalogSchema.parse({ basins: basinsJson, routes: routesJson, iceObservations: iceJson });
}

/** A fingerprint of the seed data (catalog + presets). */
export function seedVersion(catalog: Catalog): string {
  return createHash('sha256').update(JSON.stringify({ catalog, PRESETS })).digest('hex').slice(0, 16);
}

/**
 * A catalog entity as a table row: its typed columns as they are, every other field in `params`,
 * and its position in the catalog.
 */
function toCatalogRow<T extends object, K extends keyof T>(entity: T, columns: readonly K[], sortOrder: number) {
  const picked = {} as Pick<T, K>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if ((columns as readonly PropertyKey[]).includes(key)) (picked as Record<string, unknown>)[key] = value;
    else params[key] = value;
  }
  return { ...picked, params, sortOrder };
}

const BASIN_COLUMNS = ['id', 'name', 'commodity', 'country', 'resourceMt', 'productionCostUsdPerTonne', 'source', 'assumedFields'] as const;
const ROUTE_COLUMNS = ['id', 'name', 'mode', 'source', 'assumedFields'] as const;

/** Writes catalog and presets unless this seed version is already stored. */
export async function seedDatabase(db: Database): Promise<{ seeded: boolean; version: string }> {
  const catalog = readSeedCatalog();
  const version = seedVersion(catalog);
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [state] = await tx.select().from(seedState).where(eq(seedState.id, 1));
    if (state?.catalogVersion === version) return false;

    await tx.delete(basins).where(sql`true`);
    await tx.delete(routes).where(sql`true`);
    await tx.delete(iceObservations).where(sql`true`);
    await tx.insert(basins).values(catalog.basins.map((b, i) => toCatalogRow(b, BASIN_COLUMNS, i)));
    await tx.insert(routes).values(catalog.routes.map((r, i) => toCatalogRow(r, ROUTE_COLUMNS, i)));
    await tx.insert(iceObservations).values(catalog.iceObservations);

    for (const [presetOrder, preset] of PRESETS.entries()) {
      const row = { name: preset.name, description: preset.description, assumptions: preset.assumptions, isPreset: true, presetOrder };
      await tx
        .insert(scenarios)
        .values({ id: preset.id, ...row })
        .onConflictDoUpdate({
          target: scenarios.id,
          set: { ...row, version: sql`${scenarios.version} + 1`, updatedAt: sql`now()` },
        });
    }
    await tx
      .insert(seedState)
      .values({ id: 1, catalogVersion: version })
      .onConflictDoUpdate({ target: seedState.id, set: { catalogVersion: version, seededAt: sql`now()` } });
    return true;
  });
  return { seeded, version };
}
