// Pure: reads no database, clock or globals; deterministic (same inputs, same outputs).
// The yearly loop: ice → seasons → leg costs → basin starts and output → routing → totals; then
// the per-basin rows (production, money, combustion) in one pass. Basin life cycle: ADR 014.
// Hot path: typed arrays only, no per-cell objects or strings (the browser reruns it per frame);
// everything that depends only on the catalog or the assumptions is computed before the loop.
import { compileCatalog, type CompiledCatalog } from './compile';
import { STORAGE_USD_PER_TONNE_MONTH, TRANSIT } from './corridor-defaults';
import { FIRST_YEAR } from './defaults';
import { WINTER_PREMIUM_USD } from './ice-years';
import { KERNEL_MAX_YEARS, type Kernel } from './kernel';
import { settleLinkCapacity } from './link';
import { writeLinkAccount } from './link-account';
import { listRouteCosts } from './route-costs';
import { addYearTransit, writeTransitCosts } from './transit';
import { placeOutput, rankOptions, writeLegCostsUsd } from './transport';
import { addBasinRows, addYearTransport } from './totals';
import type { Assumptions, Catalog, ResultSummary } from './types';
import { prepareRun, takeWorkspace, type RunParams, type Workspace } from './workspace';

const DAYS_PER_MONTH = 365 / 12;

/** Which loop a run uses: the WebAssembly kernel where it can (ADR 092), or the TypeScript reference. */
export type EngineLoop = 'fastest' | 'typescript';

/** Raw engine output: the flat series buffer plus per-basin detail for tests and charts. */
export interface EngineRun {
  compiled: CompiledCatalog;
  firstYear: number;
  nYears: number;
  /** Series-major `nSeries × nYears` (index row × nYears + t); NaN = no value (null in results). */
  values: Float64Array;
  /** Row-major `nBasins × nYears`, Mt per year actually produced (and shipped). */
  basinProductionMt: Float64Array;
  /** First producing year per basin, or NaN if it never starts. */
  basinStartYear: Float64Array;
  /** Row-major `nBasins × nYears`: least margin on any option a basin shipped on, USD/t (+∞ or stale where it shipped nothing: read with `basinProductionMt` > 0). */
  basinWorstMarginUsd: Float64Array;
  /** Headline figures: the link's account and the crossings (a fresh object every run). */
  summary: ResultSummary;
  /**
   * With `findFiniteRows`: per series, 1 if all its values are finite, else 0 (`toSimulationResult`
   * copies such rows as they are); valid until the next run on the same catalog. Else null.
   */
  isRowFinite: Int32Array | null;
}

/** How to run: which loop (the kernel where it can, ADR 092), and whether to mark the rows that are all finite. */
export interface EngineOptions {
  loop?: EngineLoop;
  findFiniteRows?: boolean;
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
 * reused between calls on the same catalog. `options.loop` picks the TypeScript loop instead of the
 * WebAssembly kernel (same results, ADR 092); `options.findFiniteRows` fills `isRowFinite`.
 */
export function runEngine(catalog: Catalog, a: Assumptions, isReusingBuffers = false, options: EngineOptions = {}): EngineRun {
  const c = compileCatalog(catalog);
  const L = c.layout;
  const nYears = Math.max(1, Math.floor(a.horizonYear) - FIRST_YEAR + 1);
  const nSeries = L.meta.length;
  const ws = takeWorkspace(c);
  // A longer run grows the year-sized arrays outside the kernel's memory: the kernel is dropped.
  if (nYears > KERNEL_MAX_YEARS) ws.kernel = null;
  const kernel = options.loop === 'typescript' ? null : ws.kernel;
  // The kernel writes into its own buffers; a run that keeps its arrays gets copies.
  const buffers = takeBuffers(ws, nSeries * nYears, c.nBasins * nYears, isReusingBuffers || kernel !== null);
  const p = prepareRun(c, ws, a, nYears);
  if (kernel !== null) runKernel(kernel, ws, p, nYears);
  else runYears(c, ws, p, nYears, buffers.values, buffers.basinProductionMt);
  const isCopied = kernel !== null && !isReusingBuffers;
  const values = isCopied ? buffers.values.slice() : buffers.values;
  const basinProductionMt = isCopied ? buffers.basinProductionMt.slice() : buffers.basinProductionMt;
  const summary = writeLinkAccount(c, a, values, nYears, ws.transit, listRouteCosts(c, ws, a));
  const basinStartYear = isReusingBuffers ? ws.basinStartYear : Float64Array.from(ws.basinStartYear);
  const worst = ws.basinWorstMarginUsd.subarray(0, c.nBasins * nYears);
  const basinWorstMarginUsd = isReusingBuffers ? worst : Float64Array.from(worst);
  let isRowFinite: Int32Array | null = null;
  if (options.findFiniteRows === true) {
    if (kernel === null) isRowFinite = findFiniteRows(values, nSeries, nYears);
    else {
      kernel.findFiniteRows(nYears);
      isRowFinite = isReusingBuffers ? kernel.rowIsFinite : kernel.rowIsFinite.slice();
    }
  }
  return {
    compiled: c,
    firstYear: FIRST_YEAR,
    nYears,
    values,
    basinProductionMt,
    basinStartYear,
    basinWorstMarginUsd,
    summary,
    isRowFinite,
  };
}

/** Per row of a series-major buffer: 1 if all its `nYears` values are finite, else 0 (the kernel's `findFiniteRows`). */
export function findFiniteRows(values: Float64Array, nSeries: number, nYears: number): Int32Array {
  const out = new Int32Array(nSeries);
  for (let row = 0; row < nSeries; row += 1) {
    let isFinite = 1;
    for (let i = row * nYears, end = i + nYears; i < end; i += 1) {
      const v = values[i] ?? Number.NaN;
      if (v - v !== 0) {
        isFinite = 0;
        break;
      }
    }
    out[row] = isFinite;
  }
  return out;
}

/** The yearly loop and the per-basin rows in the WebAssembly kernel (same steps as `runYears`). */
function runKernel(kernel: Kernel, ws: Workspace, p: RunParams, nYears: number): void {
  const ice = ws.iceYears;
  kernel.iceExtent.set(ice.extentMkm2.subarray(0, nYears));
  kernel.iceSeasonDays.set(ice.seasonDays.subarray(0, nYears * 3));
  kernel.iceSeasonShare.set(ice.seasonShare.subarray(0, nYears * 3));
  kernel.iceIcePremium.set(ice.icePremiumUsd.subarray(0, nYears * 3));
  kernel.transitVolume.set(ws.transit.volumeByYear.subarray(0, nYears));
  kernel.run(
    nYears,
    FIRST_YEAR,
    p.linkOpenYear,
    p.capacityMt,
    p.tariffUsd,
    p.iceCostMultiplier,
    ws.minSeasonDays,
    STORAGE_USD_PER_TONNE_MONTH.value,
    ws.transit.linkShare,
    ws.transit.linkLineHaulUsd,
    TRANSIT.eastboundShare.value,
  );
}

/** The yearly loop and the per-basin rows in TypeScript: the reference the kernel follows. */
function runYears(
  c: CompiledCatalog,
  ws: Workspace,
  p: RunParams,
  nYears: number,
  values: Float64Array,
  basinProductionMt: Float64Array,
): void {
  const L = c.layout;
  for (let t = 0; t < nYears; t += 1) {
    const year = FIRST_YEAR + t;
    writeIceAndCosts(c, ws, p, year, values, nYears);
    startAndRoute(c, ws, year, ws.priceIndex[t] ?? 1);
    const isOpen = year >= p.linkOpenYear;
    // Before the link opens no basin can offer it anything: nothing to settle.
    const linkMt = isOpen ? settleLinkCapacity(c, ws.routing, p.capacityMt, ws.outputMt, ws.seasonShare, ws.unplacedMt) : 0;
    addYearTransport(c, ws, values, basinProductionMt, t, nYears);
    // Transit takes what capacity the basins leave (ADR 022).
    const transitMt = addYearTransit(c, ws.transit, values, t, nYears, isOpen, p.capacityMt - linkMt);
    writeTransitCosts(c, ws.transit, values, t, nYears, isOpen);
    values[L.tunnelUtilisation * nYears + t] = isOpen && p.capacityMt > 0 ? (100 * (linkMt + transitMt)) / p.capacityMt : Number.NaN;
  }
  addBasinRows(c, ws, values, basinProductionMt, nYears);
}

/** This year's extent, seasons and leg costs, into the workspace and their result rows (`nYears` long). */
function writeIceAndCosts(c: CompiledCatalog, ws: Workspace, p: RunParams, year: number, values: Float64Array, nYears: number): void {
  const L = c.layout;
  const ice = ws.iceYears;
  const t = year - FIRST_YEAR;
  values[L.ice * nYears + t] = ice.extentMkm2[t] ?? 0;
  const { seasonDays, seasonShare, icePremiumUsd, legCostUsd } = ws;
  for (let z = 0; z < 3; z += 1) {
    seasonDays[z] = ice.seasonDays[t * 3 + z] ?? 0;
    seasonShare[z] = ice.seasonShare[t * 3 + z] ?? 0;
    // NaN (no season, no winter navigation) stays NaN whatever the multiplier.
    icePremiumUsd[z] = (ice.icePremiumUsd[t * 3 + z] ?? 0) * p.iceCostMultiplier;
    ws.winterPremiumUsd[z] = (WINTER_PREMIUM_USD[z] ?? Number.NaN) * p.iceCostMultiplier;
    // A storable tonne waits on average half the closed part of the year (ADR 021).
    ws.storageUsd[z] = STORAGE_USD_PER_TONNE_MONTH.value * ((365 - Math.min(365, seasonDays[z] ?? 0)) / 2 / DAYS_PER_MONTH);
  }
  values[L.beringSeason * nYears + t] = seasonDays[1] ?? 0;
  for (let r = 0; r < c.nRoutes; r += 1) {
    const row = L.season[r] ?? -1;
    const zone = c.routeZone[r] ?? -1;
    if (row >= 0) values[row * nYears + t] = zone < 0 ? 365 : (seasonDays[zone] ?? 0);
  }
  const isLinkOpen = year >= p.linkOpenYear;
  writeLegCostsUsd(c, ws, isLinkOpen, p.tariffUsd, t === 0 || isLinkOpen !== year - 1 >= p.linkOpenYear);
  for (let k = 0; k < L.cost.length; k += 1) {
    values[(L.cost[k] ?? 0) * nYears + t] = legCostUsd[c.costSeriesLegs[k] ?? 0] ?? Number.NaN;
  }
  for (let z = 0; z < 3; z += 1) values[(L.icePremium[z] ?? 0) * nYears + t] = icePremiumUsd[z] ?? Number.NaN;
}

/**
 * Starts, potential output and the first routing pass (link uncapped) of every basin, at this
 * year's prices (`priceIndex` × the run's first-year prices).
 */
function startAndRoute(c: CompiledCatalog, ws: Workspace, year: number, priceIndex: number): void {
  const s = ws.routing;
  const { remainingMt, outputMt, unplacedMt, basinStartYear, marginUsd, isCooperationEnough } = ws;
  const { basinPriceUsd, basinFullCostUsd, basinOperatingCostUsd, fullMarginUsd } = ws;
  const { basinIsProducing, basinEarliestStart, basinRampYears, basinPlateauMt } = c;
  const { basinDeclineFraction, basinLegs, basinLegStart, legIsLink, legZone, maxSlotsPerBasin } = c;
  const { linkDemand, zoneUsed } = s;
  outputMt.fill(0);
  unplacedMt.fill(0);
  linkDemand.fill(0);
  zoneUsed.fill(0);
  for (let b = 0; b < c.nBasins; b += 1) {
    const rest = remainingMt[b] ?? 0;
    if (rest <= 0) continue;
    let startYear = basinStartYear[b] ?? Number.NaN;
    const isStarted = startYear === startYear;
    const isProducing = basinIsProducing[b] === 1;
    // A new start must cover the full cost; a started (or producing) basin only its operating cost.
    const price = (basinPriceUsd[b] ?? 0) * priceIndex;
    fullMarginUsd[b] = price - (basinFullCostUsd[b] ?? 0);
    marginUsd[b] = isStarted || isProducing ? price - (basinOperatingCostUsd[b] ?? 0) : (fullMarginUsd[b] ?? 0);
    // Not started: cheap gates first (earliest year, cooperation), then the cheapest route.
    if (!isStarted && !isProducing && (year < (basinEarliestStart[b] ?? 0) || isCooperationEnough[b] !== 1)) continue;
    const cheapest = rankOptions(c, ws, b, ws.basinIsBarredFromNa[b] === 1, marginUsd[b] ?? 0);
    if (!isStarted) {
      startYear = year;
      if (isProducing) basinStartYear[b] = year;
    }
    // Produce only what some option carries at a profit (NaN = none this year: no output).
    if (cheapest !== cheapest) continue;
    basinStartYear[b] = startYear;
    // Potential output (ADR 014): ramp to plateau, capped by the decline rate and what remains.
    // x ≥ r gives x / r ≥ 1 exactly (IEEE division is monotonic), so skipping the division past the
    // ramp returns the same bits as Math.min(1, x / r).
    const rampYears = basinRampYears[b] ?? 1;
    const age = year - startYear + 1;
    const ramp = isProducing || age >= rampYears ? 1 : age / rampYears;
    const q = Math.min((basinPlateauMt[b] ?? 0) * ramp, rest * (basinDeclineFraction[b] ?? 1), rest);
    if (q <= 0) continue;
    outputMt[b] = q;
    // Common case: the cheapest option takes everything (the link, a year-round leg, or an
    // out-of-season slot); an in-season slot of an ice leg spills over the ranked options.
    const base = b * maxSlotsPerBasin;
    const slot = s.order[base] ?? 0;
    const leg = basinLegs[(basinLegStart[b] ?? 0) + (slot >> 1)] ?? 0;
    const isLink = legIsLink[leg] === 1;
    if (isLink || legZone[leg] === -1 || (slot & 1) === 1) {
      s.alloc[base + slot] = q;
      if (isLink) {
        s.linkSlot[b] = 0;
        linkDemand[b] = q;
      }
      continue;
    }
    unplacedMt[b] = placeOutput(c, s, b, q, q, 0, true, ws.seasonShare);
  }
}
