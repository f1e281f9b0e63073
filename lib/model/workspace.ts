// Pure: reads no database, clock or globals. The engine's working memory for one catalog, and
// the per-run constants it derives from the assumptions once, before the yearly loop (hot path:
// a run on a known catalog allocates nothing here).
import type { CompiledCatalog } from './compile';
import { OPERATING_COST_SHARE } from './defaults';
import { createIceYears, updateIceYears, type IceYears } from './ice-years';
import { createKernel, type Kernel } from './kernel';
import { combustionCarbonUsdPerTonne, isCooperationEnough, priceUsdPerTonne, writeCountryShares } from './resources';
import { createTransitParams, prepareTransit, type TransitParams } from './transit';
import { createRoutingScratch, type RoutingScratch } from './transport';
import { MIN_SEASON_DAYS } from './defaults';
import type { Assumptions } from './types';

/** Per-basin, per-leg and per-zone arrays reused by every run on one compiled catalog. */
export interface Workspace {
  /** Per basin: remaining resource, this year's output and unplaced output, Mt. */
  remainingMt: Float64Array;
  outputMt: Float64Array;
  unplacedMt: Float64Array;
  /**
   * Per basin, this year, USD per tonne shipped: the margin that decides whether it produces
   * (price − operating cost once started, − full cost before: ADR 018) and the full margin that
   * the operating surplus counts.
   */
  marginUsd: Float64Array;
  fullMarginUsd: Float64Array;
  /** Per basin: paid price per tonne shipped in the first simulated year, USD (the run's prices). */
  basinPriceUsd: Float64Array;
  /**
   * Per basin, USD per tonne shipped, fixed for a run: full cost (production + carbon on
   * combustion + smelter charges) and operating cost (the same with OPERATING_COST_SHARE of production).
   */
  basinFullCostUsd: Float64Array;
  basinOperatingCostUsd: Float64Array;
  /** Per year: real price index, (1 + change)^t (grown as needed). */
  priceIndex: Float64Array;
  /** Per basin: 1 if its output may not go to North American destinations (sanctions). */
  basinIsBarredFromNa: Uint8Array;
  /** Per basin × region (World, Russia, China, US): share of its output; World is 1. */
  shares: Float64Array;
  /** Per basin: 1 if cooperation allows the project this run. */
  isCooperationEnough: Uint8Array;
  /** Per leg: cost that does not change over the years (base + carbon), and this year's cost (NaN = closed). */
  legFixedCostUsd: Float64Array;
  legCostUsd: Float64Array;
  /** Per leg this year: cost without any ice premium (fixed part + tariff), USD/t; NaN = closed. */
  legBaseUsd: Float64Array;
  /**
   * Per leg this year: cost in season (NaN without an open-water season), out of season by winter
   * navigation, and out of season for storable goods (the cheaper of winter and storage), USD/t.
   */
  legInSeasonUsd: Float64Array;
  legOutWinterUsd: Float64Array;
  legOutStorableUsd: Float64Array;
  /** Per leg, fixed for a run: line haul (km × rate) and carbon price × transport CO2, USD/t. */
  legLineHaulUsd: Float64Array;
  legCarbonUsd: Float64Array;
  /** Per leg: line-haul revenue per tonne on the corridor's new rail, the link's (ADR 020), USD/t. */
  legLinkLineHaulUsd: Float64Array;
  /** Per ice zone this year: navigable season (days), its share of the year, ice premium USD/t. */
  seasonDays: Float64Array;
  seasonShare: Float64Array;
  icePremiumUsd: Float64Array;
  /**
   * Per ice zone this year: premium of a tonne shipped out of season by ice-class ship with escort
   * (NaN: no winter navigation), and of a storable tonne waiting for the season, USD/t (ADR 021).
   */
  winterPremiumUsd: Float64Array;
  storageUsd: Float64Array;
  /** Shortest season (days) in which open-water ships sail an ice leg (MIN_SEASON_DAYS). */
  minSeasonDays: number;
  routing: RoutingScratch;
  /** Transit split of the run (ADR 022). */
  transit: TransitParams;
  /** Ice table of the latest run (reused while the ice assumptions stay the same). */
  iceYears: IceYears;
  /** Output buffers for runs that reuse them (grown as needed), and per-basin start years. */
  values: Float64Array;
  basinProductionMt: Float64Array;
  basinStartYear: Float64Array;
  /** Row-major `nBasins × nYears`: operating surplus of what each basin shipped, billion USD. */
  basinSurplusBnUsd: Float64Array;
  /** Row-major `nBasins × nYears`: revenue of what each basin shipped, billion USD (before region shares). */
  basinRevenueBnUsd: Float64Array;
  /** Row-major `nBasins × nYears`: least margin (price − cost − leg cost) on any slot the basin used, USD/t (+∞: none). */
  basinWorstMarginUsd: Float64Array;
  /** Per basin: first and last year index it shipped anything (-1 = none yet). */
  basinFirstT: Int32Array;
  basinLastT: Int32Array;
  shareScratch: Float64Array;
  /**
   * The yearly loop compiled to WebAssembly, holding the arrays it uses in its memory (ADR 092);
   * null where WebAssembly is not available, or once a run was longer than the kernel holds.
   */
  kernel: Kernel | null;
}

/** Assumption-derived constants of one run. */
export interface RunParams {
  /** Opening year of the link (+Infinity when never). */
  linkOpenYear: number;
  /** Link capacity (Mt/yr) and tariff (USD/t), floored at 0. */
  capacityMt: number;
  tariffUsd: number;
  /** Scales the ice premiums (`freight.iceCostMultiplier`, floored at 0). */
  iceCostMultiplier: number;
}

const memo = new WeakMap<CompiledCatalog, Workspace>();

/** The catalog's workspace (created on first use). Its contents are overwritten by every run. */
export function takeWorkspace(c: CompiledCatalog): Workspace {
  const cached = memo.get(c);
  if (cached !== undefined) return cached;
  const perBasin = () => new Float64Array(c.nBasins);
  const ws: Workspace = {
    remainingMt: perBasin(),
    outputMt: perBasin(),
    unplacedMt: perBasin(),
    marginUsd: perBasin(),
    fullMarginUsd: perBasin(),
    basinPriceUsd: perBasin(),
    basinFullCostUsd: perBasin(),
    basinOperatingCostUsd: perBasin(),
    priceIndex: new Float64Array(0),
    basinIsBarredFromNa: new Uint8Array(c.nBasins),
    shares: new Float64Array(c.nBasins * 4),
    isCooperationEnough: new Uint8Array(c.nBasins),
    legFixedCostUsd: new Float64Array(c.nLegs),
    legCostUsd: new Float64Array(c.nLegs),
    legLineHaulUsd: new Float64Array(c.nLegs),
    legCarbonUsd: new Float64Array(c.nLegs),
    legLinkLineHaulUsd: new Float64Array(c.nLegs),
    seasonDays: new Float64Array(3),
    seasonShare: new Float64Array(3),
    icePremiumUsd: new Float64Array(3),
    winterPremiumUsd: new Float64Array(3),
    storageUsd: new Float64Array(3),
    minSeasonDays: MIN_SEASON_DAYS.value,
    legBaseUsd: new Float64Array(c.nLegs),
    legInSeasonUsd: new Float64Array(c.nLegs),
    legOutWinterUsd: new Float64Array(c.nLegs),
    legOutStorableUsd: new Float64Array(c.nLegs),
    basinWorstMarginUsd: new Float64Array(0),
    routing: createRoutingScratch(c),
    transit: createTransitParams(),
    iceYears: createIceYears(),
    values: new Float64Array(0),
    basinProductionMt: new Float64Array(0),
    basinStartYear: perBasin(),
    basinSurplusBnUsd: new Float64Array(0),
    basinRevenueBnUsd: new Float64Array(0),
    basinFirstT: new Int32Array(c.nBasins),
    basinLastT: new Int32Array(c.nBasins),
    shareScratch: new Float64Array(3),
    kernel: null,
  };
  ws.kernel = createKernel(c, ws);
  memo.set(c, ws);
  return ws;
}

/**
 * Resets the workspace's per-basin state for a run of `a` over `nYears` (full resources, not
 * started; buffers grown to fit) and fills everything that depends only on the catalog and the assumptions. Returns those constants.
 */
export function prepareRun(c: CompiledCatalog, ws: Workspace, a: Assumptions, nYears: number): RunParams {
  if (ws.basinSurplusBnUsd.length < c.nBasins * nYears) {
    ws.basinSurplusBnUsd = new Float64Array(c.nBasins * nYears);
    ws.basinRevenueBnUsd = new Float64Array(c.nBasins * nYears);
    ws.basinWorstMarginUsd = new Float64Array(c.nBasins * nYears);
  }
  if (ws.priceIndex.length < nYears) ws.priceIndex = new Float64Array(nYears);
  const growth = 1 + a.markets.realPriceChangePctPerYear / 100;
  for (let t = 0, index = 1; t < nYears; t += 1, index *= growth) ws.priceIndex[t] = index;
  const carbon = Math.max(0, a.markets.carbonPriceUsdPerTonne);
  // Freight rates are in US cents per tonne-km.
  const seaUsdPerTkm = Math.max(0, a.freight.seaCentsPerTonneKm) / 100;
  const railUsdPerTkm = Math.max(0, a.freight.railCentsPerTonneKm) / 100;
  for (let l = 0; l < c.nLegs; l += 1) {
    const lineHaul = (c.legSeaKm[l] ?? 0) * seaUsdPerTkm + (c.legRailKm[l] ?? 0) * railUsdPerTkm;
    const carbonUsd = carbon * (c.legCo2TPerT[l] ?? 0);
    ws.legLineHaulUsd[l] = lineHaul;
    ws.legCarbonUsd[l] = carbonUsd;
    ws.legLinkLineHaulUsd[l] = (c.legNewRailKm[l] ?? 0) * railUsdPerTkm;
    ws.legFixedCostUsd[l] = lineHaul + (c.legHandlingUsd[l] ?? 0) + carbonUsd;
  }
  const isRussiaBarredFromNa = !a.access.russiaToNorthAmerica;
  const level = a.cooperation.level;
  const tmp = ws.shareScratch;
  for (let b = 0; b < c.nBasins; b += 1) {
    ws.remainingMt[b] = c.basinResourceMt[b] ?? 0;
    ws.basinStartYear[b] = Number.NaN;
    ws.basinFirstT[b] = -1;
    ws.basinLastT[b] = -1;
    const commodity = c.basinCommodity[b] ?? 0;
    ws.basinPriceUsd[b] = priceUsdPerTonne(commodity, a) * (c.basinPaidPerShipped[b] ?? 1);
    const production = c.basinProductionCostUsd[b] ?? 0;
    const other = combustionCarbonUsdPerTonne(commodity, a) + (c.basinDeductionUsd[b] ?? 0);
    ws.basinFullCostUsd[b] = production + other;
    ws.basinOperatingCostUsd[b] = production * OPERATING_COST_SHARE.value + other;
    ws.marginUsd[b] = (ws.basinPriceUsd[b] ?? 0) - (ws.basinFullCostUsd[b] ?? 0);
    ws.fullMarginUsd[b] = ws.marginUsd[b] ?? 0;
    ws.basinIsBarredFromNa[b] = isRussiaBarredFromNa && c.basinHost[b] === 0 ? 1 : 0;
    ws.isCooperationEnough[b] = isCooperationEnough(c, b, level) ? 1 : 0;
    writeCountryShares(c, b, a, tmp);
    ws.shares[b * 4] = 1;
    ws.shares[b * 4 + 1] = tmp[0] ?? 0;
    ws.shares[b * 4 + 2] = tmp[1] ?? 0;
    ws.shares[b * 4 + 3] = tmp[2] ?? 0;
  }
  updateIceYears(c, ws.iceYears, a, nYears);
  prepareTransit(ws.transit, a, nYears);
  const openYear = a.link.openYear;
  return {
    linkOpenYear: openYear ?? Number.POSITIVE_INFINITY,
    capacityMt: Math.max(0, a.link.capacityMtPerYear),
    tariffUsd: Math.max(0, a.link.tariffUsdPerTonne),
    iceCostMultiplier: Math.max(0, a.freight.iceCostMultiplier),
  };
}
