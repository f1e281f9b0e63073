// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path).
// Adds what each basin shipped to the result rows: transport rows year by year (they need that
// year's routing), then production, energy, money and combustion rows in one pass per basin after
// the yearly loop. Every cell is summed over basins in catalog order, as a yearly loop would.
import type { CompiledCatalog } from './compile';
import type { Workspace } from './workspace';

/**
 * For year `t` (result rows are `nYears` long): records each basin's shipped output
 * (`basinProductionMt`, row-major `nBasins × nYears`), operating surplus (`ws.basinSurplusBnUsd`:
 * (q × margin − transport spend) / 1000, billion USD) and revenue (`ws.basinRevenueBnUsd`), draws
 * the output from the remaining resource, and writes the year's transport volumes, spend and
 * transport emissions.
 */
export function addYearTransport(
  c: CompiledCatalog,
  ws: Workspace,
  values: Float64Array,
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
    basinDeductionUsd,
  } = c;
  const { remainingMt, outputMt, unplacedMt, basinSurplusBnUsd, basinRevenueBnUsd, marginUsd, fullMarginUsd, legLinkLineHaulUsd } = ws;
  const priceIndex = ws.priceIndex[t] ?? 1;
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
      const cell = (legVolumeRow[leg] ?? 0) * nYears + t;
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
    basinRevenueBnUsd[b * nYears + t] = (q * ((ws.basinPriceUsd[b] ?? 0) * priceIndex - (basinDeductionUsd[b] ?? 0))) / 1000;
    if ((ws.basinFirstT[b] ?? -1) < 0) ws.basinFirstT[b] = t;
    ws.basinLastT[b] = t;
    spend += basinSpend;
  }
  values[L.transportSpend * nYears + t] = spend / 1000;
  // Basin output through the link; transit freight adds to the totals (transit.ts).
  values[(L.crossingByCargo[0] ?? 0) * nYears + t] = east;
  values[(L.crossingByCargo[2] ?? 0) * nYears + t] = west;
  values[(L.crossingTotal[0] ?? 0) * nYears + t] = east;
  values[(L.crossingTotal[1] ?? 0) * nYears + t] = west;
  values[L.tunnelRevenueLineHaul * nYears + t] = linkLineHaulUsdMt / 1000;
  values[L.emissionsTransport * nYears + t] = co2Transport;
}

/**
 * After the yearly loop: adds each basin's output (Mt, where `basinProductionMt` > 0) to its
 * `Production` and `…|Energy` rows by region share, revenue ((q × price × price index) / 1000, billion USD) and
 * operating surplus ((q × margin − spend) / 1000) to the money rows, and combustion CO2.
 * `values` is series-major (row × `nYears` + t).
 */
export function addBasinRows(
  c: CompiledCatalog,
  ws: Workspace,
  values: Float64Array,
  basinProductionMt: Float64Array,
  nYears: number,
): void {
  const L = c.layout;
  const { basinProductionRows, basinEnergyRows, basinShippedRows, basinCombustionCo2, basinToe, basinGrade } = c;
  const { shares, basinSurplusBnUsd, basinRevenueBnUsd } = ws;
  const combustionRow = L.emissionsCombustion;
  for (let b = 0; b < c.nBasins; b += 1) {
    const first = b * nYears;
    // Only the years from its first to its last shipment can hold output.
    const tFirst = ws.basinFirstT[b] ?? -1;
    if (tFirst < 0) continue;
    const tEnd = (ws.basinLastT[b] ?? -1) + 1;
    const grade = basinGrade[b] ?? 1;
    const toe = basinToe[b] ?? 0;
    for (let r = 0; r < 4; r += 1) {
      const share = shares[b * 4 + r] ?? 0;
      if (share === 0) continue;
      // Where each row starts; the energy and shipped rows may not exist (-1).
      const production = (basinProductionRows[b * 4 + r] ?? 0) * nYears;
      const energyRow = basinEnergyRows[b * 4 + r] ?? -1;
      const shippedRow = basinShippedRows[b * 4 + r] ?? -1;
      const energy = energyRow * nYears;
      const shipped = shippedRow * nYears;
      const revenue = (L.revenue[r] ?? 0) * nYears;
      const surplus = (L.surplus[r] ?? 0) * nYears;
      for (let t = tFirst; t < tEnd; t += 1) {
        const q = basinProductionMt[first + t] ?? 0;
        if (q <= 0) continue;
        const qShare = q * share;
        // Production counts contained metal; the Shipped row the tonnes that travel (ADR 018).
        values[production + t] = (values[production + t] ?? 0) + qShare * grade;
        if (shippedRow >= 0) values[shipped + t] = (values[shipped + t] ?? 0) + qShare;
        if (energyRow >= 0) values[energy + t] = (values[energy + t] ?? 0) + qShare * toe;
        values[revenue + t] = (values[revenue + t] ?? 0) + (basinRevenueBnUsd[first + t] ?? 0) * share;
        values[surplus + t] = (values[surplus + t] ?? 0) + (basinSurplusBnUsd[first + t] ?? 0) * share;
      }
    }
    const co2 = basinCombustionCo2[b] ?? 0;
    const combustion = combustionRow * nYears;
    for (let t = tFirst; t < tEnd; t += 1) {
      const q = basinProductionMt[first + t] ?? 0;
      if (q > 0) values[combustion + t] = (values[combustion + t] ?? 0) + q * co2;
    }
  }
}
