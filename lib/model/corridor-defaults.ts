// Pure: constants only. Parameters of the corridor model (the link's account, storage of cargo
// waiting for the season), each with its source; "assumption:" marks the modeller's choice
// (docs/model.md; ADRs 020–029).
import type { Parameter } from './defaults';
import type { IceZone } from './types';

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

/**
 * Whether ice-class ships with icebreaker escort sail a zone out of the open-water season (1) or
 * not (0), paying the zone's full ice premium per tonne (ADR 021).
 */
export const WINTER_NAVIGATION: Record<IceZone, Parameter> = {
  nsr: p(0, 'yes/no', 'Yamal LNG sails the NSR to Asia usually June to November (Reuters 2018 via safety4sea; arctic reference §1.3); in winter its Arc7 carriers go west (120 of 287 cargoes escorted Dec–May 2024, europesays 2025; corridor reference §3), which the catalog gives as a year-round leg from Sabetta'),
  bering: p(1, 'yes/no', 'assumption: first-year ice of the Bering and Chukchi seas, passable by Arc7-class ships with escort as in the Kara Sea'),
  transpolar: p(0, 'yes/no', 'assumption: multi-year ice of the central Arctic; crossings only in open water (Smith & Stephenson 2013)'),
};
