// Pure: reads no database, clock or globals. The headline figures of a scenario, read from its
// simulation result (so they always agree with the charts and the CSV). The dashboard, /compare
// and the tests all use this one reading; the method is in ADR 040.
import { ICE_FREE_THRESHOLD_MKM2 } from './defaults';
import { paybackYear, presentValue } from './economics';
import { COMMODITIES, REGIONS, type Assumptions, type Commodity, type Region, type SimulationResult } from './types';
import { VARIABLES, parseCost, parseProduction, parseTransit, parseVolume } from './variables';

/** What the figures are read for. */
export interface SummaryOptions {
  /** Discount rate for present values, percent per year (the scenario's `markets.discountRatePct`). */
  discountRatePct: number;
  /** Construction cost the tunnel revenue must pay back, billion USD (`link.capexBnUsd`). */
  capexBnUsd: number;
  /** Name of the tunnel route in the results, e.g. "Tunnel Rail". */
  tunnelRoute: string;
  /** Destination of the tunnel-vs-sea cost comparison, e.g. "Shanghai". */
  destination: string;
  /** Year of the cost comparison (clamped to the simulated years). */
  costYear: number;
}

/** Options for a scenario: its discount rate and construction cost, and what to read. */
export function summaryOptions(a: Assumptions, read: Pick<SummaryOptions, 'tunnelRoute' | 'destination' | 'costYear'>): SummaryOptions {
  return { discountRatePct: a.markets.discountRatePct, capexBnUsd: a.link.capexBnUsd, ...read };
}

/** Headline figures of one result. Money in billion USD, masses in Mt, costs in USD per tonne. */
export interface Headlines {
  /** All commodities produced from the first simulated year to the horizon, Mt (World). */
  cumulativeProductionMt: number;
  /** The same per commodity. */
  cumulativeProductionByCommodityMt: Record<Commodity, number>;
  /**
   * Share of all freight (Mt summed over the years: basin output and container transit) that went
   * through the tunnel, %; null if no freight.
   */
  tunnelSharePct: number | null;
  /** The year the costs are read in (the asked year clamped to the simulated years); null for no years. */
  costYear: number | null;
  /** Tunnel cost to the destination in the cost year; null if the tunnel does not serve it then. */
  tunnelCostUsdPerTonne: number | null;
  /** Cheapest other route to the destination in the cost year, and its name; null if none is open. */
  seaCostUsdPerTonne: number | null;
  seaRoute: string | null;
  /** First simulated year with September extent under 1 million km²; null = not before the horizon. */
  firstIceFreeYear: number | null;
  /** Present value of operating surplus at the first simulated year, per region; null without the series. */
  presentValueBnUsd: Record<Region, number | null>;
  /**
   * The link's discounted payback year (`summary.linkPaybackYear`, ADR 020) when the result has a
   * summary; otherwise the first year cumulative, undiscounted `Tunnel|Revenue` reaches the
   * construction cost. Null when not before the horizon, or when nothing (basin output or
   * transit) went through the tunnel.
   */
  paybackYear: number | null;
}

type Values = readonly (number | null)[];

const total = (values: Values): number => {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] ?? 0;
  return sum;
};

/**
 * Reads the headline figures from `result` in one pass over its series. A series that appears
 * twice (same variable and region) counts once, the first time; missing series count as zero
 * (masses) or null (costs, present values).
 */
export function summarize(result: SimulationResult, options: SummaryOptions): Headlines {
  const { years } = result;
  const first = years[0];
  const last = years[years.length - 1];
  const costYear = first === undefined || last === undefined ? null : Math.min(last, Math.max(first, options.costYear));
  const t = costYear === null ? -1 : years.indexOf(costYear);

  // World series already read, by variable (a duplicate counts once, the first time).
  const seen = new Set<string>();
  const byCommodity = Object.fromEntries(COMMODITIES.map((c) => [c, 0])) as Record<Commodity, number>;
  const surplus = new Map<Region, Values>();
  let extent: Values = [];
  let tunnelRevenue: Values | null = null;
  let freight = 0;
  let tunnelFreight = 0;
  let tunnelCostUsdPerTonne: number | null = null;
  let seaCostUsdPerTonne: number | null = null;
  let seaRoute: string | null = null;

  for (const s of result.series) {
    const v = s.variable;
    if (v === VARIABLES.operatingSurplus) {
      const region = s.region;
      if ((REGIONS as readonly string[]).includes(region) && !surplus.has(region)) surplus.set(region, s.values);
      continue;
    }
    if (s.region !== 'World' || seen.has(v)) continue;
    seen.add(v);
    const volumeRoute = parseVolume(v) ?? parseTransit(v);
    const commodity = volumeRoute === null ? parseProduction(v) : null;
    const costPair = volumeRoute === null && commodity === null ? parseCost(v) : null;
    if (volumeRoute !== null) {
      const mt = total(s.values);
      freight += mt;
      if (volumeRoute === options.tunnelRoute) tunnelFreight += mt;
    } else if (commodity !== null) {
      byCommodity[commodity] = total(s.values);
    } else if (costPair !== null) {
      if (costPair.destination !== options.destination) continue;
      const route = costPair.route;
      const cost = t >= 0 ? (s.values[t] ?? null) : null;
      if (route === options.tunnelRoute) {
        tunnelCostUsdPerTonne = cost;
      } else if (cost !== null && (seaCostUsdPerTonne === null || cost < seaCostUsdPerTonne)) {
        seaCostUsdPerTonne = cost;
        seaRoute = route;
      }
    } else if (v === VARIABLES.iceExtent) {
      extent = s.values;
    } else if (v === VARIABLES.tunnelRevenue) {
      tunnelRevenue = s.values;
    }
  }

  const iceFreeAt = extent.findIndex((x) => x !== null && x < ICE_FREE_THRESHOLD_MKM2);
  const presentValueBnUsd = {} as Record<Region, number | null>;
  for (const region of REGIONS) {
    const values = surplus.get(region);
    presentValueBnUsd[region] = values && first !== undefined ? presentValue(values, options.discountRatePct) : null;
  }
  return {
    cumulativeProductionMt: COMMODITIES.reduce((sum, c) => sum + byCommodity[c], 0),
    cumulativeProductionByCommodityMt: byCommodity,
    tunnelSharePct: freight > 0 ? (100 * tunnelFreight) / freight : null,
    costYear,
    tunnelCostUsdPerTonne,
    seaCostUsdPerTonne,
    seaRoute,
    firstIceFreeYear: iceFreeAt >= 0 ? (years[iceFreeAt] ?? null) : null,
    presentValueBnUsd,
    // No freight through the tunnel, no payback (even for a zero construction cost).
    paybackYear:
      tunnelFreight <= 0
        ? null
        : result.summary !== undefined
          ? result.summary.linkPaybackYear
          : tunnelRevenue
            ? paybackYear(years, tunnelRevenue, options.capexBnUsd)
            : null,
  };
}
