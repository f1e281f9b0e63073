import { describe, expect, it } from 'vitest';
import basinsJson from '@/db/seed/catalog/basins.json';
import routesJson from '@/db/seed/catalog/routes.json';
import iceJson from '@/db/seed/catalog/sea-ice-september.json';
import { BasinSchema, CatalogSchema, RouteSchema } from '@/lib/schemas/catalog';
import { CORRIDOR_SEGMENTS } from '@/lib/model/corridor-network';
import { makeCatalog } from '../../builders';

const catalog = makeCatalog();
/** The network segments along a path (either direction); throws on a gap. */
const segmentsOf = (path: readonly string[]) =>
  path.slice(1).map((b, i) => {
    const a = path[i];
    const seg = CORRIDOR_SEGMENTS.find((s) => (s.from === a && s.to === b) || (s.from === b && s.to === a));
    if (seg === undefined) throw new Error(`no segment ${a}–${b}`);
    return seg;
  });
const raw = { basins: basinsJson, routes: routesJson, iceObservations: iceJson };

/** Whether `path` (dot-separated) names a number inside `entry`. */
const isNumericField = (entry: object, path: string): boolean => {
  let value: unknown = entry;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'number';
};

describe('reference catalog files', () => {
  it('parse with CatalogSchema', () => {
    expect(CatalogSchema.safeParse(raw).success).toBe(true);
  });

  it('cite a source for every basin, route and leg', () => {
    for (const b of catalog.basins) expect(b.source.trim().length).toBeGreaterThan(20);
    for (const r of catalog.routes) {
      expect(r.source.trim().length).toBeGreaterThan(20);
      for (const leg of r.legs) expect(leg.source.trim().length).toBeGreaterThan(10);
    }
  });

  it('name only real numeric fields as assumptions', () => {
    const entries: object[] = [...catalog.basins, ...catalog.routes, ...catalog.routes.flatMap((r) => r.legs)];
    for (const entry of entries) {
      for (const field of (entry as { assumedFields: string[] }).assumedFields) {
        expect(isNumericField(entry, field), `${JSON.stringify(field)} in ${JSON.stringify(entry).slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('marks a leg distance as an assumption exactly when a segment of its path is one', () => {
    for (const route of catalog.routes) {
      for (const leg of route.legs) {
        const segments = segmentsOf(leg.path ?? []);
        const isAssumed = (mode: 'sea' | 'rail') => segments.some((s) => s.mode === mode && s.source.includes('assumption'));
        expect(leg.assumedFields.includes('seaKm'), `${route.name} ${leg.origin}`).toBe(isAssumed('sea'));
        expect(leg.assumedFields.includes('railKm'), `${route.name} ${leg.origin}`).toBe(isAssumed('rail'));
      }
    }
  });

  it('holds at least 14 basins across every commodity and both sides of the strait', () => {
    expect(catalog.basins.length).toBeGreaterThanOrEqual(14);
    expect(new Set(catalog.basins.map((b) => b.commodity))).toEqual(new Set(['Oil', 'LNG', 'Coal', 'Copper', 'Zinc', 'Gold']));
    expect(new Set(catalog.basins.map((b) => b.country))).toEqual(new Set(['Russia', 'United States']));
  });

  it('records the cited Chinese stakes in Yamal LNG and Arctic LNG 2', () => {
    const stake = (id: string) => catalog.basins.find((b) => b.id === id)?.foreignStakes.china;
    expect(stake('yamal-lng')).toBeCloseTo(0.2 + 0.099, 12);
    expect(stake('arctic-lng-2')).toBeCloseTo(0.1 + 0.1, 12);
  });

  it('gives every basin at least one leg from its origin to each of its markets', () => {
    for (const b of catalog.basins) {
      for (const market of [b.destination, ...(b.otherDestinations ?? [])]) {
        const legs = catalog.routes.flatMap((r) => r.legs).filter((l) => l.origin === b.origin && l.destination === market);
        expect(legs.length, `${b.id} → ${market}`).toBeGreaterThan(0);
      }
    }
  });

  it('names the five routes of the dashboard, one of them the link', () => {
    expect(catalog.routes.map((r) => r.name)).toEqual(['Tunnel Rail', 'Northern Sea Route', 'Suez', 'Trans-Pacific', 'Transpolar']);
    expect(catalog.routes.filter((r) => r.isLink).map((r) => r.name)).toEqual(['Tunnel Rail']);
  });
});

describe('catalog schemas', () => {
  const basin = basinsJson[0];

  it('accept a seeded basin and route', () => {
    expect(BasinSchema.safeParse(basin).success).toBe(true);
    expect(RouteSchema.safeParse(routesJson[0]).success).toBe(true);
  });

  it.each([
    ['a negative resource', { resourceMt: -1 }],
    ['an unknown commodity', { commodity: 'Uranium' }],
    ['an unknown field', { colour: 'blue' }],
    ['an infinite plateau', { plateauMtPerYear: Number.POSITIVE_INFINITY }],
    ['a stake held by the host', { foreignStakes: { russia: 0.1, china: 0, us: 0 } }],
    ['stakes above 100 %', { foreignStakes: { russia: 0, china: 0.7, us: 0.6 } }],
    ['an empty source', { source: ' ' }],
  ])('reject a basin with %s', (_name, patch) => {
    expect(BasinSchema.safeParse({ ...basin, ...patch }).success).toBe(false);
  });

  it('rejects a leg without distance and a route without legs', () => {
    const route = routesJson[1];
    expect(RouteSchema.safeParse({ ...route, legs: [] }).success).toBe(false);
    expect(RouteSchema.safeParse({ ...route, legs: [{ ...route?.legs[0], seaKm: 0, railKm: 0 }] }).success).toBe(false);
  });

  it('rejects duplicate basin ids and duplicate observation years', () => {
    expect(CatalogSchema.safeParse({ ...raw, basins: [basin, basin] }).success).toBe(false);
    expect(CatalogSchema.safeParse({ ...raw, iceObservations: [iceJson[0], iceJson[0]] }).success).toBe(false);
  });

  it('accepts the catalog as the database returns it: typed columns plus params merged back', () => {
    const rows = catalog.basins.map(
      ({ id, name, commodity, country, resourceMt, productionCostUsdPerTonne, source, assumedFields, ...params }) => ({
        ...params,
        id,
        name,
        commodity,
        country,
        resourceMt,
        productionCostUsdPerTonne,
        source,
        assumedFields,
      }),
    );
    expect(CatalogSchema.parse({ ...raw, basins: rows })).toEqual(catalog);
  });
});
