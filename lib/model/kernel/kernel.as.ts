// AssemblyScript, compiled by `npm run build:kernel` into kernel-wasm.ts (ADR 092). The engine's
// yearly loop and per-basin rows: the same steps, in the same order and with the same arithmetic,
// as the TypeScript functions named beside each part, which stay the reference (engine.ts,
// transport.ts, link.ts, totals.ts, transit.ts). Every array lives in this module's memory; the
// host (../kernel.ts) writes their addresses into a table that `bind` reads, in the order of its
// BINDINGS list. No allocation and no import: plain loads, stores and IEEE double arithmetic,
// whose results equal JavaScript's to the bit (min and max included, NaN and -0 alike). The per-basin
// rows and the finiteness check work on two years at a time (128-bit SIMD, f64x2: each lane the
// same IEEE operation; ADR 093); a browser without WebAssembly SIMD runs the TypeScript loop.
// ---- memory access -------------------------------------------------------------------------------
@inline function f(p: usize, i: i32): f64 {
  return load<f64>(p + ((<usize>i) << 3));
}
@inline function setF(p: usize, i: i32, v: f64): void {
  store<f64>(p + ((<usize>i) << 3), v);
}
@inline function n(p: usize, i: i32): i32 {
  return load<i32>(p + ((<usize>i) << 2));
}
@inline function setN(p: usize, i: i32, v: i32): void {
  store<i32>(p + ((<usize>i) << 2), v);
}
@inline function u(p: usize, i: i32): i32 {
  return <i32>load<u8>(p + <usize>i);
}
/** Index of result row `row` in year `t`: `values` is series-major (row × nYears + t). */
@inline function cell(row: i32, t: i32): i32 {
  return row * runYears + t;
}

export const HEAP_BASE: usize = __heap_base;

// ---- bindings: integers (counts and result rows) then arrays, as in BINDINGS ---------------------
let nBasins: i32 = 0;
let nLegs: i32 = 0;
let nRoutes: i32 = 0;
let maxSlots: i32 = 0;
let nCostSeries: i32 = 0;
let nSeries: i32 = 0;
/** Years of the current run: the length of each result row. */
let runYears: i32 = 0;
let rowIce: i32 = 0;
let rowBeringSeason: i32 = 0;
let rowTransportSpend: i32 = 0;
let rowLineHaul: i32 = 0;
let rowEmissionsTransport: i32 = 0;
let rowEmissionsCombustion: i32 = 0;
let rowUtilisation: i32 = 0;
// catalog, int32
let basinIsProducing: usize = 0;
let basinLegs: usize = 0;
let basinLegStart: usize = 0;
let legIsLink: usize = 0;
let legZone: usize = 0;
let basinSlots: usize = 0;
let basinSlotLegs: usize = 0;
let basinSlotStart: usize = 0;
let basinSlotCount: usize = 0;
let legIsNorthAmerica: usize = 0;
let basinIsStorable: usize = 0;
let legVolumeRow: usize = 0;
let legIsEastbound: usize = 0;
let routeZone: usize = 0;
let costSeriesLegs: usize = 0;
let basinProductionRows: usize = 0;
let basinEnergyRows: usize = 0;
let basinShippedRows: usize = 0;
let rowSeason: usize = 0;
let rowCost: usize = 0;
let rowIcePremium: usize = 0;
let rowCrossingByCargo: usize = 0;
let rowCrossingTotal: usize = 0;
let rowTransitFreight: usize = 0;
let rowTransitCost: usize = 0;
let rowRevenue: usize = 0;
let rowSurplus: usize = 0;
// catalog, float64
let basinEarliestStart: usize = 0;
let basinRampYears: usize = 0;
let basinPlateauMt: usize = 0;
let basinDeclineFraction: usize = 0;
let basinMinSeasonDays: usize = 0;
let legCo2TPerT: usize = 0;
let basinCombustionCo2: usize = 0;
let basinToe: usize = 0;
let basinGrade: usize = 0;
let basinDeductionUsd: usize = 0;
let winterPremiumBase: usize = 0;
// workspace, float64
let remainingMt: usize = 0;
let outputMt: usize = 0;
let unplacedMt: usize = 0;
let marginUsd: usize = 0;
let fullMarginUsd: usize = 0;
let basinPriceUsd: usize = 0;
let basinFullCostUsd: usize = 0;
let basinOperatingCostUsd: usize = 0;
let basinStartYear: usize = 0;
let shares: usize = 0;
let legFixedCostUsd: usize = 0;
let legCostUsd: usize = 0;
let legBaseUsd: usize = 0;
let legInSeasonUsd: usize = 0;
let legOutWinterUsd: usize = 0;
let legOutStorableUsd: usize = 0;
let legLinkLineHaulUsd: usize = 0;
let seasonDays: usize = 0;
let seasonShare: usize = 0;
let icePremiumUsd: usize = 0;
let winterPremiumUsd: usize = 0;
let storageUsd: usize = 0;
let priceIndex: usize = 0;
let basinSurplusBnUsd: usize = 0;
let basinRevenueBnUsd: usize = 0;
let basinWorstMarginUsd: usize = 0;
let values: usize = 0;
let basinProductionMt: usize = 0;
let iceExtent: usize = 0;
let iceSeasonDays: usize = 0;
let iceSeasonShare: usize = 0;
let iceIcePremium: usize = 0;
let transitVolume: usize = 0;
let transitLink: usize = 0;
let transitSea: usize = 0;
let optCost: usize = 0;
let alloc: usize = 0;
let zoneUsed: usize = 0;
let linkDemand: usize = 0;
let priority: usize = 0;
// workspace, uint8
let basinIsBarredFromNa: usize = 0;
let isCooperationEnough: usize = 0;
// workspace, int32
let basinFirstT: usize = 0;
let basinLastT: usize = 0;
let rowIsFinite: usize = 0;
let order: usize = 0;
let linkSlot: usize = 0;
let candidates: usize = 0;
let nUsable: usize = 0;

/** Reads the table the host wrote at `table`: 13 integers, then the arrays' addresses in order. */
export function bind(table: usize): void {
  let k: i32 = 0;
  nBasins = n(table, k++);
  nLegs = n(table, k++);
  nRoutes = n(table, k++);
  maxSlots = n(table, k++);
  nCostSeries = n(table, k++);
  nSeries = n(table, k++);
  rowIce = n(table, k++);
  rowBeringSeason = n(table, k++);
  rowTransportSpend = n(table, k++);
  rowLineHaul = n(table, k++);
  rowEmissionsTransport = n(table, k++);
  rowEmissionsCombustion = n(table, k++);
  rowUtilisation = n(table, k++);
  basinIsProducing = <usize>n(table, k++);
  basinLegs = <usize>n(table, k++);
  basinLegStart = <usize>n(table, k++);
  legIsLink = <usize>n(table, k++);
  legZone = <usize>n(table, k++);
  basinSlots = <usize>n(table, k++);
  basinSlotLegs = <usize>n(table, k++);
  basinSlotStart = <usize>n(table, k++);
  basinSlotCount = <usize>n(table, k++);
  legIsNorthAmerica = <usize>n(table, k++);
  basinIsStorable = <usize>n(table, k++);
  legVolumeRow = <usize>n(table, k++);
  legIsEastbound = <usize>n(table, k++);
  routeZone = <usize>n(table, k++);
  costSeriesLegs = <usize>n(table, k++);
  basinProductionRows = <usize>n(table, k++);
  basinEnergyRows = <usize>n(table, k++);
  basinShippedRows = <usize>n(table, k++);
  rowSeason = <usize>n(table, k++);
  rowCost = <usize>n(table, k++);
  rowIcePremium = <usize>n(table, k++);
  rowCrossingByCargo = <usize>n(table, k++);
  rowCrossingTotal = <usize>n(table, k++);
  rowTransitFreight = <usize>n(table, k++);
  rowTransitCost = <usize>n(table, k++);
  rowRevenue = <usize>n(table, k++);
  rowSurplus = <usize>n(table, k++);
  basinEarliestStart = <usize>n(table, k++);
  basinRampYears = <usize>n(table, k++);
  basinPlateauMt = <usize>n(table, k++);
  basinDeclineFraction = <usize>n(table, k++);
  basinMinSeasonDays = <usize>n(table, k++);
  legCo2TPerT = <usize>n(table, k++);
  basinCombustionCo2 = <usize>n(table, k++);
  basinToe = <usize>n(table, k++);
  basinGrade = <usize>n(table, k++);
  basinDeductionUsd = <usize>n(table, k++);
  winterPremiumBase = <usize>n(table, k++);
  remainingMt = <usize>n(table, k++);
  outputMt = <usize>n(table, k++);
  unplacedMt = <usize>n(table, k++);
  marginUsd = <usize>n(table, k++);
  fullMarginUsd = <usize>n(table, k++);
  basinPriceUsd = <usize>n(table, k++);
  basinFullCostUsd = <usize>n(table, k++);
  basinOperatingCostUsd = <usize>n(table, k++);
  basinStartYear = <usize>n(table, k++);
  shares = <usize>n(table, k++);
  legFixedCostUsd = <usize>n(table, k++);
  legCostUsd = <usize>n(table, k++);
  legBaseUsd = <usize>n(table, k++);
  legInSeasonUsd = <usize>n(table, k++);
  legOutWinterUsd = <usize>n(table, k++);
  legOutStorableUsd = <usize>n(table, k++);
  legLinkLineHaulUsd = <usize>n(table, k++);
  seasonDays = <usize>n(table, k++);
  seasonShare = <usize>n(table, k++);
  icePremiumUsd = <usize>n(table, k++);
  winterPremiumUsd = <usize>n(table, k++);
  storageUsd = <usize>n(table, k++);
  priceIndex = <usize>n(table, k++);
  basinSurplusBnUsd = <usize>n(table, k++);
  basinRevenueBnUsd = <usize>n(table, k++);
  basinWorstMarginUsd = <usize>n(table, k++);
  values = <usize>n(table, k++);
  basinProductionMt = <usize>n(table, k++);
  iceExtent = <usize>n(table, k++);
  iceSeasonDays = <usize>n(table, k++);
  iceSeasonShare = <usize>n(table, k++);
  iceIcePremium = <usize>n(table, k++);
  transitVolume = <usize>n(table, k++);
  transitLink = <usize>n(table, k++);
  transitSea = <usize>n(table, k++);
  optCost = <usize>n(table, k++);
  alloc = <usize>n(table, k++);
  zoneUsed = <usize>n(table, k++);
  linkDemand = <usize>n(table, k++);
  priority = <usize>n(table, k++);
  basinIsBarredFromNa = <usize>n(table, k++);
  isCooperationEnough = <usize>n(table, k++);
  basinFirstT = <usize>n(table, k++);
  basinLastT = <usize>n(table, k++);
  order = <usize>n(table, k++);
  linkSlot = <usize>n(table, k++);
  candidates = <usize>n(table, k++);
  nUsable = <usize>n(table, k++);
  rowIsFinite = <usize>n(table, k++);
}

/** Number of entries `bind` reads (the host checks it against its list). */
export const BINDING_COUNT: i32 = 100;

// ---- per-run parameters (engine.ts RunParams and transit constants) ------------------------------
let linkOpenYear: f64 = 0;
let capacityMt: f64 = 0;
let tariffUsd: f64 = 0;
let iceCostMultiplier: f64 = 0;
let minSeasonDays: f64 = 0;
let storageUsdPerTonneMonth: f64 = 0;
let linkShare: f64 = 0;
let transitLineHaulUsd: f64 = 0;
let eastboundShare: f64 = 0;

const NO_ALTERNATIVE_PRIORITY: f64 = 1e12;
const DAYS_PER_MONTH: f64 = 365.0 / 12.0;

/**
 * engine.ts `runEngine`, the yearly loop and `addBasinRows`: years FIRST_YEAR.. of `nYears`.
 * Reads the workspace that `prepareRun` filled; writes `values` and the per-basin arrays.
 */
export function run(
  nYears: i32,
  firstYear: i32,
  openYear: f64,
  capacity: f64,
  tariff: f64,
  iceMultiplier: f64,
  minSeason: f64,
  storagePerMonth: f64,
  share: f64,
  lineHaul: f64,
  eastShare: f64,
): void {
  linkOpenYear = openYear;
  capacityMt = capacity;
  tariffUsd = tariff;
  iceCostMultiplier = iceMultiplier;
  minSeasonDays = minSeason;
  storageUsdPerTonneMonth = storagePerMonth;
  linkShare = share;
  transitLineHaulUsd = lineHaul;
  eastboundShare = eastShare;
  runYears = nYears;
  for (let t: i32 = 0; t < nYears; t++) {
    const year: i32 = firstYear + t;
    writeIceAndCosts(t, year);
    startAndRoute(year, f(priceIndex, t));
    const isOpen = <f64>year >= linkOpenYear;
    const linkMt: f64 = isOpen ? settleLinkCapacity() : 0;
    addYearTransport(t, nYears);
    const transitMt = addYearTransit(t, isOpen, capacityMt - linkMt);
    writeTransitCosts(t, isOpen);
    setF(values, cell(rowUtilisation, t), isOpen && capacityMt > 0 ? (100 * (linkMt + transitMt)) / capacityMt : NaN);
  }
  addBasinRows(nYears);
}

/** engine.ts `writeIceAndCosts`. */
@inline function writeIceAndCosts(t: i32, year: i32): void {
  setF(values, cell(rowIce, t), f(iceExtent, t));
  for (let z: i32 = 0; z < 3; z++) {
    setF(seasonDays, z, f(iceSeasonDays, t * 3 + z));
    setF(seasonShare, z, f(iceSeasonShare, t * 3 + z));
    setF(icePremiumUsd, z, f(iceIcePremium, t * 3 + z) * iceCostMultiplier);
    setF(winterPremiumUsd, z, f(winterPremiumBase, z) * iceCostMultiplier);
    setF(storageUsd, z, storageUsdPerTonneMonth * ((365 - Math.min(365, f(seasonDays, z))) / 2 / DAYS_PER_MONTH));
  }
  setF(values, cell(rowBeringSeason, t), f(seasonDays, 1));
  for (let r: i32 = 0; r < nRoutes; r++) {
    const row = n(rowSeason, r);
    const zone = n(routeZone, r);
    if (row >= 0) setF(values, cell(row, t), zone < 0 ? 365 : f(seasonDays, zone));
  }
  const isLinkOpen = <f64>year >= linkOpenYear;
  writeLegCostsUsd(isLinkOpen, t == 0 || isLinkOpen != <f64>(year - 1) >= linkOpenYear);
  for (let k: i32 = 0; k < nCostSeries; k++) {
    setF(values, cell(n(rowCost, k), t), f(legCostUsd, n(costSeriesLegs, k)));
  }
  for (let z: i32 = 0; z < 3; z++) setF(values, cell(n(rowIcePremium, z), t), f(icePremiumUsd, z));
}

/** transport.ts `writeLegCostsUsd`. */
function writeLegCostsUsd(isLinkOpen: bool, isYearRoundDue: bool): void {
  for (let l: i32 = 0; l < nLegs; l++) {
    const zone = n(legZone, l);
    if (zone < 0 && !isYearRoundDue) continue;
    let cost = f(legFixedCostUsd, l);
    if (u(legIsLink, l) == 1) {
      if (!isLinkOpen) cost = NaN;
      else cost += tariffUsd;
    }
    setF(legBaseUsd, l, cost);
    if (zone < 0) {
      setF(legCostUsd, l, cost);
      setF(legInSeasonUsd, l, cost);
      setF(legOutWinterUsd, l, NaN);
      setF(legOutStorableUsd, l, NaN);
      continue;
    }
    setF(legCostUsd, l, cost + f(icePremiumUsd, zone));
    const hasSeason = f(seasonDays, zone) >= minSeasonDays;
    const winter = f(winterPremiumUsd, zone);
    const storage = hasSeason ? f(storageUsd, zone) : NaN;
    setF(legInSeasonUsd, l, hasSeason ? cost : NaN);
    setF(legOutWinterUsd, l, cost + winter);
    setF(legOutStorableUsd, l, cost + (storage < winter || winter != winter ? storage : winter));
  }
}

/** engine.ts `startAndRoute`. */
@inline function startAndRoute(year: i32, index: f64): void {
  const yearF = <f64>year;
  const bytes = (<usize>nBasins) << 3;
  memory.fill(outputMt, 0, bytes);
  memory.fill(unplacedMt, 0, bytes);
  memory.fill(linkDemand, 0, bytes);
  memory.fill(zoneUsed, 0, bytes * 3);
  for (let b: i32 = 0; b < nBasins; b++) {
    const rest = f(remainingMt, b);
    if (rest <= 0) continue;
    let startYear = f(basinStartYear, b);
    const isStarted = startYear == startYear;
    const isProducing = u(basinIsProducing, b) == 1;
    const price = f(basinPriceUsd, b) * index;
    const full = price - f(basinFullCostUsd, b);
    setF(fullMarginUsd, b, full);
    const margin = isStarted || isProducing ? price - f(basinOperatingCostUsd, b) : full;
    setF(marginUsd, b, margin);
    if (!isStarted && !isProducing && (yearF < f(basinEarliestStart, b) || u(isCooperationEnough, b) != 1)) continue;
    const cheapest = rankOptions(b, u(basinIsBarredFromNa, b) == 1, margin);
    if (!isStarted) {
      startYear = yearF;
      if (isProducing) setF(basinStartYear, b, yearF);
    }
    if (cheapest != cheapest) continue;
    setF(basinStartYear, b, startYear);
    const rampYears = f(basinRampYears, b);
    const age = yearF - startYear + 1;
    const ramp = isProducing || age >= rampYears ? 1 : age / rampYears;
    const q = Math.min(Math.min(f(basinPlateauMt, b) * ramp, rest * f(basinDeclineFraction, b)), rest);
    if (q <= 0) continue;
    setF(outputMt, b, q);
    const base = b * maxSlots;
    const slot = n(order, base);
    const leg = n(basinLegs, n(basinLegStart, b) + (slot >> 1));
    const isLink = u(legIsLink, leg) == 1;
    if (isLink || n(legZone, leg) == -1 || (slot & 1) == 1) {
      setF(alloc, base + slot, q);
      if (isLink) {
        setN(linkSlot, b, 0);
        setF(linkDemand, b, q);
      }
      continue;
    }
    setF(unplacedMt, b, placeOutput(b, q, q, 0, true));
  }
}

/** transport.ts `rankOptions`. */
@inline function rankOptions(b: i32, isBarredFromNa: bool, margin: f64): f64 {
  const base = b * maxSlots;
  const start = n(basinSlotStart, b);
  const end = start + n(basinSlotCount, b);
  const ownSeason = f(basinMinSeasonDays, b);
  const outSeason = u(basinIsStorable, b) == 1 ? legOutStorableUsd : legOutWinterUsd;
  let used: i32 = 0;
  for (let k = start; k < end; k++) {
    const i = n(basinSlots, k);
    const leg = n(basinSlotLegs, k);
    let cost = (i & 1) == 0 ? f(legInSeasonUsd, leg) : f(outSeason, leg);
    if (isBarredFromNa && u(legIsNorthAmerica, leg) == 1) cost = NaN;
    else if (ownSeason > 0) cost = costInOwnSeason(leg, i, ownSeason, cost);
    setF(alloc, base + i, 0);
    setF(optCost, base + i, cost);
    if (!(cost < margin)) {
      setF(optCost, base + i, NaN);
      continue;
    }
    let j = used - 1;
    for (; j >= 0; j--) {
      const other = f(optCost, base + n(order, base + j));
      if (!(cost < other)) break;
      setN(order, base + j + 1, n(order, base + j));
    }
    setN(order, base + j + 1, i);
    used++;
  }
  setN(nUsable, b, used);
  return used > 0 ? f(optCost, base + n(order, base)) : NaN;
}

/** transport.ts `costInOwnSeason`. */
function costInOwnSeason(leg: i32, i: i32, ownSeason: f64, cost: f64): f64 {
  const zone = n(legZone, leg);
  if (zone < 0 || f(seasonDays, zone) >= ownSeason) return cost;
  return (i & 1) == 0 ? NaN : f(legOutWinterUsd, leg);
}

/** transport.ts `placeOutput`. */
@inline function placeOutput(b: i32, output: f64, amountMt: f64, from: i32, isLinkAllowed: bool): f64 {
  const base = b * maxSlots;
  const count = n(nUsable, b);
  const start = n(basinLegStart, b);
  let rest = amountMt;
  for (let pos = from; pos < count && rest > 0; pos++) {
    const slot = n(order, base + pos);
    const leg = n(basinLegs, start + (slot >> 1));
    let take = rest;
    if (u(legIsLink, leg) == 1) {
      if (!isLinkAllowed) continue;
      setN(linkSlot, b, pos);
      setF(linkDemand, b, f(linkDemand, b) + take);
    } else {
      const zone = n(legZone, leg);
      if (zone >= 0 && (slot & 1) == 0) {
        const usedMt = f(zoneUsed, b * 3 + zone);
        take = Math.min(rest, Math.max(0, f(seasonShare, zone) * output - usedMt));
        setF(zoneUsed, b * 3 + zone, usedMt + take);
      }
    }
    setF(alloc, base + slot, f(alloc, base + slot) + take);
    rest -= take;
  }
  return rest;
}

/** link.ts `settleLinkCapacity`. */
function settleLinkCapacity(): f64 {
  let total: f64 = 0;
  let count: i32 = 0;
  for (let b: i32 = 0; b < nBasins; b++) {
    const demand = f(linkDemand, b);
    if (demand <= 0) continue;
    total += demand;
    setF(priority, b, lossWithoutLink(b));
    setN(candidates, count, b);
    count++;
  }
  const capacity = Math.max(0, capacityMt);
  if (total <= capacity) return total;
  for (let i: i32 = 1; i < count; i++) {
    const b = n(candidates, i);
    const p = f(priority, b);
    let j = i - 1;
    while (j >= 0 && f(priority, n(candidates, j)) < p) {
      setN(candidates, j + 1, n(candidates, j));
      j--;
    }
    setN(candidates, j + 1, b);
  }
  let left = capacity;
  let carried: f64 = 0;
  for (let i: i32 = 0; i < count; i++) {
    const b = n(candidates, i);
    const demand = f(linkDemand, b);
    const granted = Math.min(demand, left);
    left -= granted;
    carried += granted;
    const denied = demand - granted;
    if (denied <= 0) continue;
    const pos = n(linkSlot, b);
    const base = b * maxSlots;
    const slot = n(order, base + pos);
    setF(alloc, base + slot, granted);
    setF(linkDemand, b, granted);
    const rest = placeOutput(b, f(outputMt, b), denied, pos + 1, false);
    setF(unplacedMt, b, f(unplacedMt, b) + rest);
  }
  return carried;
}

/** link.ts `lossWithoutLink`. */
function lossWithoutLink(b: i32): f64 {
  const base = b * maxSlots;
  const pos = n(linkSlot, b);
  const linkCost = f(optCost, base + n(order, base + pos));
  if (pos + 1 < n(nUsable, b)) return f(optCost, base + n(order, base + pos + 1)) - linkCost;
  return NO_ALTERNATIVE_PRIORITY;
}

/** totals.ts `addYearTransport`. */
@inline function addYearTransport(t: i32, nYears: i32): void {
  let spend: f64 = 0;
  let co2Transport: f64 = 0;
  let east: f64 = 0;
  let west: f64 = 0;
  let lineHaulUsdMt: f64 = 0;
  const index = f(priceIndex, t);
  for (let b: i32 = 0; b < nBasins; b++) {
    const q = f(outputMt, b) - f(unplacedMt, b);
    if (q <= 0) continue;
    setF(remainingMt, b, Math.max(0, f(remainingMt, b) - q));
    setF(basinProductionMt, b * nYears + t, q);
    let basinSpend: f64 = 0;
    const base = b * maxSlots;
    const start = n(basinSlotStart, b);
    const end = start + n(basinSlotCount, b);
    const margin = f(marginUsd, b);
    let worst = Infinity;
    for (let k = start; k < end; k++) {
      const i = n(basinSlots, k);
      const mt = f(alloc, base + i);
      if (mt <= 0) continue;
      const leg = n(basinSlotLegs, k);
      const cost = f(optCost, base + i);
      const slotMargin = margin - cost;
      if (slotMargin < worst) worst = slotMargin;
      const at = cell(n(legVolumeRow, leg), t);
      setF(values, at, f(values, at) + mt);
      basinSpend += mt * cost;
      co2Transport += mt * f(legCo2TPerT, leg);
      if (u(legIsLink, leg) == 1) {
        if (u(legIsEastbound, leg) == 1) east += mt;
        else west += mt;
        lineHaulUsdMt += mt * f(legLinkLineHaulUsd, leg);
      }
    }
    setF(basinWorstMarginUsd, b * nYears + t, worst);
    setF(basinSurplusBnUsd, b * nYears + t, (q * f(fullMarginUsd, b) - basinSpend) / 1000);
    setF(basinRevenueBnUsd, b * nYears + t, (q * (f(basinPriceUsd, b) * index - f(basinDeductionUsd, b))) / 1000);
    if (n(basinFirstT, b) < 0) setN(basinFirstT, b, t);
    setN(basinLastT, b, t);
    spend += basinSpend;
  }
  setF(values, cell(rowTransportSpend, t), spend / 1000);
  setF(values, cell(n(rowCrossingByCargo, 0), t), east);
  setF(values, cell(n(rowCrossingByCargo, 2), t), west);
  setF(values, cell(n(rowCrossingTotal, 0), t), east);
  setF(values, cell(n(rowCrossingTotal, 1), t), west);
  setF(values, cell(rowLineHaul, t), lineHaulUsdMt / 1000);
  setF(values, cell(rowEmissionsTransport, t), co2Transport);
}

/** transit.ts `addYearTransit`. */
function addYearTransit(t: i32, isOpen: bool, spareMt: f64): f64 {
  const volume = f(transitVolume, t);
  const viaLink: f64 = isOpen ? Math.min(volume * linkShare, Math.max(0, spareMt)) : 0;
  setF(values, cell(n(rowTransitFreight, 0), t), viaLink);
  setF(values, cell(n(rowTransitFreight, 1), t), volume - viaLink);
  if (viaLink > 0) {
    const east = viaLink * eastboundShare;
    const west = viaLink - east;
    setF(values, cell(n(rowCrossingByCargo, 1), t), east);
    setF(values, cell(n(rowCrossingByCargo, 3), t), west);
    const eastAt = cell(n(rowCrossingTotal, 0), t);
    const westAt = cell(n(rowCrossingTotal, 1), t);
    setF(values, eastAt, f(values, eastAt) + east);
    setF(values, westAt, f(values, westAt) + west);
    const lineHaulAt = cell(rowLineHaul, t);
    setF(values, lineHaulAt, f(values, lineHaulAt) + (viaLink * transitLineHaulUsd) / 1000);
  }
  return viaLink;
}

/** transit.ts `writeTransitCosts`. */
function writeTransitCosts(t: i32, isOpen: bool): void {
  setF(
    values,
    cell(n(rowTransitCost, 0), t),
    isOpen ? f(transitLink, 0) + f(transitLink, 1) + f(transitLink, 2) + f(transitLink, 3) + f(transitLink, 4) : NaN,
  );
  setF(values, cell(n(rowTransitCost, 1), t), f(transitSea, 0) + f(transitSea, 1) + f(transitSea, 2) + f(transitSea, 3) + f(transitSea, 4));
}

/** values[i], values[i + 1] += add where `mask` is set (else +0). */
@inline function addWhere(i: i32, add: v128, mask: v128): void {
  const at = values + ((<usize>i) << 3);
  v128.store(at, f64x2.add(v128.load(at), v128.and(add, mask)));
}

/** totals.ts `addBasinRows`. */
function addBasinRows(nYears: i32): void {
  for (let b: i32 = 0; b < nBasins; b++) {
    const first = b * nYears;
    const tFirst = n(basinFirstT, b);
    if (tFirst < 0) continue;
    const tEnd = n(basinLastT, b) + 1;
    const grade = f(basinGrade, b);
    const toe = f(basinToe, b);
    for (let r: i32 = 0; r < 4; r++) {
      const share = f(shares, b * 4 + r);
      if (share == 0) continue;
      // Row starts; the energy and shipped rows may not exist (-1).
      const production = n(basinProductionRows, b * 4 + r) * nYears;
      const energyRow = n(basinEnergyRows, b * 4 + r);
      const shippedRow = n(basinShippedRows, b * 4 + r);
      const energy = energyRow * nYears;
      const shipped = shippedRow * nYears;
      const revenue = n(rowRevenue, r) * nYears;
      const surplus = n(rowSurplus, r) * nYears;
      // Two years at a time (f64x2): a year the basin shipped nothing adds +0, which leaves every
      // cell as it was (no cell holds -0), so the results are those of the scalar loop.
      const share2 = f64x2.splat(share);
      const grade2 = f64x2.splat(grade);
      const toe2 = f64x2.splat(toe);
      let t = tFirst;
      for (; t + 1 < tEnd; t += 2) {
        const q = v128.load(basinProductionMt + ((<usize>(first + t)) << 3));
        const isShipped = f64x2.gt(q, f64x2.splat(0));
        const qShare = f64x2.mul(q, share2);
        addWhere(production + t, f64x2.mul(qShare, grade2), isShipped);
        if (shippedRow >= 0) addWhere(shipped + t, qShare, isShipped);
        if (energyRow >= 0) addWhere(energy + t, f64x2.mul(qShare, toe2), isShipped);
        addWhere(revenue + t, f64x2.mul(v128.load(basinRevenueBnUsd + ((<usize>(first + t)) << 3)), share2), isShipped);
        addWhere(surplus + t, f64x2.mul(v128.load(basinSurplusBnUsd + ((<usize>(first + t)) << 3)), share2), isShipped);
      }
      if (t < tEnd) {
        const q = f(basinProductionMt, first + t);
        if (q > 0) {
          const qShare = q * share;
          setF(values, production + t, f(values, production + t) + qShare * grade);
          if (shippedRow >= 0) setF(values, shipped + t, f(values, shipped + t) + qShare);
          if (energyRow >= 0) setF(values, energy + t, f(values, energy + t) + qShare * toe);
          setF(values, revenue + t, f(values, revenue + t) + f(basinRevenueBnUsd, first + t) * share);
          setF(values, surplus + t, f(values, surplus + t) + f(basinSurplusBnUsd, first + t) * share);
        }
      }
    }
    const co2 = f(basinCombustionCo2, b);
    const combustion = rowEmissionsCombustion * nYears;
    const co2x2 = f64x2.splat(co2);
    let t = tFirst;
    for (; t + 1 < tEnd; t += 2) {
      const q = v128.load(basinProductionMt + ((<usize>(first + t)) << 3));
      addWhere(combustion + t, f64x2.mul(q, co2x2), f64x2.gt(q, f64x2.splat(0)));
    }
    if (t < tEnd) {
      const q = f(basinProductionMt, first + t);
      if (q > 0) setF(values, combustion + t, f(values, combustion + t) + q * co2);
    }
  }
}

/**
 * simulate.ts `toSimulationResult` copies rows whose values are all finite as they are: writes, per
 * row of the last run, 1 into `rowIsFinite` if every value is finite, else 0.
 */
export function findFiniteRows(nYears: i32): void {
  const zero = f64x2.splat(0);
  for (let row: i32 = 0; row < nSeries; row++) {
    const end = (row + 1) * nYears;
    // v − v is 0 for a finite v and NaN for NaN and ±Infinity; two values at a time.
    let isNotFinite = v128.splat<i64>(0);
    let i = row * nYears;
    for (; i + 1 < end; i += 2) {
      const v = v128.load(values + ((<usize>i) << 3));
      isNotFinite = v128.or(isNotFinite, f64x2.ne(f64x2.sub(v, v), zero));
    }
    let isFinite = !v128.any_true(isNotFinite);
    if (i < end) {
      const v = f(values, i);
      if (v - v != 0) isFinite = false;
    }
    setN(rowIsFinite, row, isFinite ? 1 : 0);
  }
}
