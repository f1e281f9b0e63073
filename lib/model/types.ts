// Pure: types only. The engine's inputs (catalog + assumptions) and outputs (yearly series).
// The names and meanings of Assumptions and SimulationResult are a public contract (DESIGN.md,
// "Contract for programs"): add fields, never rename or repurpose one.

/** Sea-ice pathways (CMIP6 shared socio-economic pathways). */
export const PATHWAYS = ['SSP1-2.6', 'SSP2-4.5', 'SSP3-7.0', 'SSP5-8.5'] as const;
export type Pathway = (typeof PATHWAYS)[number];

/** Commodities produced by catalog basins/deposits. */
export const COMMODITIES = ['Oil', 'LNG', 'Coal', 'Copper', 'Zinc', 'Gold'] as const;
export type Commodity = (typeof COMMODITIES)[number];

/** Countries that host deposits (the strait's two sides). */
export const HOST_COUNTRIES = ['Russia', 'United States'] as const;
export type HostCountry = (typeof HOST_COUNTRIES)[number];

/** Result regions: World plus the three partner countries. */
export const REGIONS = ['World', 'Russia', 'China', 'United States'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Scenario assumptions: the engine input a user controls. Same object in the API, the URL
 * state and the database. Years are calendar years; money in USD.
 */
export interface Assumptions {
  /** Last year simulated, 2050..2100. */
  horizonYear: number;
  ice: {
    pathway: Pathway;
    /** First practically ice-free September (< 1 million km² extent), or null = never. */
    iceFreeYear: number | null;
  };
  link: {
    /** Year the tunnel opens, or null = no tunnel. */
    openYear: number | null;
    /** Freight capacity of the tunnel, Mt per year (> 0). */
    capacityMtPerYear: number;
    /** Construction cost, billion USD. */
    capexBnUsd: number;
    /** Tariff charged per tonne through the tunnel, USD/t. */
    tariffUsdPerTonne: number;
    /** Years of construction before `openYear` (capex spent evenly over them), 1..30. */
    buildYears: number;
    /** Percent of `capexBnUsd` that is the tunnel itself; the rest is connecting rail. */
    tunnelCapexSharePct: number;
  };
  markets: {
    /** Real prices in the first simulated year, in market units (issue 8; sources in the field table). */
    prices: MarketPrices;
    /** Real change of every price per year, percent (-5..5); prices compound from FIRST_YEAR. */
    realPriceChangePctPerYear: number;
    /** Carbon price, USD per tonne CO2, applied to transport emissions. */
    carbonPriceUsdPerTonne: number;
    /** Whether the carbon price also applies to combustion of the hydrocarbons produced. */
    carbonOnCombustion: boolean;
    /** Discount rate for present values, percent per year (e.g. 7 = 7 %). */
    discountRatePct: number;
  };
  freight: {
    /** Rail line-haul rate, US cents per tonne-km. */
    railCentsPerTonneKm: number;
    /** Sea freight rate in open water, US cents per tonne-km. */
    seaCentsPerTonneKm: number;
    /** Scales the ice-class and escort premiums, 0..5 (1 = as sourced). */
    iceCostMultiplier: number;
  };
  /** Market access apart from cooperation (sanctions); false = today's sanctions. */
  access: {
    /** Russian-origin cargo may be sold to North American destinations. */
    russiaToNorthAmerica: boolean;
    /** US companies may hold stakes in Russian projects. */
    usStakesInRussia: boolean;
  };
  /** Asia ↔ North American interior container transit (ADR 022). */
  transit: {
    /** Addressable container freight in the first simulated year, both directions, Mt per year. */
    volumeMtPerYear: number;
    /** Its real growth per year, percent (may be negative). */
    growthPctPerYear: number;
    /** What a day in transit costs the cargo owner, USD per tonne per day. */
    valueOfTimeUsdPerTonneDay: number;
  };
  cooperation: {
    /** 0..1: 0 = no joint projects (each country alone), 1 = full cooperation. */
    level: number;
    /** Fractions of joint projects taken by each partner; sum to 1. */
    shares: { russia: number; china: number; us: number };
  };
}

/** Commodity prices in their market units. */
export interface MarketPrices {
  oilUsdPerBarrel: number;
  lngUsdPerMmbtu: number;
  coalUsdPerTonne: number;
  /** Copper metal, USD per tonne. */
  copperUsdPerTonne: number;
  /** Zinc metal, USD per tonne. */
  zincUsdPerTonne: number;
  goldUsdPerOunce: number;
}

/** Observed September sea-ice extent for one year. */
export interface IceObservation {
  year: number;
  /** Monthly-mean September extent, million km². */
  extentMkm2: number;
  source: string;
}

/**
 * A basin or deposit in the reference catalog. The engine decides when it starts, how much it
 * produces and how it ships. `source` cites the reference figures; every numeric field that is
 * a modeller's choice rather than a cited figure is named in `assumedFields`.
 * (Engine-specific fields may be added below the required ones.)
 */
export interface Basin {
  /** Stable slug, e.g. "yamal-lng". */
  id: string;
  name: string;
  commodity: Commodity;
  country: HostCountry;
  /** Recoverable resource available to the model, Mt of product. */
  resourceMt: number;
  /** Production cost at the field/mine gate, USD per tonne of product. */
  productionCostUsdPerTonne: number;
  /** Citation(s) for the figures. */
  source: string;
  /** Names of the numeric fields above/below that are assumptions, not cited figures. */
  assumedFields: string[];
  /** 'producing' basins produce from the first simulated year at plateau; others must start. */
  status: BasinStatus;
  /** Where the product enters the transport network; keys `RouteLeg.origin`. */
  origin: string;
  /** Market the output is sold to; keys `RouteLeg.destination`. */
  destination: string;
  /**
   * Other markets it may sell to at the same world price (ADR 025): its output takes the cheapest
   * profitable legs to any of its markets that access allows. Optional; none by default.
   */
  otherDestinations?: string[];
  /** First calendar year a non-producing basin may start (ignored for 'producing'). */
  earliestStartYear: number;
  /** Output at plateau, Mt of product per year. */
  plateauMtPerYear: number;
  /** Years from first output to plateau (>= 1); output ramps linearly. */
  rampYears: number;
  /** Decline: output is capped at this percentage of the remaining resource per year. */
  declineRatePct: number;
  /** Existing stakes of partner countries other than the host (fractions 0..1; host entry 0). */
  foreignStakes: CountryShares;
  /** Whether cooperation.shares apply (new projects); producing assets keep their stakes. */
  isJointCandidate: boolean;
  /** Lowest cooperation.level at which the project can go ahead (0 = also alone). */
  minCooperationLevel: number;
  /** Shortest navigable season (days) an ice-bound sea leg needs to serve this basin (0 = any). */
  minSeasonDays: number;
  /** Non-numeric modelling choices (destination, host attribution) in words. */
  notes?: string;
  /**
   * For metal sold as concentrate: what is shipped and paid (ADR 018). `resourceMt`,
   * `plateauMtPerYear` and `productionCostUsdPerTonne` stay per tonne of contained metal.
   */
  concentrate?: Concentrate;
}

/** Terms of a metal concentrate: grade, payable share and smelter charges. */
export interface Concentrate {
  /** Metal content of the concentrate, percent (e.g. 24 for 24 % Cu). */
  gradePct: number;
  /** Share of the contained metal the smelter pays for, percent. */
  payablePct: number;
  /** Treatment charge, USD per tonne of concentrate. */
  treatmentChargeUsdPerTonne: number;
  /** Refining charge, USD per tonne of payable metal (0 where none applies). */
  refiningChargeUsdPerTonnePayable: number;
}

/** Life-cycle state of a basin in the catalog. */
export type BasinStatus = 'producing' | 'planned' | 'prospect';

/** Fractions held by the three partner countries. */
export interface CountryShares {
  russia: number;
  china: number;
  us: number;
}

/** Sea areas whose ice limits navigation; each has its own navigable season. */
export const ICE_ZONES = ['nsr', 'bering', 'transpolar'] as const;
export type IceZone = (typeof ICE_ZONES)[number];

/**
 * One origin→destination way along a route. Distances in km by mode; a leg through ice
 * (`iceZone` not null) is limited by that zone's navigable season.
 */
export interface RouteLeg {
  origin: string;
  destination: string;
  /** Distance by sea, km. */
  seaKm: number;
  /** Distance by rail (or corridor pipeline), km. */
  railKm: number;
  /** Ice zone that limits this leg; undefined = the route's zone. */
  iceZone?: IceZone | null;
  /**
   * Of `railKm`, the rail the link corridor builds new (link legs only; default 0): its line-haul
   * revenue is the link's (ADR 020).
   */
  newRailKm?: number;
  /**
   * The leg as a path of corridor-network node ids, origin first (ADR 024). Its km and whether it
   * crosses the strait come from this path; the seed catalog's legs all have one.
   */
  path?: string[];
  source: string;
  assumedFields: string[];
}

/** A transport route (corridor) in the reference catalog. */
export interface Route {
  /** Stable slug, e.g. "tunnel-rail". */
  id: string;
  /** Display and result name, e.g. "Tunnel Rail", "Northern Sea Route". */
  name: string;
  mode: 'rail' | 'sea';
  source: string;
  assumedFields: string[];
  /** True for the Bering link: availability, capacity and tariff come from `Assumptions.link`. */
  isLink: boolean;
  /** Ice zone whose season is reported as this route's navigable season (null = year-round). */
  iceZone: IceZone | null;
  /** Canal or route toll, USD per tonne (the link's tariff comes from the assumptions). */
  tollUsdPerTonne: number;
  /** Ways along this route; the first leg to each destination is its reference leg. */
  legs: RouteLeg[];
}

/** The reference catalog the engine reads. */
export interface Catalog {
  basins: Basin[];
  routes: Route[];
  iceObservations: IceObservation[];
}

/** One yearly series; `values[i]` belongs to `years[i]`; null = does not exist that year. */
export interface Series {
  /** Hierarchical IAMC-style name, e.g. "Production|Oil", "Transport Cost|Tunnel Rail|Shanghai". */
  variable: string;
  region: Region;
  unit: string;
  values: (number | null)[];
}

/**
 * Headline figures of a run (DESIGN.md, "Contract for programs"; docs/model.md lists them). Money
 * in billion USD discounted to the first simulated year at `markets.discountRatePct`; null where
 * the figure does not exist (no tunnel, nothing crosses, no value pays back).
 */
export interface ResultSummary {
  /** Net present value of the link's cash flow (ADR 020), billion USD; null with no tunnel. */
  linkNpvBnUsd: number | null;
  /** First year the cumulative discounted cash flow reaches zero, after opening; null if never by the horizon. */
  linkPaybackYear: number | null;
  /** Tariff that brings the NPV to zero at this run's crossings, USD/t (≥ 0); null if nothing crosses. */
  breakEvenTariffUsdPerTonne: number | null;
  /** Same yearly tonnage through the link from opening to the horizon that brings the NPV to zero, Mt/yr; null if none can. */
  breakEvenVolumeMtPerYear: number | null;
  /** Construction cost, all, of the tunnel, and of the connecting rail, billion USD (undiscounted); null with no tunnel. */
  linkCapexBnUsd: number | null;
  tunnelCapexBnUsd: number | null;
  connectingRailCapexBnUsd: number | null;
  /** First year of construction (may lie before the first simulated year); null with no tunnel. */
  linkBuildStartYear: number | null;
  /** Tonnes through the strait by direction, summed over the simulated years, Mt. */
  crossingsEastboundMt: number;
  crossingsWestboundMt: number;
  /** Asia–North America transit freight, all routes and through the link, summed over the years, Mt. */
  transitFreightMt: number;
  transitFreightViaLinkMt: number;
  /**
   * Shanghai → Chicago container transit: generalised cost (freight + value of time × days) by
   * the link and by sea + rail via Prince Rupert, USD/t; days by each; the link's logit share
   * of the volume when open, % (before capacity). The link's figures exist without a tunnel too:
   * they say what it would cost.
   */
  transitLinkGeneralisedCostUsdPerTonne: number;
  transitSeaGeneralisedCostUsdPerTonne: number;
  transitLinkDays: number;
  transitSeaDays: number;
  transitLinkSharePct: number;
  /** Why each route costs what it costs: one entry per leg and per transit route (docs/model.md). */
  routeCosts: RouteCostBreakdown[];
}

/**
 * One route from one origin to one destination, its cost per tonne by component, USD/t. The
 * components are the same every year; the cost in a year is their sum + the value of the
 * `icePremiumVariable` row that year (none: 0), and does not exist (null) when not `isAvailable`,
 * before `openYear`, or where that row is null. For a route's reference leg it equals `Transport Cost|<route>|<destination>`.
 */
export interface RouteCostBreakdown {
  route: string;
  /** Origin as the catalog names it (a basin origin, e.g. "chukotka", or "Shanghai" for transit). */
  origin: string;
  destination: string;
  /** Basin output or Asia–North America container transit. */
  cargo: 'Resources' | 'Transit';
  seaKm: number;
  railKm: number;
  /** Line haul = km × the rate of each mode. */
  lineHaulUsdPerTonne: number;
  handlingUsdPerTonne: number;
  /** Canal toll, or the link's tariff. */
  tariffOrTollUsdPerTonne: number;
  /** Carbon price × transport CO2. */
  carbonUsdPerTonne: number;
  /** `Ice Premium|<zone>` row whose yearly value adds to the cost; null for year-round routes. */
  icePremiumVariable: string | null;
  /** False when the route never exists in the scenario (the link with no tunnel). */
  isAvailable: boolean;
  /** First year the route exists (the link's opening year); null = every year. */
  openYear: number | null;
  /** Transit only: days in transit and their cost at the value of time, USD/t; null for resources. */
  transitDays: number | null;
  timeCostUsdPerTonne: number | null;
}

/** Engine output: yearly series from the first simulated year to the horizon, and the headline figures. */
export interface SimulationResult {
  years: number[];
  series: Series[];
  /** Always set by `simulate`; optional so that derived results (charts, observations) need none. */
  summary?: ResultSummary;
}
