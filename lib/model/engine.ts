// Pure: reads no database, clock or globals; deterministic (same inputs, same outputs).
// The yearly loop: ice → seasons → leg costs → basin starts and output → routing → totals.
// Hot path: typed arrays only, no per-cell objects or strings (the browser reruns it per frame).
import { compileCatalog, type CompiledCatalog } from './compile';
import { COMBUSTION_CO2_T_PER_T, ENERGY_TOE_PER_T, FIRST_YEAR, IS_STORABLE, PRICE_USD_PER_TONNE } from './defaults';
import { extentMkm2, navigableSeasonDays } from './ice';
import { settleLinkCapacity } from './link';
import { isCooperationEnough, netbackUsdPerTonne, potentialOutputMt, writeCountryShares } from './resources';
import { createRoutingScratch, placeOutput, rankOptions, writeLegCostsUsd, type RoutingScratch } from './transport';
import { COMMODITIES, ICE_ZONES, type Assumptions, type Catalog } from './types';

/** Raw engine output: the flat series buffer plus per-basin detail for tests and charts. */
export interface EngineRun {
  compiled: CompiledCatalog;
  firstYear: number;
  nYears: number;
  /** Year-major `nYears × nSeries` (index t × nSeries + row); NaN = no value (null in results). */
  values: Float64Array;
  /** Row-major `nBasins × nYears`, Mt per year actually produced (and shipped). */
  basinProductionMt: Float64Array;
  /** First producing year per basin, or NaN if it never starts. */
  basinStartYear: Float64Array;
}

const N_REGIONS = 4;
const PRICE = Float64Array.from(COMMODITIES, (c) => PRICE_USD_PER_TONNE[c].value);
const COMBUSTION = Float64Array.from(COMMODITIES, (c) => COMBUSTION_CO2_T_PER_T[c].value);
const TOE = Float64Array.from(COMMODITIES, (c) => ENERGY_TOE_PER_T[c]?.value ?? 0);
const scratchMemo = new WeakMap<CompiledCatalog, RoutingScratch>();
const bufferMemo = new WeakMap<CompiledCatalog, { values: Float64Array; basinProductionMt: Float64Array }>();

/** Zeroed buffers for a run: fresh, or the catalog's cached pair (overwritten by the next run). */
function takeBuffers(c: CompiledCatalog, nYears: number, isReused: boolean) {
  const nValues = c.layout.meta.length * nYears;
  const nBasinValues = c.nBasins * nYears;
  if (!isReused) return { values: new Float64Array(nValues), basinProductionMt: new Float64Array(nBasinValues) };
  let cached = bufferMemo.get(c);
  if (cached === undefined || cached.values.length < nValues) {
    cached = { values: new Float64Array(nValues), basinProductionMt: new Float64Array(nBasinValues) };
    bufferMemo.set(c, cached);
  }
  const values = cached.values.subarray(0, nValues);
  const basinProductionMt = cached.basinProductionMt.subarray(0, nBasinValues);
  values.fill(0);
  basinProductionMt.fill(0);
  return { values, basinProductionMt };
}

/**
 * Runs the engine from FIRST_YEAR (2025) to `assumptions.horizonYear` (at least FIRST_YEAR).
 * Returns fresh output arrays, unless `isReusingBuffers` (then the arrays are valid only until the
 * next run on the same catalog; `simulate` copies them out at once). Working arrays are always
 * reused between calls on the same catalog.
 */
export function runEngine(catalog: Catalog, a: Assumptions, isReusingBuffers = false): EngineRun {
  const c = compileCatalog(catalog);
  const L = c.layout;
  const nYears = Math.max(1, Math.floor(a.horizonYear) - FIRST_YEAR + 1);
  const nSeries = L.meta.length;
  const { values, basinProductionMt } = takeBuffers(c, nYears, isReusingBuffers);
  const basinStartYear = new Float64Array(c.nBasins).fill(Number.NaN);
  let s = scratchMemo.get(c);
  if (s === undefined) {
    s = createRoutingScratch(c);
    scratchMemo.set(c, s);
  }
  const remaining = Float64Array.from(c.basinResourceMt);
  const output = new Float64Array(c.nBasins);
  const unplaced = new Float64Array(c.nBasins);
  const storable = Uint8Array.from(c.basinCommodity, (k) => (IS_STORABLE[COMMODITIES[k] ?? 'Oil'] ? 1 : 0));
  const netback = Float64Array.from(c.basinCommodity, (k) => netbackUsdPerTonne(k, a));
  const shares = new Float64Array(c.nBasins * 3);
  const tmp = new Float64Array(3);
  for (let b = 0; b < c.nBasins; b += 1) {
    writeCountryShares(c, b, a, tmp);
    shares.set(tmp, b * 3);
  }
  const seasonDays = new Float64Array(3);
  const seasonShare = new Float64Array(3);
  const legCost = new Float64Array(c.nLegs);
  const capacity = Math.max(0, a.link.capacityMtPerYear);
  const tariff = Math.max(0, a.link.tariffUsdPerTonne);
  const openYear = a.link.openYear;
  // Per-run constants hoisted out of the yearly loop (hot path).
  const nB = c.nBasins;
  const isCoopEnough = Uint8Array.from(c.basinMinCooperation, (_m, b) => (isCooperationEnough(c, b, a.cooperation.level) ? 1 : 0));
  const { basinIsProducing, basinEarliestStart, basinProductionCostUsd, basinCommodity } = c;
  const { basinLegStart, basinLegCount, basinLegs, legRoute, legCo2TPerT, maxLegsPerBasin } = c;
  const { alloc, optCost } = s;
  const volumeRow = L.volume;

  for (let t = 0; t < nYears; t += 1) {
    const year = FIRST_YEAR + t;
    const o = t * nSeries;
    const extent = extentMkm2(year, c.ice, a.ice.iceFreeYear, a.ice.pathway);
    values[o + L.ice] = extent;
    for (let z = 0; z < 3; z += 1) {
      const days = navigableSeasonDays(ICE_ZONES[z] ?? 'nsr', extent);
      seasonDays[z] = days;
      seasonShare[z] = days / 365;
    }
    values[o + L.beringSeason] = seasonDays[1] ?? 0;
    for (let r = 0; r < c.nRoutes; r += 1) {
      const row = L.season[r] ?? -1;
      const zone = c.routeZone[r] ?? -1;
      if (row >= 0) values[o + row] = zone < 0 ? 365 : (seasonDays[zone] ?? 0);
    }
    writeLegCostsUsd(c, a, year, seasonDays, legCost);
    for (let k = 0; k < L.cost.length; k += 1) {
      values[o + (L.cost[k] ?? 0)] = legCost[c.costSeriesLegs[k] ?? 0] ?? Number.NaN;
    }

    // Starts, potential output, first routing pass (link uncapped).
    s.linkDemand.fill(0);
    s.zoneUsed.fill(0);
    for (let b = 0; b < nB; b += 1) {
      output[b] = 0;
      unplaced[b] = 0;
      const rest = remaining[b] ?? 0;
      if (rest <= 0) continue;
      let startYear = basinStartYear[b] ?? Number.NaN;
      const isStarted = startYear === startYear;
      const isProducing = basinIsProducing[b] === 1;
      // Not started: cheap gates first (earliest year, cooperation), then the cheapest route.
      if (!isStarted && !isProducing && (year < (basinEarliestStart[b] ?? 0) || isCoopEnough[b] !== 1)) continue;
      const cheapest = rankOptions(c, s, b, legCost, seasonDays);
      if (!isStarted) {
        startYear = year;
        if (isProducing) basinStartYear[b] = year;
      }
      // Produce only with a positive margin on the cheapest usable leg (NaN = no leg: no output).
      const isEconomic = (netback[b] ?? 0) - (basinProductionCostUsd[b] ?? 0) - cheapest > 0;
      if (!isEconomic) continue;
      basinStartYear[b] = startYear;
      const q = potentialOutputMt(c, b, year - startYear, rest);
      if (q <= 0) continue;
      output[b] = q;
      unplaced[b] = placeOutput(c, s, b, q, q, 0, true, storable[b] === 1, seasonShare);
    }
    const linkMt = settleLinkCapacity(c, s, capacity, output, storable, seasonShare, unplaced);

    // Totals.
    let spend = 0;
    let co2Transport = 0;
    let co2Combustion = 0;
    for (let b = 0; b < nB; b += 1) {
      const q = (output[b] ?? 0) - (unplaced[b] ?? 0);
      if (q <= 0) continue;
      remaining[b] = Math.max(0, (remaining[b] ?? 0) - q);
      basinProductionMt[b * nYears + t] = q;
      let basinSpend = 0;
      const base = b * maxLegsPerBasin;
      const start = basinLegStart[b] ?? 0;
      const n = basinLegCount[b] ?? 0;
      for (let i = 0; i < n; i += 1) {
        const mt = alloc[base + i] ?? 0;
        if (mt <= 0) continue;
        const leg = basinLegs[start + i] ?? 0;
        const cell = o + (volumeRow[legRoute[leg] ?? 0] ?? 0);
        values[cell] = (values[cell] ?? 0) + mt;
        basinSpend += mt * (optCost[base + i] ?? 0);
        co2Transport += mt * (legCo2TPerT[leg] ?? 0);
      }
      spend += basinSpend;
      const k = basinCommodity[b] ?? 0;
      co2Combustion += q * (COMBUSTION[k] ?? 0);
      const revenue = (q * (PRICE[k] ?? 0)) / 1000;
      const surplus = (q * ((netback[b] ?? 0) - (basinProductionCostUsd[b] ?? 0)) - basinSpend) / 1000;
      const toe = TOE[k] ?? 0;
      for (let r = 0; r < N_REGIONS; r += 1) {
        const share = r === 0 ? 1 : (shares[b * 3 + r - 1] ?? 0);
        if (share === 0) continue;
        addTo(values, o + (L.production[k * N_REGIONS + r] ?? 0), q * share);
        const energyRow = L.energy[k * N_REGIONS + r] ?? -1;
        if (energyRow >= 0) addTo(values, o + energyRow, q * share * toe);
        addTo(values, o + (L.revenue[r] ?? 0), revenue * share);
        addTo(values, o + (L.surplus[r] ?? 0), surplus * share);
      }
    }
    values[o + L.transportSpend] = spend / 1000;
    values[o + L.emissionsTransport] = co2Transport;
    values[o + L.emissionsCombustion] = co2Combustion;
    const isOpen = openYear !== null && year >= openYear;
    values[o + L.tunnelUtilisation] = isOpen && capacity > 0 ? (100 * linkMt) / capacity : Number.NaN;
    values[o + L.tunnelRevenue] = isOpen ? (linkMt * tariff) / 1000 : Number.NaN;
  }
  return { compiled: c, firstYear: FIRST_YEAR, nYears, values, basinProductionMt, basinStartYear };
}

function addTo(values: Float64Array, index: number, amount: number): void {
  values[index] = (values[index] ?? 0) + amount;
}
