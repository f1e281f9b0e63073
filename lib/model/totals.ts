// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path).
// Adds what each basin shipped to the result rows: transport rows year by year (they need that
// year's routing), then production, energy, money and combustion rows in one pass per basin after
// the yearly loop. Every cell is summed over basins in catalog order, as a yearly loop would.
import type { CompiledCatalog } from './compile';
import type { Workspace } from './workspace';

/**
 * For year `t` (row offset `o`): records each basin's shipped output (`basinProductionMt`, row-major
 * `nBasins × nYears`) and operating surplus (`ws.basinSurplusBnUsd`: (q × margin − transport spend) / 1000,
 * billion USD), draws it from the
 * remaining resource, and writes the year's transport volumes, spend and transport emissions.
 */
export function addYearTransport(
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
  const {
    basinSlotStart,
    basinSlotCount,
    basinSlots,
    basinSlotLegs,
    legVolumeRow,
    legCo2TPerT,
    maxSlotsPerBasin,
    legIsLink,
    legIsEastbound,
  } = c;
  const { remainingMt, outputMt, unplacedMt, basinSurplusBnUsd, marginUsd, fullMarginUsd, legLinkLineHaulUsd } = ws;
  let spend = 0;
  let co2Transport = 0;
  let east = 0;
  let west = 0;
  let linkLineHaulUsdMt = 0;
  for (let b = 0; b < c.nBasins; b += 1) {
    const q = (outputMt[b] ?? 0) - (unplacedMt[b] ?? 0);
    if (q <= 0) continue;
    remainingMt[b] = Math.max(0, (remainingMt[b] ?? 0) - q);
    basinProductionMt[b * nYears + t] = q;
    let basinSpend = 0;
    const base = b * maxSlotsPerBasin;
    const start = basinSlotStart[b] ?? 0;
    const end = start + (basinSlotCount[b] ?? 0);
    const margin = marginUsd[b] ?? 0;
    let worst = Number.POSITIVE_INFINITY;
    for (let k = start; k < end; k += 1) {
      const i = basinSlots[k] ?? 0;
      const mt = alloc[base + i] ?? 0;
      if (mt <= 0) continue;
      const leg = basinSlotLegs[k] ?? 0;
      const slotMargin = margin - (optCost[base + i] ?? 0);
      if (slotMargin < worst) worst = slotMargin;
      const cell = o + (legVolumeRow[leg] ?? 0);
      values[cell] = (values[cell] ?? 0) + mt;
      basinSpend += mt * (optCost[base + i] ?? 0);
      co2Transport += mt * (legCo2TPerT[leg] ?? 0);
      if (legIsLink[leg] === 1) {
        if (legIsEastbound[leg] === 1) east += mt;
        else west += mt;
        linkLineHaulUsdMt += mt * (legLinkLineHaulUsd[leg] ?? 0);
      }
    }
    ws.basinWorstMarginUsd[b * nYears + t] = worst;
    // Computed once here, not once per region in addBasinRows.
    basinSurplusBnUsd[b * nYears + t] = (q * (fullMarginUsd[b] ?? 0) - basinSpend) / 1000;
    if ((ws.basinFirstT[b] ?? -1) < 0) ws.basinFirstT[b] = t;
    ws.basinLastT[b] = t;
    spend += basinSpend;
  }
  values[o + L.transportSpend] = spend / 1000;
  // Basin output through the link; transit freight adds to the totals (transit.ts).
  values[o + (L.crossingByCargo[0] ?? 0)] = east;
  values[o + (L.crossingByCargo[2] ?? 0)] = west;
  values[o + (L.crossingTotal[0] ?? 0)] = east;
  values[o + (L.crossingTotal[1] ?? 0)] = west;
  values[o + L.tunnelRevenueLineHaul] = linkLineHaulUsdMt / 1000;
  values[o + L.emissionsTransport] = co2Transport;
}

/**
 * After the yearly loop: adds each basin's output (Mt, where `basinProductionMt` > 0) to its
 * `Production` and `…|Energy` rows by region share, revenue ((q × price × price index) / 1000, billion USD) and
 * operating surplus ((q × margin − spend) / 1000) to the money rows, and combustion CO2.
 * `values` is year-major with `nSeries` rows; rows start at 0.
 */
export function addBasinRows(
  c: CompiledCatalog,
  ws: Workspace,
  values: Float64Array,
  nSeries: number,
  basinProductionMt: Float64Array,
  nYears: number,
): void {
  const L = c.layout;
  const { basinProductionRows, basinEnergyRows, basinShippedRows, basinCombustionCo2, basinToe, basinGrade, basinDeductionUsd } = c;
  const { shares, basinSurplusBnUsd, basinPriceUsd, priceIndex } = ws;
  const combustionRow = L.emissionsCombustion;
  for (let b = 0; b < c.nBasins; b += 1) {
    const first = b * nYears;
    // Only the years from its first to its last shipment can hold output.
    const tFirst = ws.basinFirstT[b] ?? -1;
    if (tFirst < 0) continue;
    const tEnd = (ws.basinLastT[b] ?? -1) + 1;
    const price = basinPriceUsd[b] ?? 0;
    const deduction = basinDeductionUsd[b] ?? 0;
    const grade = basinGrade[b] ?? 1;
    const toe = basinToe[b] ?? 0;
    for (let r = 0; r < 4; r += 1) {
      const share = shares[b * 4 + r] ?? 0;
      if (share === 0) continue;
      const productionRow = basinProductionRows[b * 4 + r] ?? 0;
      const energyRow = basinEnergyRows[b * 4 + r] ?? -1;
      const shippedRow = basinShippedRows[b * 4 + r] ?? -1;
      const revenueRow = L.revenue[r] ?? 0;
      const surplusRow = L.surplus[r] ?? 0;
      for (let t = tFirst, o = tFirst * nSeries; t < tEnd; t += 1, o += nSeries) {
        const q = basinProductionMt[first + t] ?? 0;
        if (q <= 0) continue;
        const qShare = q * share;
        // Production counts contained metal; the Shipped row the tonnes that travel (ADR 018).
        values[o + productionRow] = (values[o + productionRow] ?? 0) + qShare * grade;
        if (shippedRow >= 0) values[o + shippedRow] = (values[o + shippedRow] ?? 0) + qShare;
        if (energyRow >= 0) values[o + energyRow] = (values[o + energyRow] ?? 0) + qShare * toe;
        values[o + revenueRow] = (values[o + revenueRow] ?? 0) + ((q * (price * (priceIndex[t] ?? 1) - deduction)) / 1000) * share;
        const surplus = basinSurplusBnUsd[first + t] ?? 0;
        values[o + surplusRow] = (values[o + surplusRow] ?? 0) + surplus * share;
      }
    }
    const co2 = basinCombustionCo2[b] ?? 0;
    for (let t = tFirst, o = combustionRow + tFirst * nSeries; t < tEnd; t += 1, o += nSeries) {
      const q = basinProductionMt[first + t] ?? 0;
      if (q > 0) values[o] = (values[o] ?? 0) + q * co2;
    }
  }
}
