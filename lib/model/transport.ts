// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path,
// no allocation). Cost per tonne of every leg in a year, and the routing of each basin's output
// over its options, cheapest first, within ice seasons, its margin and the tunnel's capacity
// (ADR 011, 021). Each leg offers two option slots: slot 2i ships in season (ice legs: at most the
// season's share of the year's output per zone) and slot 2i + 1 out of season (ice-class ship and
// escort, or storage until the season for storable goods); a year-round leg uses slot 2i only.
import type { CompiledCatalog } from './compile';
import type { Workspace } from './workspace';

/**
 * Writes each leg's cost in a year, USD per tonne: `ws.legBaseUsd` = the run's fixed part (line
 * haul + handling + toll + carbon) + link tariff, and `ws.legCostUsd` = base + the zone's yearly
 * ice premium (`ws.icePremiumUsd`: the out-of-season premium × the out-of-season share of the
 * year), the cost reported for the leg. NaN marks a leg that does not exist that year (link not
 * open; an ice zone with no open-water season and no winter navigation). Costs never fall when the
 * carbon price rises, and never rise when the season lengthens. Legs outside the ice zones cost the
 * same every year while the link stays open or closed: they are written only when `isYearRoundDue`
 * (the first year of a run, and the year the link opens) and keep their values otherwise.
 */
export function writeLegCostsUsd(c: CompiledCatalog, ws: Workspace, isLinkOpen: boolean, tariffUsd: number, isYearRoundDue: boolean): void {
  const { icePremiumUsd, legFixedCostUsd, legCostUsd, legBaseUsd, legInSeasonUsd, legOutWinterUsd, legOutStorableUsd } = ws;
  const { seasonDays, winterPremiumUsd, storageUsd, minSeasonDays } = ws;
  const { legIsLink, legZone } = c;
  for (let l = 0; l < c.nLegs; l += 1) {
    const zone = legZone[l] ?? -1;
    if (zone < 0 && !isYearRoundDue) continue;
    let cost = legFixedCostUsd[l] ?? 0;
    if (legIsLink[l] === 1) {
      if (!isLinkOpen) cost = Number.NaN;
      else cost += tariffUsd;
    }
    legBaseUsd[l] = cost;
    if (zone < 0) {
      legCostUsd[l] = cost;
      legInSeasonUsd[l] = cost;
      legOutWinterUsd[l] = Number.NaN;
      legOutStorableUsd[l] = Number.NaN;
      continue;
    }
    legCostUsd[l] = cost + (icePremiumUsd[zone] ?? 0);
    const hasSeason = (seasonDays[zone] ?? 0) >= minSeasonDays;
    const winter = winterPremiumUsd[zone] ?? Number.NaN;
    const storage = hasSeason ? (storageUsd[zone] ?? Number.NaN) : Number.NaN;
    legInSeasonUsd[l] = hasSeason ? cost : Number.NaN;
    legOutWinterUsd[l] = cost + winter;
    // The cheaper of the two that exist (NaN when neither does).
    legOutStorableUsd[l] = cost + (storage < winter || winter !== winter ? storage : winter);
  }
}

/** Reusable per-catalog working arrays for routing (sized once, overwritten every year). */
export interface RoutingScratch {
  /** Per basin × option slot: cost (NaN = unusable), allocation (Mt), order of slots. */
  optCost: Float64Array;
  alloc: Float64Array;
  order: Int32Array;
  zoneUsed: Float64Array;
  linkSlot: Int32Array;
  linkDemand: Float64Array;
  priority: Float64Array;
  candidates: Int32Array;
  /** Per basin: number of usable (profitable) slots, which `order` lists first. */
  nUsable: Int32Array;
}

/** Allocates routing scratch for a compiled catalog. */
export function createRoutingScratch(c: CompiledCatalog): RoutingScratch {
  const slots = c.nBasins * c.maxSlotsPerBasin;
  return {
    optCost: new Float64Array(slots),
    alloc: new Float64Array(slots),
    order: new Int32Array(slots),
    zoneUsed: new Float64Array(c.nBasins * 3),
    linkSlot: new Int32Array(c.nBasins),
    linkDemand: new Float64Array(c.nBasins),
    priority: new Float64Array(c.nBasins),
    candidates: new Int32Array(c.nBasins),
    nUsable: new Int32Array(c.nBasins),
  };
}

/**
 * Fills `s.optCost` for basin `b` from this year's costs: per leg its in-season slot (ice legs
 * only when the zone's season reaches `ws.minSeasonDays` and the basin's own need) and its
 * out-of-season slot (base + the cheaper of winter navigation `ws.winterPremiumUsd` and, for
 * storable goods in a zone with a season, storage `ws.storageUsd`). A slot is unusable (NaN) when
 * the leg does not exist, ends in North America while `isBarredFromNa` (sanctions), or costs at
 * least `marginUsd` (no leg is used at a loss). Clears the basin's allocations and sorts its slots
 * by cost, unusable last (insertion sort: a basin has a handful of legs). Returns the cheapest
 * usable cost, or NaN when the basin cannot ship anything at a profit this year.
 */
export function rankOptions(c: CompiledCatalog, ws: Workspace, b: number, isBarredFromNa: boolean, marginUsd: number): number {
  const s = ws.routing;
  const { optCost, order, alloc } = s;
  const { basinSlots, basinSlotLegs, legIsNorthAmerica } = c;
  const { legInSeasonUsd, legOutWinterUsd, legOutStorableUsd } = ws;
  const base = b * c.maxSlotsPerBasin;
  const start = c.basinSlotStart[b] ?? 0;
  const end = start + (c.basinSlotCount[b] ?? 0);
  // A basin that needs a longer season than open-water ships do (rare) checks it per leg.
  const ownSeason = c.basinMinSeasonDays[b] ?? 0;
  const outSeason = c.basinIsStorable[b] === 1 ? legOutStorableUsd : legOutWinterUsd;
  let nUsable = 0;
  // Slots that never exist (a year-round leg out of season) are not listed: their cost stays
  // unread and their allocation 0.
  for (let k = start; k < end; k += 1) {
    const i = basinSlots[k] ?? 0;
    const leg = basinSlotLegs[k] ?? 0;
    let cost = (i & 1) === 0 ? (legInSeasonUsd[leg] ?? Number.NaN) : (outSeason[leg] ?? Number.NaN);
    if (isBarredFromNa && legIsNorthAmerica[leg] === 1) cost = Number.NaN;
    else if (ownSeason > 0) cost = costInOwnSeason(c, ws, leg, i, ownSeason, cost);
    alloc[base + i] = 0;
    optCost[base + i] = cost;
    if (!(cost < marginUsd)) {
      optCost[base + i] = Number.NaN;
      continue;
    }
    // Insert slot i among the usable slots, cheapest first (ties keep order).
    let j = nUsable - 1;
    for (; j >= 0; j -= 1) {
      const other = optCost[base + (order[base + j] ?? 0)] ?? 0;
      if (!(cost < other)) break;
      order[base + j + 1] = order[base + j] ?? 0;
    }
    order[base + j + 1] = i;
    nUsable += 1;
  }
  s.nUsable[b] = nUsable;
  return nUsable > 0 ? (optCost[base + (order[base] ?? 0)] ?? Number.NaN) : Number.NaN;
}

/**
 * Cost of slot `i` on `leg` for a basin that needs a season of `ownSeason` days, longer than
 * open-water ships do (rare): where the leg's zone has a shorter season, the in-season slot is
 * unusable (NaN) and the out-of-season slot can only use winter navigation, as storage waits for
 * that season too; elsewhere `cost`. Kept apart so that `rankOptions` reads as its common case.
 */
function costInOwnSeason(c: CompiledCatalog, ws: Workspace, leg: number, i: number, ownSeason: number, cost: number): number {
  const zone = c.legZone[leg] ?? -1;
  if (zone < 0 || (ws.seasonDays[zone] ?? 0) >= ownSeason) return cost;
  return (i & 1) === 0 ? Number.NaN : (ws.legOutWinterUsd[leg] ?? Number.NaN);
}

/**
 * Places `amountMt` of basin `b`'s output (`outputMt` this year) on its ranked slots from
 * position `from` on. An in-season slot of an ice leg carries at most the zone's season share of
 * the year's output (what is produced while the sea is open); out-of-season slots and year-round
 * legs take all; the link takes everything offered when `isLinkAllowed` (its capacity is settled
 * by `settleLinkCapacity`). Returns what could not be placed at a profit, Mt.
 */
export function placeOutput(
  c: CompiledCatalog,
  s: RoutingScratch,
  b: number,
  outputMt: number,
  amountMt: number,
  from: number,
  isLinkAllowed: boolean,
  seasonShare: Float64Array,
): number {
  const { order, alloc, zoneUsed } = s;
  const base = b * c.maxSlotsPerBasin;
  const n = s.nUsable[b] ?? 0;
  const start = c.basinLegStart[b] ?? 0;
  let rest = amountMt;
  for (let pos = from; pos < n && rest > 0; pos += 1) {
    const slot = order[base + pos] ?? 0;
    const leg = c.basinLegs[start + (slot >> 1)] ?? 0;
    let take = rest;
    if (c.legIsLink[leg] === 1) {
      if (!isLinkAllowed) continue;
      s.linkSlot[b] = pos;
      s.linkDemand[b] = (s.linkDemand[b] ?? 0) + take;
    } else {
      const zone = c.legZone[leg] ?? -1;
      if (zone >= 0 && (slot & 1) === 0) {
        const used = zoneUsed[b * 3 + zone] ?? 0;
        take = Math.min(rest, Math.max(0, (seasonShare[zone] ?? 0) * outputMt - used));
        zoneUsed[b * 3 + zone] = used + take;
      }
    }
    alloc[base + slot] = (alloc[base + slot] ?? 0) + take;
    rest -= take;
  }
  return rest;
}
