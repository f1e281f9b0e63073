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
  nsr: p(
    0,
    'yes/no',
    'Yamal LNG sails the NSR to Asia usually June to November (Reuters 2018 via safety4sea; arctic reference §1.3); in winter its Arc7 carriers go west (120 of 287 cargoes escorted Dec–May 2024, europesays 2025; corridor reference §3), which the catalog gives as a year-round leg from Sabetta',
  ),
  bering: p(
    1,
    'yes/no',
    'assumption: first-year ice of the Bering and Chukchi seas, passable by Arc7-class ships with escort as in the Kara Sea',
  ),
  transpolar: p(0, 'yes/no', 'assumption: multi-year ice of the central Arctic; crossings only in open water (Smith & Stephenson 2013)'),
};

/** Container transit between Asia and the North American interior (ADR 022). */
export const TRANSIT = {
  /** Share of the trade that runs eastbound (Asia → North America). */
  eastboundShare: p(
    0.66,
    'fraction',
    'derived: trans-Pacific split 13.3 M TEU eastbound / 6.9 M westbound (2012; UNCTAD via Hofstra geotrans; corridor reference §2)',
  ),
  /** Container line-haul rates at the default freight levers; they scale with the levers. */
  seaCentsPerTkm: p(
    1.72,
    'US¢/tkm',
    'derived: FBX Asia→US West Coast 3,625 USD/FEU (Feb 2025, Freightos/Baltic Exchange) ÷ 20 t per FEU ÷ 10,556 km (Shanghai→LA/LB ≈ 5,700 nm; corridor reference §1, §3)',
  ),
  railCentsPerTkm: p(
    2.8,
    'US¢/tkm',
    'derived: US Class I yield 4.08–4.16 ¢ per ton-mile (Q4 2012–13, BTS Multimodal Indicators 2014) ≈ 2.8 ¢/tkm (corridor reference §3)',
  ),
  tonnesPerFeu: p(20, 't per FEU', 'assumption: 8–12 t per loaded TEU (corridor reference §2, E), 10 t × 2 TEU'),
  /** Days by rail on the link route: km ÷ speed + border days. */
  railKmPerDay: p(1200, 'km/day', 'Trans-Siberian block train ≈ 1,200 km/day (RZD via railwaynews 2015; corridor reference §3)'),
  linkBorderDays: p(2, 'days', 'assumption: gauge changes at Zabaikalsk (1,435/1,520 mm) and at the strait'),
  seaAndRailDays: p(
    19,
    'days',
    'Shanghai→Chicago 19 days via Prince Rupert (COSCO 2021 via 56ok; 18–20 days by sea + rail, PEMP; corridor reference §3)',
  ),
  /** Gauge transfers on the link route, each at the rail handling cost. */
  linkTransfers: p(2, 'transfers', 'assumption: Chinese–Russian and Russian–North American gauge changes'),
  /** Spread of the logit split between link and sea + rail, USD per tonne of generalised cost. */
  logitScaleUsdPerTonne: p(
    50,
    'USD/t',
    'assumption: shippers differ in origin, cargo value and schedule; a 50 USD/t advantage moves about 73 % of the cargo, 150 USD/t about 95 %',
  ),
} as const;
