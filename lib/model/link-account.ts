// Pure: reads no database, clock or globals; writes only into the arrays it is given. The link's
// own account after the yearly loop (ADR 020): construction cost spent over the building years,
// tariff and line-haul revenue, operating cost, cash flow discounted to the first simulated year,
// net present value, discounted payback and the break-even tariff and volume. O(years), no
// allocation.
import type { CompiledCatalog } from './compile';
import { LINK_FIXED_OPEX_PCT_OF_CAPEX, LINK_RAIL_OPERATING_RATIO } from './corridor-defaults';
import { FIRST_YEAR } from './defaults';
import type { TransitParams } from './transit';
import type { Assumptions, ResultSummary, RouteCostBreakdown } from './types';

/**
 * Writes the link's money rows into `values` (series-major, row × `nYears` + t; crossings and the
 * gross `Tunnel|Revenue|Line Haul` rows already written by the yearly loop) and returns the
 * headline figures. With no tunnel every row stays NaN (null in results) and the figures are null.
 */
export function writeLinkAccount(
  c: CompiledCatalog,
  a: Assumptions,
  values: Float64Array,
  nYears: number,
  transit: TransitParams,
  routeCosts: RouteCostBreakdown[],
): ResultSummary {
  const L = c.layout;
  const openYear = a.link.openYear;
  const capex = Math.max(0, a.link.capexBnUsd);
  const tunnelShare = Math.min(1, Math.max(0, a.link.tunnelCapexSharePct / 100));
  const buildYears = Math.max(1, Math.round(a.link.buildYears));
  const summary: ResultSummary = {
    linkNpvBnUsd: null,
    linkPaybackYear: null,
    breakEvenTariffUsdPerTonne: null,
    breakEvenVolumeMtPerYear: null,
    linkCapexBnUsd: openYear === null ? null : capex,
    tunnelCapexBnUsd: openYear === null ? null : capex * tunnelShare,
    connectingRailCapexBnUsd: openYear === null ? null : capex * (1 - tunnelShare),
    linkBuildStartYear: openYear === null ? null : openYear - buildYears,
    crossingsEastboundMt: 0,
    crossingsWestboundMt: 0,
    transitFreightMt: 0,
    transitFreightViaLinkMt: 0,
    transitLinkGeneralisedCostUsdPerTonne: transit.linkGeneralisedUsd,
    transitSeaGeneralisedCostUsdPerTonne: transit.seaGeneralisedUsd,
    transitLinkDays: transit.linkDays,
    transitSeaDays: transit.seaDays,
    transitLinkSharePct: 100 * transit.linkShare,
    routeCosts,
  };
  for (let t = 0; t < nYears; t += 1) {
    const viaLink = values[(L.transitFreight[0] ?? 0) * nYears + t] ?? 0;
    summary.transitFreightViaLinkMt += viaLink;
    summary.transitFreightMt += viaLink + (values[(L.transitFreight[1] ?? 0) * nYears + t] ?? 0);
  }
  if (openYear === null) {
    const rows = [
      L.tunnelRevenue,
      L.tunnelRevenueTariff,
      L.tunnelRevenueLineHaul,
      L.tunnelOperatingCost,
      L.tunnelCapitalSpending,
      L.tunnelCashFlow,
      L.tunnelCumulativeDiscounted,
    ];
    for (const row of rows) values.fill(Number.NaN, row * nYears, (row + 1) * nYears);
    return summary;
  }
  const rate = Math.max(-0.99, a.markets.discountRatePct / 100);
  const tariff = Math.max(0, a.link.tariffUsdPerTonne);
  const fixedOpex = (capex * LINK_FIXED_OPEX_PCT_OF_CAPEX.value) / 100;
  const railCostShare = LINK_RAIL_OPERATING_RATIO.value;
  const start = openYear - buildYears;
  // Money not yet spent by the first simulated year is spent from then on: the years of building
  // before FIRST_YEAR are moved into it (no decision has been taken; ADR 020).
  const spendPerYear = capex / buildYears;
  let npv = 0;
  let discount = 1;
  let pvCapexAndFixed = 0;
  let discountedCrossings = 0;
  let discountedNetLineHaul = 0;
  let openAnnuity = 0;
  let payback: number | null = null;
  for (let t = 0; t < nYears; t += 1) {
    const year = FIRST_YEAR + t;
    const isBuilding = year >= start && year < openYear ? 1 : 0;
    const buildingBefore = year === FIRST_YEAR ? Math.max(0, Math.min(openYear, FIRST_YEAR) - start) : 0;
    const capexSpend = spendPerYear * (isBuilding + buildingBefore);
    const isOpen = year >= openYear;
    const crossings = isOpen
      ? (values[(L.crossingTotal[0] ?? 0) * nYears + t] ?? 0) + (values[(L.crossingTotal[1] ?? 0) * nYears + t] ?? 0)
      : 0;
    const lineHaul = isOpen ? (values[L.tunnelRevenueLineHaul * nYears + t] ?? 0) : 0;
    const tariffRevenue = (crossings * tariff) / 1000;
    const opex = isOpen ? fixedOpex + railCostShare * lineHaul : 0;
    const cash = tariffRevenue + lineHaul - opex - capexSpend;
    npv += cash * discount;
    values[L.tunnelCapitalSpending * nYears + t] = capexSpend;
    values[L.tunnelCashFlow * nYears + t] = cash;
    values[L.tunnelCumulativeDiscounted * nYears + t] = npv;
    if (isOpen) {
      values[L.tunnelRevenueTariff * nYears + t] = tariffRevenue;
      values[L.tunnelRevenue * nYears + t] = tariffRevenue + lineHaul;
      values[L.tunnelOperatingCost * nYears + t] = opex;
      discountedCrossings += (crossings * discount) / 1000;
      discountedNetLineHaul += (1 - railCostShare) * lineHaul * discount;
      openAnnuity += discount / 1000;
      pvCapexAndFixed += fixedOpex * discount;
      if (payback === null && npv >= 0) payback = year;
    } else {
      values[L.tunnelRevenueTariff * nYears + t] = Number.NaN;
      values[L.tunnelRevenue * nYears + t] = Number.NaN;
      values[L.tunnelOperatingCost * nYears + t] = Number.NaN;
      values[L.tunnelRevenueLineHaul * nYears + t] = Number.NaN;
    }
    pvCapexAndFixed += capexSpend * discount;
    summary.crossingsEastboundMt += isOpen ? (values[(L.crossingTotal[0] ?? 0) * nYears + t] ?? 0) : 0;
    summary.crossingsWestboundMt += isOpen ? (values[(L.crossingTotal[1] ?? 0) * nYears + t] ?? 0) : 0;
    discount /= 1 + rate;
  }
  summary.linkNpvBnUsd = npv;
  summary.linkPaybackYear = payback;
  // NPV is linear in the tariff at this run's crossings: NPV(τ) = NPV + (τ − tariff) × D. A
  // higher tariff would also lose traffic, so this is the least tariff that could pay back.
  if (discountedCrossings > 0) summary.breakEvenTariffUsdPerTonne = Math.max(0, tariff - npv / discountedCrossings);
  // The same yearly volume every open year, earning the tariff plus this run's average net line
  // haul per tonne, that brings NPV to zero by the horizon.
  const netLineHaulPerTonne = discountedCrossings > 0 ? discountedNetLineHaul / (discountedCrossings * 1000) : 0;
  const marginPerTonne = tariff + netLineHaulPerTonne;
  if (openAnnuity > 0 && marginPerTonne > 0) summary.breakEvenVolumeMtPerYear = pvCapexAndFixed / (marginPerTonne * openAnnuity);
  return summary;
}
