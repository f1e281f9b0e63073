// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path,
// no allocation). Cost per tonne of every leg in a year, and the routing of each basin's output
// over its legs, cheapest first, within ice seasons and the tunnel's capacity (ADR 011, 012).
import type { CompiledCatalog } from './compile';
import { ICE_PREMIUM_USD_PER_TONNE, MIN_SEASON_DAYS } from './defaults';
import { ICE_ZONES, type Assumptions } from './types';

const ICE_PREMIUM = Float64Array.from(ICE_ZONES, (z) => ICE_PREMIUM_USD_PER_TONNE[z].value);

/**
 * Writes each leg's cost in `year`, USD per tonne, into `out`: base cost (distance × mode cost +
 * handling + toll) + link tariff + carbon price × transport CO2 + ice premium × closed share of
 * the year. NaN marks a leg that does not exist that year (link not open, or an ice zone whose
 * season is under MIN_SEASON_DAYS). Costs never fall when the carbon price rises.
 */
export function writeLegCostsUsd(
  c: CompiledCatalog,
  a: Assumptions,
  year: number,
  seasonDays: Float64Array,
  out: Float64Array,
): void {
  const isLinkOpen = a.link.openYear !== null && year >= a.link.openYear;
  const tariff = Math.max(0, a.link.tariffUsdPerTonne);
  const carbon = Math.max(0, a.markets.carbonPriceUsdPerTonne);
  for (let l = 0; l < c.nLegs; l += 1) {
    let cost = (c.legBaseCostUsd[l] ?? 0) + carbon * (c.legCo2TPerT[l] ?? 0);
    if (c.legIsLink[l] === 1) {
      if (!isLinkOpen) {
        out[l] = Number.NaN;
        continue;
      }
      cost += tariff;
    }
    const zone = c.legZone[l] ?? -1;
    if (zone >= 0) {
      const days = seasonDays[zone] ?? 0;
      if (days < MIN_SEASON_DAYS.value) {
        out[l] = Number.NaN;
        continue;
      }
      cost += ((ICE_PREMIUM[zone] ?? 0) * (365 - Math.min(365, days))) / 365;
    }
    out[l] = cost;
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
 * not met) and sorts its option slots by cost, unusable last. Returns the cheapest usable cost,
 * or NaN when the basin cannot ship at all this year.
 */
export function rankOptions(
  c: CompiledCatalog,
  s: RoutingScratch,
  b: number,
  legCost: Float64Array,
  seasonDays: Float64Array,
): number {
  const base = b * c.maxLegsPerBasin;
  const n = c.basinLegCount[b] ?? 0;
  const start = c.basinLegStart[b] ?? 0;
  const minSeason = c.basinMinSeasonDays[b] ?? 0;
  for (let i = 0; i < n; i += 1) {
    const leg = c.basinLegs[start + i] ?? 0;
    const zone = c.legZone[leg] ?? -1;
    const isTooShort = zone >= 0 && (seasonDays[zone] ?? 0) < minSeason;
    s.optCost[base + i] = isTooShort ? Number.NaN : (legCost[leg] ?? Number.NaN);
    s.order[base + i] = i;
    s.alloc[base + i] = 0;
  }
  for (let i = 1; i < n; i += 1) {
    const slot = s.order[base + i] ?? 0;
    const cost = s.optCost[base + slot] ?? Number.NaN;
    let j = i - 1;
    while (j >= 0 && isCheaper(cost, s.optCost[base + (s.order[base + j] ?? 0)] ?? Number.NaN)) {
      s.order[base + j + 1] = s.order[base + j] ?? 0;
      j -= 1;
    }
    s.order[base + j + 1] = slot;
  }
  return n > 0 ? (s.optCost[base + (s.order[base] ?? 0)] ?? Number.NaN) : Number.NaN;
}

const isCheaper = (x: number, y: number): boolean => !Number.isNaN(x) && (Number.isNaN(y) || x < y);

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
  const base = b * c.maxLegsPerBasin;
  const n = c.basinLegCount[b] ?? 0;
  const start = c.basinLegStart[b] ?? 0;
  let rest = amountMt;
  for (let pos = from; pos < n && rest > 0; pos += 1) {
    const slot = s.order[base + pos] ?? 0;
    if (Number.isNaN(s.optCost[base + slot] ?? Number.NaN)) break;
    const leg = c.basinLegs[start + slot] ?? 0;
    let take = rest;
    if (c.legIsLink[leg] === 1) {
      if (!isLinkAllowed) continue;
      s.linkSlot[b] = pos;
      s.linkDemand[b] = (s.linkDemand[b] ?? 0) + take;
    } else {
      const zone = c.legZone[leg] ?? -1;
      if (zone >= 0 && !isStorable) {
        const used = s.zoneUsed[b * 3 + zone] ?? 0;
        take = Math.min(rest, Math.max(0, (seasonShare[zone] ?? 0) * outputMt - used));
        s.zoneUsed[b * 3 + zone] = used + take;
      }
    }
    s.alloc[base + slot] = (s.alloc[base + slot] ?? 0) + take;
    rest -= take;
  }
  return rest;
}
