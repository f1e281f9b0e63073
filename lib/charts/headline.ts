// Pure: reads no database, clock or globals. The dashboard's headline figures, computed from a
// result's series (so they always agree with the charts and the CSV). Method: ADR 040.
import { ICE_FREE_THRESHOLD_MKM2 } from '@/lib/model/defaults';
import { paybackYear, presentValue } from '@/lib/model/economics';
import { COMMODITIES, type SimulationResult } from '@/lib/model/types';
import { indexSeries, seriesKey } from './chart-spec';
import { PARTNER_REGIONS } from './dashboard-charts';

/** Options of the headline figures. */
export interface HeadlineOptions {
  /** Discount rate for present values, percent per year. */
  discountRatePct: number;
  /** Construction cost the tunnel revenue must pay back, billion USD. */
  capexBnUsd: number;
  /** Name of the tunnel route in the results, e.g. "Tunnel Rail". */
  tunnelRoute: string;
  /** Destination of the tunnel-vs-sea cost comparison. */
  destination: string;
  /** Year of the cost comparison (clamped to the simulated years). */
  costYear: number;
}

/** Headline figures of one result. Null where a figure does not exist (e.g. no tunnel). */
export interface Headline {
  /** Sum of all commodities produced from the first year to the horizon, Mt. */
  cumulativeProductionMt: number;
  /** Share of all freight (Mt, summed over the years) that went through the tunnel, %; null if no freight. */
  tunnelSharePct: number | null;
  /** The year the costs are read in (the asked year clamped to the simulated years); null for no years. */
  costYear: number | null;
  /** Tunnel cost to the destination in the cost year, USD/t; null if the tunnel does not serve it then. */
  tunnelCostUsdPerTonne: number | null;
  /** Cheapest sea route to the destination in the cost year, USD/t, and its name. */
  seaCostUsdPerTonne: number | null;
  seaRoute: string | null;
  /** First simulated year with September extent < 1 million km²; null = not before the horizon. */
  firstIceFreeYear: number | null;
  /** Present value of each partner's operating surplus at the first simulated year, billion USD. */
  presentValueBnUsd: Record<(typeof PARTNER_REGIONS)[number], number | null>;
  /**
   * First year in which cumulative (undiscounted) tunnel revenue reaches the construction cost;
   * null = not before the horizon or no tunnel.
   */
  paybackYear: number | null;
}

const sumValues = (values: readonly (number | null)[] | undefined) => (values ?? []).reduce<number>((acc, v) => acc + (v ?? 0), 0);

/** The headline figures of `result`. An empty result gives zeros and nulls. */
export function toHeadline(result: SimulationResult, options: HeadlineOptions): Headline {
  const index = indexSeries(result);
  const get = (variable: string, region = 'World') => index.get(seriesKey(variable, region))?.values;
  const { years } = result;
  const firstYear = years[0];

  const cumulativeProductionMt = COMMODITIES.reduce((acc, c) => acc + sumValues(get(`Production|${c}`)), 0);

  const volumes = result.series.filter((s) => s.region === 'World' && s.variable.startsWith('Transport Volume|'));
  const allFreight = volumes.reduce((acc, s) => acc + sumValues(s.values), 0);
  const tunnelFreight = sumValues(get(`Transport Volume|${options.tunnelRoute}`));
  const tunnelSharePct = allFreight > 0 ? (100 * tunnelFreight) / allFreight : null;

  const lastYear = years[years.length - 1];
  const costYear = firstYear === undefined || lastYear === undefined ? null : Math.min(lastYear, Math.max(firstYear, options.costYear));
  const at = costYear === null ? -1 : years.indexOf(costYear);
  const tunnelCostUsdPerTonne = get(`Transport Cost|${options.tunnelRoute}|${options.destination}`)?.[at] ?? null;
  let seaCostUsdPerTonne: number | null = null;
  let seaRoute: string | null = null;
  for (const s of result.series) {
    const parts = s.variable.split('|');
    if (parts[0] !== 'Transport Cost' || parts[2] !== options.destination || parts[1] === options.tunnelRoute) continue;
    const v = s.values[at] ?? null;
    if (v !== null && (seaCostUsdPerTonne === null || v < seaCostUsdPerTonne)) {
      seaCostUsdPerTonne = v;
      seaRoute = parts[1] ?? null;
    }
  }

  const extent = get('Sea Ice Extent|September') ?? [];
  const iceFreeAt = extent.findIndex((v) => v !== null && v < ICE_FREE_THRESHOLD_MKM2);
  const firstIceFreeYear = iceFreeAt >= 0 ? (years[iceFreeAt] ?? null) : null;

  const partnerPresentValue = (region: string): number | null => {
    const values = get('Operating Surplus', region);
    return values && firstYear !== undefined ? presentValue(values, options.discountRatePct) : null;
  };
  const presentValueBnUsd = {
    Russia: partnerPresentValue('Russia'),
    China: partnerPresentValue('China'),
    'United States': partnerPresentValue('United States'),
  };

  // No freight through the tunnel, no payback (even for a zero construction cost).
  const tunnelRevenue = get('Tunnel|Revenue');
  const payback = tunnelRevenue && tunnelFreight > 0 ? paybackYear(years, tunnelRevenue, options.capexBnUsd) : null;

  return { cumulativeProductionMt, tunnelSharePct, costYear, tunnelCostUsdPerTonne, seaCostUsdPerTonne, seaRoute, firstIceFreeYear, presentValueBnUsd, paybackYear: payback };
}
