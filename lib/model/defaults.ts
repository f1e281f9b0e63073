// Pure: constants only. Global engine parameters, each with its source; a source that starts
// with "assumption:" is the modeller's choice (docs/model.md, docs/decisions/010-029).
import type { Commodity, IceZone, Pathway } from './types';

/** A number the engine uses by default, with its unit and where it comes from. */
export interface Parameter {
  value: number;
  unit: string;
  /** Citation, or "assumption: …" when no source gives it. */
  source: string;
}

const p = (value: number, unit: string, source: string): Parameter => ({ value, unit, source });

/** First simulated year; observations end in 2024. */
export const FIRST_YEAR = 2025;

/**
 * September sea-ice extent exceeds sea-ice area by about this much, million km² (ADR 019).
 * Measured at extents of 3.6–4.4; the gap likely narrows as the ice thins.
 */
export const EXTENT_MINUS_AREA_MKM2 = p(
  1.2,
  'million km2',
  'derived: NSIDC September extent minus area, 2012: 3.57 − 2.41 = 1.16; 2019: 4.36 − 3.17 = 1.19 (reference §1.2)',
);

/**
 * "Practically ice-free": sea-ice *area* below 1 million km² (SIMIP Community 2020, Kim et al.
 * 2023), expressed as September *extent*, the quantity the model projects: 1 + 1.2 = 2.2 (ADR 019).
 */
export const ICE_FREE_THRESHOLD_MKM2 = 1 + EXTENT_MINUS_AREA_MKM2.value;

/**
 * Market units per tonne of product, to turn the prices of the assumptions (USD/bbl, USD/MMBtu,
 * USD/oz, USD/t) into USD per tonne. Prices themselves are assumptions (the field table).
 */
export const MARKET_UNITS_PER_TONNE: Record<Commodity, Parameter> = {
  Oil: p(7.33, 'bbl/t', 'assumption: average crude, 7.33 barrels per tonne (BP conversion factor)'),
  LNG: p(52, 'MMBtu/t', 'assumption: 52 MMBtu per tonne of LNG'),
  Coal: p(1, 't/t', 'priced per tonne'),
  Copper: p(1, 't/t', 'priced per tonne of metal'),
  Zinc: p(1, 't/t', 'priced per tonne of metal'),
  Gold: p(32_150.7, 'oz/t', 'troy ounces per tonne'),
};

/** North American destinations: barred to Russian-origin cargo unless `access.russiaToNorthAmerica`. */
export const NORTH_AMERICAN_DESTINATIONS: readonly string[] = ['Seattle', 'Prince Rupert', 'Vancouver', 'Chicago'];

/**
 * Share of the full production cost that is operating cost: a basin that has started keeps
 * producing while price − operating cost covers its transport; only a new start must cover the
 * full cost (capital recovery included). ADR 018.
 */
export const OPERATING_COST_SHARE = p(
  0.5,
  'fraction',
  'assumption: about half of the full unit cost of Arctic oil, gas and mines is capital recovery; no per-asset operating costs in the reference',
);

/** CO2 from burning one tonne of product, t CO2 per t (0 for metals). */
export const COMBUSTION_CO2_T_PER_T: Record<Commodity, Parameter> = {
  Oil: p(3.1, 't CO2/t', 'CDIAC: 0.85 t C/t × 44/12 × 0.985 oxidised ≈ 3.1 (reference §4.2)'),
  LNG: p(2.777, 't CO2/t', 'derived: 56.1 t CO2/TJ (IPCC 1996; reference §4.2) × 49.5 GJ/t LNG (assumed net calorific value)'),
  Coal: p(
    2.649,
    't CO2/t',
    'derived: 94.6 t CO2/TJ (IPCC 1996; reference §4.2) × 28 GJ/t (assumed net calorific value of Elga coking coal)',
  ),
  Copper: p(0, 't CO2/t', 'not a fuel'),
  Zinc: p(0, 't CO2/t', 'not a fuel'),
  Gold: p(0, 't CO2/t', 'not a fuel'),
};

/** Energy content for the `Production|<fuel>|Energy` rows, tonnes of oil equivalent per tonne. */
export const ENERGY_TOE_PER_T: Partial<Record<Commodity, Parameter>> = {
  Oil: p(1.0, 'toe/t', 'assumption: one tonne of crude ≈ 1 toe (41.868 GJ)'),
  LNG: p(1.182, 'toe/t', 'assumption: 49.5 GJ/t ÷ 41.868 GJ/toe'),
  Coal: p(0.669, 'toe/t', 'assumption: 28 GJ/t ÷ 41.868 GJ/toe'),
};

/**
 * Whether a commodity can wait at the mine or port for the shipping season (ADR 012). Flows that
 * cannot (oil, LNG) are limited on ice-bound legs to the navigable share of the year.
 */
export const IS_STORABLE: Record<Commodity, boolean> = {
  Oil: false,
  LNG: false,
  Coal: true,
  Copper: true,
  Zinc: true,
  Gold: true,
};

/**
 * Handling costs and emission factors per transport mode (ADR 011). The line-haul rates per
 * tonne-km are assumptions of the scenario (`freight.*` in the field table).
 */
export const MODE: Record<
  'sea' | 'rail',
  {
    handlingUsdPerTonne: Parameter;
    co2GramPerTkm: Parameter;
  }
> = {
  sea: {
    handlingUsdPerTonne: p(8, 'USD/t', 'assumption: loading and discharge'),
    co2GramPerTkm: p(
      10,
      'g CO2/tkm',
      "reference §4.2: IMO 2009 range 0–60 g/tkm for ships; 10 g for large bulk/tankers is the modeller's mid-point",
    ),
  },
  rail: {
    handlingUsdPerTonne: p(5, 'USD/t', 'assumption: rail terminal loading and unloading'),
    co2GramPerTkm: p(
      25,
      'g CO2/tkm',
      "reference §4.2: IMO 2009 range 20–120 g/tkm for rail; 25 g for diesel unit trains is the modeller's mid-point",
    ),
  },
};

/**
 * Ice premium on ice-bound legs, USD per tonne when the zone is closed all year; the premium
 * paid is this × (365 − season) / 365 × `freight.iceCostMultiplier`: escort, ice class and
 * stockpiling (ADR 012).
 */
export const ICE_PREMIUM_USD_PER_TONNE: Record<IceZone, Parameter> = {
  nsr: p(
    10,
    'USD/t',
    'derived: icebreaker escort ≈ 5 USD/t (USD 300–700k per escort, ≈ 400k for a ≈ 75 kt Yamal LNG cargo; europesays 2025) + ice-class ship ≈ 5 USD/t (Arc7 LNG carrier ≈ USD 318 m vs ≈ 250 m conventional, +68 m at 10 %/yr over ≈ 1.3 Mt carried a year: assumption); corridor reference §3',
  ),
  bering: p(10, 'USD/t', 'assumption: the NSR derivation (escort + ice-class ship) for ports north of the Bering Strait'),
  transpolar: p(20, 'USD/t', 'assumption: twice the NSR premium for central-Arctic ice (heavier ice class, longer escort)'),
};

/** A leg through ice is usable only when its zone's season is at least this many days. */
export const MIN_SEASON_DAYS = p(30, 'days', 'assumption: shorter windows do not justify a voyage');

/**
 * Navigable season (days) against September extent (million km²): piecewise-linear anchors in
 * decreasing extent; flat beyond the ends. Calibrated to today's seasons (ADR 010).
 */
export const SEASON_ANCHORS: Record<IceZone, { points: readonly (readonly [number, number])[]; source: string }> = {
  nsr: {
    points: [
      [7.0, 30],
      [4.6, 90],
      [1.0, 150],
      [0.0, 200],
    ],
    source:
      '89 ± 16 days for open-water ships in the 2010s (Min et al.; reference §1.3) at the 2007–2024 mean extent ≈ 4.6; > 6 months by 2100 under high emissions (Khon et al. 2017); intermediate anchors are assumptions',
  },
  bering: {
    points: [
      [7.0, 120],
      [4.6, 150],
      [1.0, 220],
      [0.0, 270],
    ],
    source:
      'strait ice-bound about Nov–June, ice established late Nov and below 10 % by early June (alaskool; Wendler et al.; reference §1.3): ≈ 150 days today; other anchors are assumptions',
  },
  transpolar: {
    points: [
      [2.5, 0],
      [1.0, 45],
      [0.0, 120],
    ],
    source: 'transpolar crossings only near ice-free Septembers (Smith & Stephenson 2013; reference §1.3); anchors are assumptions',
  },
};

/** Shape of the sea-ice projection (ADR 010). */
export const ICE_PROJECTION = {
  /** Start level = mean observed extent from this year on (the post-2007 plateau). */
  plateauFromYear: p(2007, 'year', 'no significant trend 2007–2024 (ESSOAr 10.22541/essoar.173671277.78145382; reference §1.1)'),
  /** Extent reached in the ice-free year, million km². */
  iceFreeLevelMkm2: p(2.1, 'million km2', 'assumption: just under the 2.2 million km² extent threshold (area 1 million km²)'),
  /** Exponent of the decline from the plateau; > 1 keeps the early decline slow. */
  shapeExponent: p(1.5, '-', 'assumption'),
  /** With no ice-free year, the same curve aimed at this virtual year, floored above 1. */
  neverVirtualYear: p(2200, 'year', 'assumption'),
  neverFloorMkm2: p(2.25, 'million km2', 'assumption: stays above the 2.2 million km² extent threshold'),
  /** e-folding time of the approach to the floor after the ice-free year, years. */
  postIceFreeTimescaleYears: p(10, 'years', 'assumption'),
};

/** Long-run September floor after the ice-free year, million km², by pathway (ADR 010). */
export const ICE_FLOOR_MKM2: Record<Pathway, Parameter> = {
  'SSP1-2.6': p(0.7, 'million km2', 'assumption: low emissions, summer ice partly persists (MPI-ESM example, DKRZ)'),
  'SSP2-4.5': p(0.5, 'million km2', 'assumption'),
  'SSP3-7.0': p(0.3, 'million km2', 'assumption'),
  'SSP5-8.5': p(0.1, 'million km2', 'assumption: September ice gone (MPI-ESM SSP5-8.5 from about 2070, DKRZ)'),
};
