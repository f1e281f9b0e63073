// Schemas for the reference catalog: the seed JSON files (db/seed/catalog) and the catalog as
// read back from the database. Parsed values are assignable to the lib/model types.
import { z } from 'zod';
import { COMMODITIES, HOST_COUNTRIES, ICE_ZONES, type Basin, type Catalog, type IceObservation, type Route } from '@/lib/model/types';

const finite = z.number();
const nonNegative = finite.min(0);
const year = z.number().int().min(1900).max(2200);
const fraction = finite.min(0).max(1);
const text = z.string().trim().min(1);

/** One observed September extent (million km², > 0) with its citation. */
export const IceObservationSchema = z.strictObject({
  year,
  extentMkm2: finite.positive(),
  source: text,
});

/** A basin or deposit; foreign stakes sum to at most 1 and the host holds no "foreign" stake. */
export const BasinSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: text,
    commodity: z.enum(COMMODITIES),
    country: z.enum(HOST_COUNTRIES),
    resourceMt: nonNegative,
    productionCostUsdPerTonne: nonNegative,
    source: text,
    assumedFields: z.array(text),
    status: z.enum(['producing', 'planned', 'prospect']),
    origin: text,
    destination: text,
    otherDestinations: z.array(text).max(8).optional(),
    earliestStartYear: year,
    plateauMtPerYear: nonNegative,
    rampYears: finite.min(1).max(50),
    declineRatePct: finite.min(0).max(100),
    foreignStakes: z.strictObject({ russia: fraction, china: fraction, us: fraction }),
    isJointCandidate: z.boolean(),
    minCooperationLevel: fraction,
    minSeasonDays: finite.min(0).max(365),
    notes: z.string().optional(),
    concentrate: z
      .strictObject({
        gradePct: finite.gt(0).max(100),
        payablePct: finite.gt(0).max(100),
        treatmentChargeUsdPerTonne: nonNegative,
        refiningChargeUsdPerTonnePayable: nonNegative,
      })
      .optional(),
  })
  .refine((b) => b.foreignStakes.russia + b.foreignStakes.china + b.foreignStakes.us <= 1 + 1e-9, {
    message: 'foreign stakes sum to more than 1',
    path: ['foreignStakes'],
  })
  .refine((b) => (b.country === 'Russia' ? b.foreignStakes.russia : b.foreignStakes.us) === 0, {
    message: 'the host country cannot hold a foreign stake',
    path: ['foreignStakes'],
  });

/** One origin→destination leg of a route, distances in km. */
export const RouteLegSchema = z
  .strictObject({
    origin: text,
    destination: text,
    seaKm: nonNegative,
    railKm: nonNegative,
    iceZone: z.enum(ICE_ZONES).nullable().optional(),
    newRailKm: nonNegative.optional(),
    path: z.array(text).min(2).max(64).optional(),
    source: text,
    assumedFields: z.array(text),
  })
  .refine((l) => l.seaKm + l.railKm > 0, { message: 'a leg needs a distance', path: ['seaKm'] })
  .refine((l) => (l.newRailKm ?? 0) <= l.railKm, { message: 'new rail longer than the rail leg', path: ['newRailKm'] });

/** A transport route (corridor) with its legs. */
export const RouteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: text,
  mode: z.enum(['rail', 'sea']),
  source: text,
  assumedFields: z.array(text),
  isLink: z.boolean(),
  iceZone: z.enum(ICE_ZONES).nullable(),
  tollUsdPerTonne: nonNegative,
  legs: z.array(RouteLegSchema).min(1),
});

/** The whole catalog: unique ids and years, at most one link route. */
export const CatalogSchema = z
  .strictObject({
    basins: z.array(BasinSchema),
    routes: z.array(RouteSchema),
    iceObservations: z.array(IceObservationSchema),
  })
  .superRefine((c, ctx) => {
    const dup = (values: readonly (string | number)[]) => values.find((v, i) => values.indexOf(v) !== i);
    const checks: [string, string | number | undefined][] = [
      ['basins', dup(c.basins.map((b) => b.id))],
      ['routes', dup(c.routes.map((r) => r.id))],
      ['routes', dup(c.routes.map((r) => r.name))],
      ['iceObservations', dup(c.iceObservations.map((o) => o.year))],
    ];
    for (const [path, value] of checks) {
      if (value !== undefined) ctx.addIssue({ code: 'custom', message: `duplicate ${value}`, path: [path] });
    }
    if (c.routes.filter((r) => r.isLink).length > 1) {
      ctx.addIssue({ code: 'custom', message: 'more than one link route', path: ['routes'] });
    }
  });

// Compile-time proof that parsed values fit the engine's types.
type Assignable<T extends U, U> = T;
export type ParsedBasin = Assignable<z.infer<typeof BasinSchema>, Basin>;
export type ParsedRoute = Assignable<z.infer<typeof RouteSchema>, Route>;
export type ParsedIceObservation = Assignable<z.infer<typeof IceObservationSchema>, IceObservation>;
export type ParsedCatalog = Assignable<z.infer<typeof CatalogSchema>, Catalog>;
