// Pure: reads no database, clock or globals; deterministic (same inputs, same outputs).
// The yearly loop: ice → seasons → leg costs → basin starts and output → routing → totals.
// Hot path: typed arrays only, no per-cell objects or strings (the browser reruns it per frame);
// everything that depends only on the catalog or the assumptions is computed before the loop.
import { compileCatalog, type CompiledCatalog } from './compile';
import { FIRST_YEAR } from './defaults';
import { curveExtentMkm2, zoneSeasonDays } from './ice';
import { settleLinkCapacity } from './link';
import { potentialOutputMt } from './resources';
import { placeOutput, rankOptions, writeLegCostsUsd } from './transport';
import type { Assumptions, Catalog } from './types';
import { prepareRun, takeWorkspace, type RunParams, type Workspace } from './workspace';

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

/** Zeroed output buffers: fresh, or the workspace's (grown if needed; overwritten by the next run). */
function takeBuffers(ws: Workspace, nValues: number, nBasinValues: number, isReused: boolean) {
  if (!isReused) return { values: new Float64Array(nValues), basinProductionMt: new Float64Array(nBasinValues) };
  if (ws.values.length < nValues) ws.values = new Float64Array(nValues);
  if (ws.basinProductionMt.length < nBasinValues) ws.basinProductionMt = new Float64Array(nBasinValues);
  const values = ws.values.subarray(0, nValues);
  const basinProductionMt = ws.basinProductionMt.subarray(0, nBasinValues);
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
  const ws = takeWorkspace(c);
  const { values, basinProductionMt } = takeBuffers(ws, nSeries * nYears, c.nBasins * nYears, isReusingBuffers);
  const p = prepareRun(c, ws, a);
  for (let t = 0; t < nYears; t += 1) {
    const year = FIRST_YEAR + t;
    const o = t * nSeries;
    writeIceAndCosts(c, ws, p, year, values, o);
    startAndRoute(c, ws, year);
    const linkMt = settleLinkCapacity(c, ws.routing, p.capacityMt, ws.outputMt, c.basinIsStorable, ws.seasonShare, ws.unplacedMt);
    addTotals(c, ws, values, o, basinProductionMt, t, nYears);
    const isOpen = year >= p.linkOpenYear;
    values[o + L.tunnelUtilisation] = isOpen && p.capacityMt > 0 ? (100 * linkMt) / p.capacityMt : Number.NaN;
    values[o + L.tunnelRevenue] = isOpen ? (linkMt * p.tariffUsd) / 1000 : Number.NaN;
  }
  const basinStartYear = isReusingBuffers ? ws.basinStartYear : Float64Array.from(ws.basinStartYear);
  return { compiled: c, firstYear: FIRST_YEAR, nYears, values, basinProductionMt, basinStartYear };
}

/** This year's extent, seasons and leg costs, into the workspace and their result rows. */
function writeIceAndCosts(c: CompiledCatalog, ws: Workspace, p: RunParams, year: number, values: Float64Array, o: number): void {
  const L = c.layout;
  const t = year - FIRST_YEAR;
  const observed = t < c.observedExtentFromFirstYear.length ? (c.observedExtentFromFirstYear[t] ?? Number.NaN) : Number.NaN;
  const extent = observed === observed ? observed : curveExtentMkm2(p.curve, year);
  values[o + L.ice] = extent;
  const { seasonDays, seasonShare, legCostUsd } = ws;
  for (let z = 0; z < 3; z += 1) {
    const days = zoneSeasonDays(z, extent);
    seasonDays[z] = days;
    seasonShare[z] = days / 365;
  }
  values[o + L.beringSeason] = seasonDays[1] ?? 0;
  for (let r = 0; r < c.nRoutes; r += 1) {
    const row = L.season[r] ?? -1;
    const zone = c.routeZone[r] ?? -1;
    if (row >= 0) values[o + row] = zone < 0 ? 365 : (seasonDays[zone] ?? 0);
  }
  writeLegCostsUsd(c, ws, year >= p.linkOpenYear, p.tariffUsd);
  for (let k = 0; k < L.cost.length; k += 1) {
    values[o + (L.cost[k] ?? 0)] = legCostUsd[c.costSeriesLegs[k] ?? 0] ?? Number.NaN;
  }
}

/** Starts, potential output and the first routing pass (link uncapped) of every basin. */
function startAndRoute(c: CompiledCatalog, ws: Workspace, year: number): void {
  const s = ws.routing;
  const { remainingMt, outputMt, unplacedMt, basinStartYear, marginUsd, isCooperationEnough } = ws;
  const { basinIsProducing, basinEarliestStart, basinIsStorable } = c;
  for (let b = 0; b < c.nBasins; b += 1) {
    outputMt[b] = 0;
    unplacedMt[b] = 0;
    s.linkDemand[b] = 0;
    s.zoneUsed[b * 3] = 0;
    s.zoneUsed[b * 3 + 1] = 0;
    s.zoneUsed[b * 3 + 2] = 0;
    const rest = remainingMt[b] ?? 0;
    if (rest <= 0) continue;
    let startYear = basinStartYear[b] ?? Number.NaN;
    const isStarted = startYear === startYear;
    const isProducing = basinIsProducing[b] === 1;
    // Not started: cheap gates first (earliest year, cooperation), then the cheapest route.
    if (!isStarted && !isProducing && (year < (basinEarliestStart[b] ?? 0) || isCooperationEnough[b] !== 1)) continue;
    const cheapest = rankOptions(c, s, b, ws.legCostUsd, ws.seasonDays);
    if (!isStarted) {
      startYear = year;
      if (isProducing) basinStartYear[b] = year;
    }
    // Produce only with a positive margin on the cheapest usable leg (NaN = no leg: no output).
    if (!((marginUsd[b] ?? 0) - cheapest > 0)) continue;
    basinStartYear[b] = startYear;
    const q = potentialOutputMt(c, b, year - startYear, rest);
    if (q <= 0) continue;
    outputMt[b] = q;
    unplacedMt[b] = placeOutput(c, s, b, q, q, 0, true, basinIsStorable[b] === 1, ws.seasonShare);
  }
}

/** Adds each basin's shipped output to volumes, spend, emissions, production and money rows. */
function addTotals(
  c: CompiledCatalog,
  ws: Workspace,
  values: Float64Array,
  o: number,
  basinProductionMt: Float64Array,
  t: number,
  nYears: number,
): void {
  const L = c.layout;
  const { alloc, optCost } = ws.routing;
  const { basinLegStart, basinLegCount, basinLegs, legRoute, legCo2TPerT, maxLegsPerBasin } = c;
  const { basinProductionRows, basinEnergyRows, basinPriceUsd, basinCombustionCo2, basinToe } = c;
  const { remainingMt, outputMt, unplacedMt, marginUsd, shares } = ws;
  let spend = 0;
  let co2Transport = 0;
  let co2Combustion = 0;
  for (let b = 0; b < c.nBasins; b += 1) {
    const q = (outputMt[b] ?? 0) - (unplacedMt[b] ?? 0);
    if (q <= 0) continue;
    remainingMt[b] = Math.max(0, (remainingMt[b] ?? 0) - q);
    basinProductionMt[b * nYears + t] = q;
    let basinSpend = 0;
    const base = b * maxLegsPerBasin;
    const start = basinLegStart[b] ?? 0;
    const n = basinLegCount[b] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const mt = alloc[base + i] ?? 0;
      if (mt <= 0) continue;
      const leg = basinLegs[start + i] ?? 0;
      const cell = o + (L.volume[legRoute[leg] ?? 0] ?? 0);
      values[cell] = (values[cell] ?? 0) + mt;
      basinSpend += mt * (optCost[base + i] ?? 0);
      co2Transport += mt * (legCo2TPerT[leg] ?? 0);
    }
    spend += basinSpend;
    co2Combustion += q * (basinCombustionCo2[b] ?? 0);
    const revenue = (q * (basinPriceUsd[b] ?? 0)) / 1000;
    const surplus = (q * (marginUsd[b] ?? 0) - basinSpend) / 1000;
    const toe = basinToe[b] ?? 0;
    for (let r = 0; r < 4; r += 1) {
      const share = shares[b * 4 + r] ?? 0;
      if (share === 0) continue;
      const qShare = q * share;
      const production = o + (basinProductionRows[b * 4 + r] ?? 0);
      values[production] = (values[production] ?? 0) + qShare;
      const energyRow = basinEnergyRows[b * 4 + r] ?? -1;
      if (energyRow >= 0) values[o + energyRow] = (values[o + energyRow] ?? 0) + qShare * toe;
      const revenueCell = o + (L.revenue[r] ?? 0);
      values[revenueCell] = (values[revenueCell] ?? 0) + revenue * share;
      const surplusCell = o + (L.surplus[r] ?? 0);
      values[surplusCell] = (values[surplusCell] ?? 0) + surplus * share;
    }
  }
  values[o + L.transportSpend] = spend / 1000;
  values[o + L.emissionsTransport] = co2Transport;
  values[o + L.emissionsCombustion] = co2Combustion;
}
