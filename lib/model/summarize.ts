// Pure: reads no database, clock or globals. The headline figures the dashboard shows above its
// charts, read from a simulation result (so they always agree with the charts and the CSV).
import { ICE_FREE_THRESHOLD_MKM2 } from './defaults';
import { paybackYear, presentValue } from './economics';
import { COMMODITIES, type Assumptions, type Commodity, type Region, type SimulationResult } from './types';

/** Headline figures of one scenario. Money in billion USD, masses in Mt, costs in USD per tonne. */
export interface Headlines {
  /** Cumulative production from the first year to the horizon, Mt, per commodity (World). */
  cumulativeProductionMt: Record<Commodity, number>;
  /** Share of all freight (Mt, cumulative) that goes through the tunnel, percent (0 if none). */
  tunnelSharePct: number;
  /** Year the cost comparison is read in (clamped to the simulated years). */
  costYear: number;
  /** Tunnel Rail and Trans-Pacific cost from the reference origin to Shanghai; null if closed. */
  tunnelCostUsdPerTonne: number | null;
  seaCostUsdPerTonne: number | null;
  /** First simulated year with September extent under 1 million km², or null. */
  firstIceFreeYear: number | null;
  /** Present value of operating surplus at `markets.discountRatePct`, to the first year. */
  presentValueBnUsd: Record<Region, number>;
  /** First year cumulative tunnel tariff revenue covers `link.capexBnUsd`, or null (never/no link). */
  tunnelPaybackYear: number | null;
}

const REFERENCE_DESTINATION = 'Shanghai';

/**
 * Reads the headlines from `result`. `costYear` defaults to the tunnel's opening year, else
 * 2050; it is clamped into the simulated range. Missing series count as zero or null.
 */
export function summarize(result: SimulationResult, assumptions: Assumptions, costYear?: number): Headlines {
  const { years } = result;
  const find = (variable: string, region: Region = 'World') =>
    result.series.find((s) => s.variable === variable && s.region === region)?.values ?? [];
  const total = (values: readonly (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

  const cumulativeProductionMt = Object.fromEntries(
    COMMODITIES.map((c) => [c, total(find(`Production|${c}`))]),
  ) as Record<Commodity, number>;
  const freight = result.series
    .filter((s) => s.region === 'World' && s.variable.startsWith('Transport Volume|'))
    .reduce((sum, s) => sum + total(s.values), 0);
  const tunnel = total(find('Transport Volume|Tunnel Rail'));

  const first = years[0] ?? 2025;
  const last = years[years.length - 1] ?? first;
  const wanted = costYear ?? assumptions.link.openYear ?? 2050;
  const year = Math.min(last, Math.max(first, wanted));
  const t = years.indexOf(year);
  const at = (variable: string) => (t >= 0 ? (find(variable)[t] ?? null) : null);

  const extent = find('Sea Ice Extent|September');
  const iceFreeIndex = extent.findIndex((v) => v !== null && v < ICE_FREE_THRESHOLD_MKM2);
  const regions: Region[] = ['World', 'Russia', 'China', 'United States'];
  const presentValueBnUsd = Object.fromEntries(
    regions.map((r) => [r, presentValue(find('Operating Surplus', r), assumptions.markets.discountRatePct)]),
  ) as Record<Region, number>;

  return {
    cumulativeProductionMt,
    tunnelSharePct: freight > 0 ? (100 * tunnel) / freight : 0,
    costYear: year,
    tunnelCostUsdPerTonne: at(`Transport Cost|Tunnel Rail|${REFERENCE_DESTINATION}`),
    seaCostUsdPerTonne: at(`Transport Cost|Trans-Pacific|${REFERENCE_DESTINATION}`),
    firstIceFreeYear: iceFreeIndex >= 0 ? (years[iceFreeIndex] ?? null) : null,
    presentValueBnUsd,
    tunnelPaybackYear:
      assumptions.link.openYear === null
        ? null
        : paybackYear(years, find('Tunnel|Revenue'), assumptions.link.capexBnUsd),
  };
}
