// Pure: reads no database, clock or globals. The headline figures the dashboard shows above its
// charts, read from a simulation result (so they always agree with the charts and the CSV).
import { ICE_FREE_THRESHOLD_MKM2 } from './defaults';
import { paybackYear, presentValue } from './economics';
import { COMMODITIES, REGIONS, type Assumptions, type Commodity, type Region, type SimulationResult } from './types';

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
const VOLUME_PREFIX = 'Transport Volume|';

/** Slots of the series summarize reads (Production: one per commodity; Operating Surplus: per region). */
const SLOT = {
  extent: 0,
  tunnelVolume: 1,
  tunnelCost: 2,
  seaCost: 3,
  tunnelRevenue: 4,
  production: 5, // + commodity index
  surplus: 5 + COMMODITIES.length, // + region index
} as const;
const N_SLOTS = SLOT.surplus + REGIONS.length;
const WORLD_SLOTS = new Map<string, number>([
  ['Sea Ice Extent|September', SLOT.extent],
  [`${VOLUME_PREFIX}Tunnel Rail`, SLOT.tunnelVolume],
  [`Transport Cost|Tunnel Rail|${REFERENCE_DESTINATION}`, SLOT.tunnelCost],
  [`Transport Cost|Trans-Pacific|${REFERENCE_DESTINATION}`, SLOT.seaCost],
  ['Tunnel|Revenue', SLOT.tunnelRevenue],
  ...COMMODITIES.map((c, k): [string, number] => [`Production|${c}`, SLOT.production + k]),
]);

type Values = readonly (number | null)[];
const NONE: Values = [];

const total = (values: Values): number => {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] ?? 0;
  return sum;
};

/**
 * Reads the headlines from `result`. `costYear` defaults to the tunnel's opening year, else
 * 2050; it is clamped into the simulated range. Missing series count as zero or null; when a
 * series appears twice, the first one counts.
 */
export function summarize(result: SimulationResult, assumptions: Assumptions, costYear?: number): Headlines {
  const { years } = result;
  // One pass over the series: the first match of each wanted series, and the freight total.
  const found = new Array<Values>(N_SLOTS).fill(NONE);
  let freight = 0;
  for (const s of result.series) {
    let slot = -1;
    if (s.region === 'World') {
      if (s.variable.startsWith(VOLUME_PREFIX)) freight += total(s.values);
      slot = s.variable === 'Operating Surplus' ? SLOT.surplus : (WORLD_SLOTS.get(s.variable) ?? -1);
    } else if (s.variable === 'Operating Surplus') {
      const r = REGIONS.indexOf(s.region);
      if (r >= 0) slot = SLOT.surplus + r;
    }
    if (slot >= 0 && found[slot] === NONE) found[slot] = s.values;
  }
  const get = (slot: number): Values => found[slot] ?? NONE;

  const cumulativeProductionMt = {} as Record<Commodity, number>;
  COMMODITIES.forEach((c, k) => {
    cumulativeProductionMt[c] = total(get(SLOT.production + k));
  });
  const tunnel = total(get(SLOT.tunnelVolume));

  const first = years[0] ?? 2025;
  const last = years[years.length - 1] ?? first;
  const wanted = costYear ?? assumptions.link.openYear ?? 2050;
  const year = Math.min(last, Math.max(first, wanted));
  const t = years.indexOf(year);
  const at = (slot: number) => (t >= 0 ? (get(slot)[t] ?? null) : null);

  const iceFreeIndex = get(SLOT.extent).findIndex((v) => v !== null && v < ICE_FREE_THRESHOLD_MKM2);
  const presentValueBnUsd = {} as Record<Region, number>;
  REGIONS.forEach((r, i) => {
    presentValueBnUsd[r] = presentValue(get(SLOT.surplus + i), assumptions.markets.discountRatePct);
  });

  return {
    cumulativeProductionMt,
    tunnelSharePct: freight > 0 ? (100 * tunnel) / freight : 0,
    costYear: year,
    tunnelCostUsdPerTonne: at(SLOT.tunnelCost),
    seaCostUsdPerTonne: at(SLOT.seaCost),
    firstIceFreeYear: iceFreeIndex >= 0 ? (years[iceFreeIndex] ?? null) : null,
    presentValueBnUsd,
    tunnelPaybackYear:
      assumptions.link.openYear === null
        ? null
        : paybackYear(years, get(SLOT.tunnelRevenue), assumptions.link.capexBnUsd),
  };
}
