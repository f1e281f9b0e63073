// Pure: constants only. Parameters of the corridor model (the link's account, storage of cargo
// waiting for the season), each with its source; "assumption:" marks the modeller's choice
// (docs/model.md; ADRs 020–029).
import type { Parameter } from './defaults';

const p = (value: number, unit: string, source: string): Parameter => ({ value, unit, source });

/** The link's fixed operating and maintenance cost per year, percent of its construction cost (ADR 020). */
export const LINK_FIXED_OPEX_PCT_OF_CAPEX = p(
  1,
  '% of capex per year',
  'assumption: maintenance of tunnel and track; no published figure for the Bering link',
);

/**
 * Operating ratio of the corridor's new rail: operating cost as a fraction of its line-haul
 * revenue (the rest is the link's margin on line haul, ADR 020).
 */
export const LINK_RAIL_OPERATING_RATIO = p(
  0.65,
  'cost / revenue',
  'assumption: North American Class I railways report operating ratios of roughly 0.6–0.7; no figure in the reference notes',
);

/**
 * Storage of storable cargo (coal, concentrate) that waits at the port for the shipping season
 * instead of sailing out of season, USD per tonne per month of waiting (ADR 021).
 */
export const STORAGE_USD_PER_TONNE_MONTH = p(
  1.5,
  'USD/t per month',
  'assumption: stockpile and working capital; Red Dog stores about 1.2 Mt at its port for a ≈ 100-day season (NANA; corridor reference §4) but no cost is published',
);
