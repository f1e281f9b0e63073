// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path,
// no allocation). Cost per tonne of every leg in a year, and the routing of each basin's output
// over its legs, cheapest first, within ice seasons and the tunnel's capacity (ADR 011, 012).
import type { CompiledCatalog } from './compile';
import type { Workspace } from './workspace';

/**
 * Writes each leg's cost in a year, USD per tonne, into `ws.legCostUsd`: the run's fixed part
 * (`ws.legFixedCostUsd`: distance × mode cost + handling + toll + carbon price × transport CO2)
 * + link tariff + the zone's ice premium (`ws.icePremiumUsd`, this year's). NaN marks a leg that
 * does not exist that year (link not open, or an ice zone whose season is under MIN_SEASON_DAYS:
 * its premium is NaN). Costs never fall when the carbon price rises.
 */
export function writeLegCostsUsd(c: CompiledCatalog, ws: Workspace, isLinkOpen: boolean, tariffUsd: number): void {
  const { icePremiumUsd, legFixedCostUsd, legCostUsd } = ws;
  const { legIsLink, legZone } = c;
  for (let l = 0; l < c.nLegs; l += 1) {
    let cost = legFixedCostUsd[l] ?? 0;
    if (legIsLink[l] === 1) {
      if (!isLinkOpen) {
        legCostUsd[l] = Number.NaN;
        continue;
      }
      cost += tariffUsd;
    }
    const zone = legZone[l] ?? -1;
    legCostUsd[l] = zone >= 0 ? cost + (icePremiumUsd[zone] ?? 0) : cost;
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
}

/** Allocates routing scratch for a compiled catalog. */
export function createRoutingScratch(c: CompiledCatalog): RoutingScratch {
  const slots = c.nBasins * c.maxLegsPerBasin;
  return {
    optCost: new Float64Array(slots),
    alloc: new Float64Array(slots),
    order: new Int32Array(slots),
    zoneUsed: new Float64Array(c.nBasins * 3),
    linkSlot: new Int32Array(c.nBasins),
    linkDemand: new Float64Array(c.nBasins),
    priority: new Float64Array(c.nBasins),
    candidates: new Int32Array(c.nBasins),
  };
}

/**
 * Fills `s.optCost` for basin `b` from this year's leg costs (NaN where its own season need is
 * not met, or where the leg ends in North America and `isBarredFromNa`: sanctions), clears its allocations and sorts its option slots by cost, unusable last (insertion
 * sort: a basin has a handful of legs). Returns the cheapest usable cost, or NaN when the basin
 * cannot ship at all this year.
 */
export function rankOptions(
  c: CompiledCatalog,
  s: RoutingScratch,
  b: number,
  legCost: Float64Array,
  seasonDays: Float64Array,
  isBarredFromNa: boolean,
): number {
  const { optCost, order, alloc } = s;
  const { basinLegs, legZone, legIsNorthAmerica } = c;
  const base = b * c.maxLegsPerBasin;
  const n = c.basinLegCount[b] ?? 0;
  const start = c.basinLegStart[b] ?? 0;
  const minSeason = c.basinMinSeasonDays[b] ?? 0;
  for (let i = 0; i < n; i += 1) {
    const leg = basinLegs[start + i] ?? 0;
    const zone = legZone[leg] ?? -1;
    const isTooShort = zone >= 0 && (seasonDays[zone] ?? 0) < minSeason;
    const isBarred = isBarredFromNa && legIsNorthAmerica[leg] === 1;
    const cost = isTooShort || isBarred ? Number.NaN : (legCost[leg] ?? Number.NaN);
    optCost[base + i] = cost;
    alloc[base + i] = 0;
    // Insert slot i into the sorted slots before it (NaN = unusable sorts last, ties keep order).
    let j = i - 1;
    if (cost === cost) {
      for (; j >= 0; j -= 1) {
        const other = optCost[base + (order[base + j] ?? 0)] ?? Number.NaN;
        if (!(other !== other || cost < other)) break;
        order[base + j + 1] = order[base + j] ?? 0;
      }
    }
    order[base + j + 1] = i;
  }
  return n > 0 ? (optCost[base + (order[base] ?? 0)] ?? Number.NaN) : Number.NaN;
}

/**
 * Places `amountMt` of basin `b`'s output (`outputMt` this year) on its ranked options from
 * position `from` on. Ice legs carry non-storable output only up to the season share of the year
 * per zone; the link takes everything offered when `isLinkAllowed` (its capacity is settled by
 * `settleLinkCapacity`). Returns what could not be placed, Mt.
 */
export function placeOutput(
  c: CompiledCatalog,
  s: RoutingScratch,
  b: number,
  outputMt: number,
  amountMt: number,
  from: number,
  isLinkAllowed: boolean,
  isStorable: boolean,
  seasonShare: Float64Array,
): number {
  const { optCost, order, alloc, zoneUsed } = s;
  const base = b * c.maxLegsPerBasin;
  const n = c.basinLegCount[b] ?? 0;
  const start = c.basinLegStart[b] ?? 0;
  let rest = amountMt;
  for (let pos = from; pos < n && rest > 0; pos += 1) {
    const slot = order[base + pos] ?? 0;
    const cost = optCost[base + slot] ?? Number.NaN;
    if (cost !== cost) break;
    const leg = c.basinLegs[start + slot] ?? 0;
    let take = rest;
    if (c.legIsLink[leg] === 1) {
      if (!isLinkAllowed) continue;
      s.linkSlot[b] = pos;
      s.linkDemand[b] = (s.linkDemand[b] ?? 0) + take;
    } else {
      const zone = c.legZone[leg] ?? -1;
      if (zone >= 0 && !isStorable) {
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
