// Pure: reads no database, clock or globals. Turns a catalog into flat typed arrays and a fixed
// series layout once, so a simulation run does no string building or lookups (hot path).
// The memo is a WeakMap keyed by the catalog object: same catalog object, same compilation.
import { COMBUSTION_CO2_T_PER_T, ENERGY_TOE_PER_T, FIRST_YEAR, IS_STORABLE, MODE, NORTH_AMERICAN_DESTINATIONS } from './defaults';
import { summarizeIceObservations, type IceBaseline } from './ice';
import { buildSeriesLayout, type SeriesLayout } from './layout';
import { SEA_AND_RAIL_ROUTE, TRANSIT_DESTINATION, TRANSIT_ORIGIN } from './transit';
import { COMMODITIES, ICE_ZONES, REGIONS, type Basin, type Catalog } from './types';

/** Index of an ice zone in ICE_ZONES, or -1 for year-round. */
export type ZoneIndex = -1 | 0 | 1 | 2;

/** A catalog flattened for the engine. Arrays are indexed by basin, leg or route number. */
export interface CompiledCatalog {
  basinIds: string[];
  nBasins: number;
  basinCommodity: Int8Array;
  /** 0 = Russia, 2 = United States (index into CountryShares order russia, china, us). */
  basinHost: Int8Array;
  basinIsProducing: Uint8Array;
  basinIsJoint: Uint8Array;
  /**
   * Resource, plateau and production cost per tonne *shipped*: concentrate for metals sold as
   * concentrate (metal ÷ grade; cost × grade), else the product itself (ADR 018).
   */
  basinResourceMt: Float64Array;
  basinPlateauMt: Float64Array;
  basinRampYears: Float64Array;
  basinDeclineFraction: Float64Array;
  basinProductionCostUsd: Float64Array;
  basinEarliestStart: Float64Array;
  basinMinCooperation: Float64Array;
  basinMinSeasonDays: Float64Array;
  /** Per basin from its commodity: storable (1) or not, combustion t CO2/t, toe/t. */
  basinIsStorable: Uint8Array;
  basinCombustionCo2: Float64Array;
  basinToe: Float64Array;
  /** Per basin: tonnes of metal per tonne shipped (the concentrate grade; 1 for other products). */
  basinGrade: Float64Array;
  /** Per basin: paid tonnes of metal per tonne shipped (payable share × grade; 1 for other products). */
  basinPaidPerShipped: Float64Array;
  /** Per basin: smelter charges per tonne shipped, USD (treatment + refining; 0 for other products). */
  basinDeductionUsd: Float64Array;
  /** Per basin × region: its `Production|<metal>|Shipped` row (-1: none). */
  basinShippedRows: Int32Array;
  /** Per basin × region (REGIONS order): its `Production|<commodity>` row and `…|Energy` row (-1: none). */
  basinProductionRows: Int32Array;
  basinEnergyRows: Int32Array;
  /** Partner stakes, 3 per basin (russia, china, us), host entry 0. */
  basinStakes: Float64Array;
  /** The basin's legs: `basinLegs[basinLegStart[b] + i]` for i < basinLegCount[b]. */
  basinLegStart: Int32Array;
  basinLegCount: Int32Array;
  basinLegs: Int32Array;
  /**
   * The option slots that can ever be used, per basin: `basinSlots[basinSlotStart[b] + k]` for
   * k < basinSlotCount[b] is a slot index (2 × leg position + 0 in season, + 1 out of season), in
   * increasing order, and `basinSlotLegs` its leg. A year-round leg's out-of-season slot is left
   * out: it never exists (hot path: routing and totals skip it without looking).
   */
  basinSlotStart: Int32Array;
  basinSlotCount: Int32Array;
  basinSlots: Int32Array;
  basinSlotLegs: Int32Array;
  /** Most legs any basin has, and twice that: option slots per basin (in and out of season, ADR 021). */
  maxLegsPerBasin: number;
  maxSlotsPerBasin: number;
  nLegs: number;
  legRoute: Int32Array;
  legZone: Int8Array;
  legIsLink: Uint8Array;
  /** Distances by mode, km (the run's freight rates turn them into cost). */
  legSeaKm: Float64Array;
  legRailKm: Float64Array;
  /** Handling of each mode used + route toll, USD/t (without line haul, tariff, carbon, ice). */
  legHandlingUsd: Float64Array;
  /** The route's toll alone (part of `legHandlingUsd`), USD/t. */
  legTollUsd: Float64Array;
  /** Rail km the link corridor builds new (its line-haul revenue goes to the link's account), km. */
  legNewRailKm: Float64Array;
  /** 1 if the leg crosses the strait eastbound (toward North America), 0 westbound or not at all. */
  legIsEastbound: Uint8Array;
  /** 1 if the leg ends at a North American destination (NORTH_AMERICAN_DESTINATIONS). */
  legIsNorthAmerica: Uint8Array;
  /** Transport emissions, t CO2 per t carried. */
  legCo2TPerT: Float64Array;
  /** Per leg: its route's `Transport Volume|<route>` row. */
  legVolumeRow: Int32Array;
  routeNames: string[];
  nRoutes: number;
  routeIsLink: Uint8Array;
  routeIsSea: Uint8Array;
  routeZone: Int8Array;
  /** Per leg: its route's name, origin and destination (for `summary.routeCosts`). */
  legNames: { route: string; origin: string; destination: string }[];
  /** Reference leg of each `Transport Cost|route|destination` series, in layout order. */
  costSeriesLegs: Int32Array;
  ice: IceBaseline;
  /** Observed extent by year from FIRST_YEAR to the last observation, million km² (NaN: none). */
  observedExtentFromFirstYear: Float64Array;
  layout: SeriesLayout;
}

const memo = new WeakMap<Catalog, CompiledCatalog>();

/** Tonnes of metal per tonne shipped: the concentrate grade, or 1. */
const gradeOf = (b: Basin): number => (b.concentrate === undefined ? 1 : b.concentrate.gradePct / 100);

const zoneIndex = (zone: string | null | undefined): ZoneIndex => {
  const i = ICE_ZONES.indexOf(zone as (typeof ICE_ZONES)[number]);
  return (i < 0 ? -1 : i) as ZoneIndex;
};

/** Compiles (or returns the memoised compilation of) a catalog. Unknown legs are ignored. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = memo.get(catalog);
  if (cached !== undefined) return cached;
  const compiled = buildCompiled(catalog);
  memo.set(catalog, compiled);
  return compiled;
}

function buildCompiled(catalog: Catalog): CompiledCatalog {
  const { basins, routes } = catalog;
  const allLegs = routes.flatMap((route, r) => route.legs.map((leg) => ({ route, r, leg })));
  const nLegs = allLegs.length;
  const legRoute = new Int32Array(nLegs);
  const legZone = new Int8Array(nLegs);
  const legIsLink = new Uint8Array(nLegs);
  const legSeaKm = new Float64Array(nLegs);
  const legRailKm = new Float64Array(nLegs);
  const legHandlingUsd = new Float64Array(nLegs);
  const legIsNorthAmerica = new Uint8Array(nLegs);
  const legCo2TPerT = new Float64Array(nLegs);
  const legTollUsd = new Float64Array(nLegs);
  const legNewRailKm = new Float64Array(nLegs);
  const legIsEastbound = new Uint8Array(nLegs);
  allLegs.forEach(({ route, r, leg }, i) => {
    legRoute[i] = r;
    legZone[i] = zoneIndex(leg.iceZone === undefined ? route.iceZone : leg.iceZone);
    legIsLink[i] = route.isLink ? 1 : 0;
    legSeaKm[i] = Math.max(0, leg.seaKm);
    legRailKm[i] = Math.max(0, leg.railKm);
    const seaHandling = leg.seaKm > 0 ? MODE.sea.handlingUsdPerTonne.value : 0;
    const railHandling = leg.railKm > 0 ? MODE.rail.handlingUsdPerTonne.value : 0;
    legHandlingUsd[i] = seaHandling + railHandling + route.tollUsdPerTonne;
    legIsNorthAmerica[i] = NORTH_AMERICAN_DESTINATIONS.includes(leg.destination) ? 1 : 0;
    legTollUsd[i] = route.tollUsdPerTonne;
    legNewRailKm[i] = route.isLink ? Math.max(0, leg.newRailKm ?? 0) : 0;
    // A link leg crosses the strait: toward a North American market it runs east.
    legIsEastbound[i] = route.isLink && legIsNorthAmerica[i] === 1 ? 1 : 0;
    legCo2TPerT[i] = (leg.seaKm * MODE.sea.co2GramPerTkm.value + leg.railKm * MODE.rail.co2GramPerTkm.value) / 1e6;
  });

  const costPairs: { route: string; destination: string; leg: number }[] = [];
  const seen = new Set<string>();
  allLegs.forEach(({ route, leg }, i) => {
    const key = `${route.name}|${leg.destination}`;
    if (seen.has(key)) return;
    seen.add(key);
    costPairs.push({ route: route.name, destination: leg.destination, leg: i });
  });

  const nBasins = basins.length;
  const basinLegStart = new Int32Array(nBasins);
  const basinLegCount = new Int32Array(nBasins);
  // A basin's options: every leg from its origin to any of its markets (ADR 025).
  const legLists = basins.map((b) => {
    const markets = [b.destination, ...(b.otherDestinations ?? [])];
    return allLegs.flatMap(({ leg }, i) => (leg.origin === b.origin && markets.includes(leg.destination) ? [i] : []));
  });
  let offset = 0;
  legLists.forEach((list, b) => {
    basinLegStart[b] = offset;
    basinLegCount[b] = list.length;
    offset += list.length;
  });
  const slotLists = legLists.map((list) =>
    list.flatMap((leg, i) =>
      (legZone[leg] ?? -1) < 0
        ? [{ slot: 2 * i, leg }]
        : [
            { slot: 2 * i, leg },
            { slot: 2 * i + 1, leg },
          ],
    ),
  );
  const basinSlotStart = new Int32Array(nBasins);
  const basinSlotCount = new Int32Array(nBasins);
  let slotOffset = 0;
  slotLists.forEach((list, b) => {
    basinSlotStart[b] = slotOffset;
    basinSlotCount[b] = list.length;
    slotOffset += list.length;
  });
  const num = (f: (b: (typeof basins)[number]) => number) => Float64Array.from(basins, f);
  const layout = buildSeriesLayout(routes, costPairs, {
    linkRoute: routes.find((r) => r.isLink)?.name ?? 'Tunnel Rail',
    seaRoute: SEA_AND_RAIL_ROUTE,
    origin: TRANSIT_ORIGIN,
    destination: TRANSIT_DESTINATION,
  });
  const ice = summarizeIceObservations(catalog.iceObservations);
  const regionRows = (rows: Int32Array) =>
    Int32Array.from(basins.flatMap((b) => REGIONS.map((_r, r) => rows[COMMODITIES.indexOf(b.commodity) * REGIONS.length + r] ?? -1)));
  return {
    basinIds: basins.map((b) => b.id),
    nBasins,
    basinCommodity: Int8Array.from(basins, (b) => COMMODITIES.indexOf(b.commodity)),
    basinHost: Int8Array.from(basins, (b) => (b.country === 'Russia' ? 0 : 2)),
    basinIsProducing: Uint8Array.from(basins, (b) => (b.status === 'producing' ? 1 : 0)),
    basinIsJoint: Uint8Array.from(basins, (b) => (b.isJointCandidate ? 1 : 0)),
    basinResourceMt: num((b) => Math.max(0, b.resourceMt) / gradeOf(b)),
    basinPlateauMt: num((b) => Math.max(0, b.plateauMtPerYear) / gradeOf(b)),
    basinRampYears: num((b) => Math.max(1, b.rampYears)),
    basinDeclineFraction: num((b) => Math.min(1, Math.max(0, b.declineRatePct / 100))),
    basinProductionCostUsd: num((b) => b.productionCostUsdPerTonne * gradeOf(b)),
    basinEarliestStart: num((b) => b.earliestStartYear),
    basinMinCooperation: num((b) => b.minCooperationLevel),
    basinMinSeasonDays: num((b) => b.minSeasonDays),
    basinIsStorable: Uint8Array.from(basins, (b) => (IS_STORABLE[b.commodity] ? 1 : 0)),
    basinCombustionCo2: num((b) => COMBUSTION_CO2_T_PER_T[b.commodity].value),
    basinToe: num((b) => ENERGY_TOE_PER_T[b.commodity]?.value ?? 0),
    basinGrade: num(gradeOf),
    basinPaidPerShipped: num((b) => gradeOf(b) * (b.concentrate === undefined ? 1 : b.concentrate.payablePct / 100)),
    basinDeductionUsd: num((b) =>
      b.concentrate === undefined
        ? 0
        : b.concentrate.treatmentChargeUsdPerTonne +
          b.concentrate.refiningChargeUsdPerTonnePayable * gradeOf(b) * (b.concentrate.payablePct / 100),
    ),
    basinShippedRows: regionRows(layout.shipped),
    basinProductionRows: regionRows(layout.production),
    basinEnergyRows: regionRows(layout.energy),
    basinStakes: Float64Array.from(basins.flatMap((b) => [b.foreignStakes.russia, b.foreignStakes.china, b.foreignStakes.us])),
    basinLegStart,
    basinLegCount,
    basinLegs: Int32Array.from(legLists.flat()),
    basinSlotStart,
    basinSlotCount,
    basinSlots: Int32Array.from(slotLists.flat(), (x) => x.slot),
    basinSlotLegs: Int32Array.from(slotLists.flat(), (x) => x.leg),
    maxLegsPerBasin: Math.max(1, ...legLists.map((l) => l.length)),
    maxSlotsPerBasin: 2 * Math.max(1, ...legLists.map((l) => l.length)),
    nLegs,
    legRoute,
    legZone,
    legIsLink,
    legSeaKm,
    legRailKm,
    legHandlingUsd,
    legTollUsd,
    legNewRailKm,
    legIsEastbound,
    legIsNorthAmerica,
    legCo2TPerT,
    legVolumeRow: Int32Array.from(legRoute, (r) => layout.volume[r] ?? 0),
    routeNames: routes.map((r) => r.name),
    nRoutes: routes.length,
    routeIsLink: Uint8Array.from(routes, (r) => (r.isLink ? 1 : 0)),
    routeIsSea: Uint8Array.from(routes, (r) => (r.mode === 'sea' ? 1 : 0)),
    routeZone: Int8Array.from(routes, (r) => zoneIndex(r.iceZone)),
    legNames: allLegs.map(({ route, leg }) => ({ route: route.name, origin: leg.origin, destination: leg.destination })),
    costSeriesLegs: Int32Array.from(costPairs, (c) => c.leg),
    ice,
    observedExtentFromFirstYear: Float64Array.from(
      { length: Math.max(0, ice.lastObservedYear - FIRST_YEAR + 1) },
      (_v, t) => ice.observed.get(FIRST_YEAR + t) ?? Number.NaN,
    ),
    layout,
  };
}
