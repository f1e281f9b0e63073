// Pure: data and small pure helpers only. The one table of assumption fields (issue 8): for each
// field its contract path, URL parameter, label, unit, bounds, slider step, default, display
// format, group, source and stated uncertainty. The schema, the URL state, the sliders, equality,
// the compare page's differences and the methodology's defaults are all derived from it, so a new
// assumption is one row here (plus its use in the engine).
// Sources are the project's reference notes (`arctic-reference.md`, `corridor-reference.md`);
// a source starting with "assumption:" is the modeller's choice.
import type { Assumptions, Pathway } from './types';
import { PATHWAYS } from './types';

/** Slider groups, in the order the dashboard shows them (DESIGN.md, "Pages"). */
export const FIELD_GROUPS = ['Ice', 'Link', 'Markets', 'Freight', 'Access', 'Cooperation'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/**
 * A stated distribution for the uncertainty analysis: triangular with its low, most likely and
 * high value (in the field's unit), and where the range comes from.
 */
export interface TriangularDistribution {
  kind: 'triangular';
  low: number;
  mode: number;
  high: number;
  basis: string;
}

interface FieldBase {
  /** Dotted path in the assumptions contract, e.g. "link.capacityMtPerYear". */
  path: string;
  /** Search-parameter name in the dashboard URL, e.g. "cap". */
  param: string;
  /** Plain label for people, e.g. "Tunnel capacity". */
  label: string;
  group: FieldGroup;
  /** Citation, or "assumption: …" when no source gives it. */
  source: string;
  /** One sentence on what the field means, for the info button and the methodology. */
  help: string;
}

/** A number (or a year that may also be "never"/"none"). */
export interface NumberFieldSpec extends FieldBase {
  kind: 'number';
  /** Unit as shown after the value ("" for years). */
  unit: string;
  /** Contract bounds: the API and the URL accept values in [min, max]. */
  min: number;
  max: number;
  /** The value must be strictly greater than `min` (capacities). */
  isMinExclusive?: boolean;
  isInteger?: boolean;
  /** Slider range and step (within the contract bounds). */
  slider: { min: number; max: number; step: number };
  /** Decimals shown (display and URL rounding happen elsewhere). */
  decimals: number;
  /** Display scale: the slider shows `value × scale` (shares are stored 0..1, shown in %). */
  scale?: number;
  /** Text for null when the field may be null (e.g. "never", "no tunnel"); absent = not nullable. */
  nullText?: string;
  /** URL token for null (e.g. "never", "none"); required with `nullText`. */
  nullToken?: string;
  default: number | null;
  /** Stated uncertainty (null where the value is a scenario choice, not an uncertain quantity). */
  distribution: TriangularDistribution | null;
  /** Fields sharing a `sumGroup` are fractions that add up to 1 (cooperation shares). */
  sumGroup?: string;
  /** Added after the first contract: missing in stored scenarios, read as the default. */
  hasInputDefault?: boolean;
}

/** A yes/no choice. */
export interface BooleanFieldSpec extends FieldBase {
  kind: 'boolean';
  default: boolean;
  /** Display texts for true and false. */
  trueText: string;
  falseText: string;
  hasInputDefault?: boolean;
}

/** One of a fixed list of texts. */
export interface ChoiceFieldSpec extends FieldBase {
  kind: 'choice';
  options: readonly string[];
  optionLabels: Record<string, string>;
  default: string;
  hasInputDefault?: boolean;
}

export type FieldSpec = NumberFieldSpec | BooleanFieldSpec | ChoiceFieldSpec;
export type FieldValue = number | boolean | string | null;

const PATHWAY_LABELS: Record<Pathway, string> = {
  'SSP1-2.6': 'SSP1-2.6 — low emissions',
  'SSP2-4.5': 'SSP2-4.5 — middle of the road',
  'SSP3-7.0': 'SSP3-7.0 — regional rivalry',
  'SSP5-8.5': 'SSP5-8.5 — high emissions',
};

const triangular = (low: number, mode: number, high: number, basis: string): TriangularDistribution => ({
  kind: 'triangular',
  low,
  mode,
  high,
  basis,
});

/** The table, in display order within each group. */
export const ASSUMPTION_FIELDS: readonly FieldSpec[] = [
  // Ice
  {
    kind: 'choice',
    path: 'ice.pathway',
    param: 'pathway',
    label: 'Sea-ice pathway',
    group: 'Ice',
    options: PATHWAYS,
    optionLabels: PATHWAY_LABELS,
    default: 'SSP2-4.5',
    source: 'assumption: middle-of-the-road pathway SSP2-4.5',
    help: 'The emissions pathway (CMIP6 SSP) that shapes how September sea ice declines after today.',
  },
  {
    kind: 'number',
    path: 'ice.iceFreeYear',
    param: 'iceFree',
    label: 'First ice-free September',
    group: 'Ice',
    unit: '',
    min: 2030,
    max: 2100,
    isInteger: true,
    slider: { min: 2030, max: 2100, step: 1 },
    decimals: 0,
    nullText: 'never',
    nullToken: 'never',
    default: 2072,
    distribution: triangular(
      2040,
      2072,
      2100,
      'Shen et al. 2023: SSP5-8.5 central 2050–2054, SSP2-4.5 about 20 years later; Kim et al. 2023 the 2030s–2050s under all pathways',
    ),
    source: 'Shen et al. 2023 (npj Clim. Atmos. Sci. 6): SSP2-4.5 about 20 years after the SSP5-8.5 central 2050–2054',
    help: 'First year with a "practically ice-free" September: sea-ice area below 1 million km², about 2.2 million km² of extent.',
  },
  {
    kind: 'number',
    path: 'horizonYear',
    param: 'horizon',
    label: 'Horizon (last year simulated)',
    group: 'Ice',
    unit: '',
    min: 2050,
    max: 2100,
    isInteger: true,
    slider: { min: 2050, max: 2100, step: 1 },
    decimals: 0,
    default: 2075,
    distribution: null,
    source: 'assumption: 50 years ahead, long enough for projects unlocked after a 2040s opening to run their course',
    help: 'The last year the model simulates; present values are summed up to it.',
  },
  // Link
  {
    kind: 'number',
    path: 'link.openYear',
    param: 'open',
    label: 'Tunnel opens',
    group: 'Link',
    unit: '',
    min: 2030,
    max: 2100,
    isInteger: true,
    slider: { min: 2030, max: 2100, step: 1 },
    decimals: 0,
    nullText: 'no tunnel',
    nullToken: 'none',
    default: 2042,
    distribution: triangular(2035, 2042, 2060, 'assumption: 10–15 years to build (memim; BBC 2011), decision not yet taken'),
    source: 'assumption: 10–15 years to build (memim; BBC 2011) after a decision around 2027',
    help: 'First year the rail tunnel under the Bering Strait carries freight; "no tunnel" leaves only the sea.',
  },
  {
    kind: 'number',
    path: 'link.capacityMtPerYear',
    param: 'cap',
    label: 'Tunnel capacity',
    group: 'Link',
    unit: 'Mt/yr',
    min: 0,
    max: 1000,
    isMinExclusive: true,
    slider: { min: 10, max: 500, step: 5 },
    decimals: 0,
    default: 100,
    distribution: triangular(
      70,
      100,
      400,
      '2007 plan 70 Mt/yr (memim), 2011 plan 100 Mt/yr (Railways Africa), Spencer 2025 "> 400 Mt/yr" (eir.news)',
    ),
    source: '2011 TKM-World Link plan: 100 Mt/yr (Railways Africa); the 2007 plan said 70 Mt/yr (memim)',
    help: 'Most freight the tunnel can carry in a year, both directions together.',
  },
  {
    kind: 'number',
    path: 'link.capexBnUsd',
    param: 'capex',
    label: 'Construction cost',
    group: 'Link',
    unit: 'bn USD',
    min: 0,
    max: 1000,
    slider: { min: 5, max: 300, step: 1 },
    decimals: 0,
    default: 65,
    distribution: triangular(
      8,
      65,
      100,
      'the 2025 pitch (< USD 8 bn, TASS), the 2007 corridor estimate (≈ 65 bn, memim) and Spencer 2025 (≈ 100 bn)',
    ),
    source: 'TKM-World Link 2007 estimate for tunnel and connecting links: about USD 65 bn (memim; CNN)',
    help: 'What the tunnel and its connecting rail cost to build, billion USD.',
  },
  {
    kind: 'number',
    path: 'link.tariffUsdPerTonne',
    param: 'tariff',
    label: 'Tunnel tariff',
    group: 'Link',
    unit: 'USD/t',
    min: 0,
    max: 1000,
    slider: { min: 0, max: 150, step: 1 },
    decimals: 0,
    default: 15,
    distribution: triangular(0, 15, 50, 'assumption: no tunnel tariff has been published'),
    source: 'assumption: no tunnel tariff has been published',
    help: 'Toll charged for every tonne that passes through the tunnel, on top of the rail freight rate.',
  },
  {
    kind: 'number',
    path: 'link.buildYears',
    param: 'build',
    label: 'Years to build',
    group: 'Link',
    unit: 'yr',
    min: 1,
    max: 30,
    isInteger: true,
    slider: { min: 3, max: 20, step: 1 },
    decimals: 0,
    default: 12,
    distribution: triangular(8, 12, 15, 'the 2025 pitch (under 8 years, TASS) and 10–15 years in earlier plans (memim; BBC 2011)'),
    source: '10–15 years to build (memim; BBC 2011, arctic reference §3.3); 12 is the middle',
    help: 'Years of construction before the opening year; the construction cost is spent evenly over them.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'link.tunnelCapexSharePct',
    param: 'tunnelShare',
    label: 'Tunnel share of the construction cost',
    group: 'Link',
    unit: '%',
    min: 0,
    max: 100,
    slider: { min: 0, max: 100, step: 1 },
    decimals: 0,
    default: 17,
    distribution: triangular(
      10,
      17,
      40,
      'derived: USD 10–12 bn for the tunnel (BBC 2011) of ≈ 65 bn for the corridor (memim); Gotthard rates (≈ 0.19 bn/km) would put a 105 km tunnel at 19–21 bn',
    ),
    source:
      'derived: tunnel only USD 10–12 bn (BBC 2011 via blog) of ≈ 65 bn for tunnel and connecting links (memim): 11 / 65 ≈ 17 % (arctic reference §3.3)',
    help: 'Part of the construction cost that is the tunnel itself; the rest is the connecting rail on both sides.',
    hasInputDefault: true,
  },
  // Markets
  {
    kind: 'number',
    path: 'markets.prices.oilUsdPerBarrel',
    param: 'oil',
    label: 'Oil price',
    group: 'Markets',
    unit: 'USD/bbl',
    min: 0,
    max: 500,
    slider: { min: 20, max: 200, step: 1 },
    decimals: 0,
    default: 80,
    distribution: triangular(60, 80, 110, 'Brent 2024 front-month range 68–93 (EIA); Alaska DOR outlook 66–77 (Hart Energy 2023)'),
    source: 'Brent ≈ 80 USD/bbl in 2024, front-month average (EIA via enerknol; reference §4.1); 7.33 bbl/t',
    help: 'Real crude price in the first simulated year, USD per barrel (7.33 barrels per tonne).',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.prices.lngUsdPerMmbtu',
    param: 'lng',
    label: 'LNG price',
    group: 'Markets',
    unit: 'USD/MMBtu',
    min: 0,
    max: 100,
    slider: { min: 2, max: 40, step: 0.1 },
    decimals: 1,
    default: 14.4,
    distribution: triangular(8, 14.4, 20, 'LNG Japan import 10.76 (2021), 14.39 (2023), 18.43 (2022) USD/MMBtu (World Bank Pink Sheet)'),
    source:
      'LNG Japan import 14.39 USD/MMBtu, 2023 average (World Bank Pink Sheet; reference §4.1), rounded to the slider step; 52 MMBtu/t (assumed conversion)',
    help: 'Real LNG price delivered to Asia in the first simulated year, USD per million BTU (52 MMBtu per tonne).',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.prices.coalUsdPerTonne',
    param: 'coal',
    label: 'Coal price',
    group: 'Markets',
    unit: 'USD/t',
    min: 0,
    max: 2000,
    slider: { min: 30, max: 400, step: 1 },
    decimals: 0,
    default: 136,
    distribution: triangular(100, 136, 345, 'Australian coal 136.1 (2024), 172.8 (2023), 344.9 (2022) USD/t (World Bank Pink Sheet)'),
    source: 'World Bank Pink Sheet Jan 2025, Australian coal 136.1 USD/t 2024 average (reference §4.1), rounded to the slider step',
    help: 'Real coal price in the first simulated year, USD per tonne.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.prices.copperUsdPerTonne',
    param: 'copper',
    label: 'Copper price',
    group: 'Markets',
    unit: 'USD/t',
    min: 0,
    max: 50_000,
    slider: { min: 3000, max: 20_000, step: 10 },
    decimals: 0,
    default: 9380,
    distribution: triangular(7000, 9380, 12_000, 'assumption: ±25 % around the single LME settlement found'),
    source: 'LME cash settlement 18 Oct 2024 (worldal.com; reference §4.1); annual average not found',
    help: 'Real copper price (metal) in the first simulated year, USD per tonne.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.prices.zincUsdPerTonne',
    param: 'zinc',
    label: 'Zinc price',
    group: 'Markets',
    unit: 'USD/t',
    min: 0,
    max: 20_000,
    slider: { min: 1000, max: 8000, step: 1 },
    decimals: 0,
    default: 3008,
    distribution: triangular(2250, 3008, 3750, 'assumption: ±25 % around the single LME settlement found'),
    source: 'LME cash settlement 18 Oct 2024 (worldal.com; reference §4.1); annual average not found',
    help: 'Real zinc price (metal) in the first simulated year, USD per tonne.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.prices.goldUsdPerOunce',
    param: 'gold',
    label: 'Gold price',
    group: 'Markets',
    unit: 'USD/oz',
    min: 0,
    max: 20_000,
    slider: { min: 500, max: 5000, step: 10 },
    decimals: 0,
    default: 2400,
    distribution: triangular(1800, 2400, 3000, 'assumption: ±25 %; no gold price in the reference'),
    source: 'assumption: 2,400 USD/troy oz (no gold price in the reference); 32,150.7 oz/t',
    help: 'Real gold price in the first simulated year, USD per troy ounce.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.realPriceChangePctPerYear',
    param: 'priceTrend',
    label: 'Real price change',
    group: 'Markets',
    unit: '%/yr',
    min: -5,
    max: 5,
    slider: { min: -5, max: 5, step: 0.1 },
    decimals: 1,
    default: 0,
    distribution: triangular(-2, 0, 2, 'assumption: long-run real commodity prices have no agreed trend'),
    source: 'assumption: constant real prices (ADR 013), now a lever',
    help: 'Every price changes by this percentage each year in real terms, compounding from the first year.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.carbonPriceUsdPerTonne',
    param: 'carbon',
    label: 'Carbon price',
    group: 'Markets',
    unit: 'USD/t CO2',
    min: 0,
    max: 1000,
    slider: { min: 0, max: 300, step: 5 },
    decimals: 0,
    default: 0,
    distribution: null,
    source: 'assumption: no carbon price on Arctic freight today',
    help: 'Price per tonne of CO2 emitted by transport (and, when ticked, by burning the fuels produced).',
  },
  {
    kind: 'boolean',
    path: 'markets.carbonOnCombustion',
    param: 'combustion',
    label: 'Carbon price on combustion',
    group: 'Markets',
    default: false,
    trueText: 'yes',
    falseText: 'no',
    source: 'assumption: carbon price on transport only',
    help: 'Whether the carbon price also applies to the CO2 from burning the oil, LNG and coal produced.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'markets.discountRatePct',
    param: 'rate',
    label: 'Discount rate',
    group: 'Markets',
    unit: '%',
    min: 0,
    max: 20,
    slider: { min: 0, max: 20, step: 0.5 },
    decimals: 1,
    default: 7,
    distribution: triangular(3, 7, 10, 'assumption: 3–10 % real spans public and private appraisal rates'),
    source: 'assumption: 7 % real, a common rate for infrastructure appraisal',
    help: 'Real discount rate for present values, percent per year.',
  },
  // Freight
  {
    kind: 'number',
    path: 'freight.railCentsPerTonneKm',
    param: 'rail',
    label: 'Rail freight rate',
    group: 'Freight',
    unit: 'US¢/tkm',
    min: 0,
    max: 20,
    slider: { min: 0.5, max: 6, step: 0.1 },
    decimals: 1,
    default: 2.1,
    distribution: triangular(1.5, 2.1, 2.8, 'US Class I 2.1 ¢/tkm (2009) and 2.8 ¢/tkm (2012–13, BTS); Russian tariffs lower, not per tkm'),
    source: 'derived: US Class I revenue 2009, 46.1 bn USD ÷ 1.53 trillion ton-miles ≈ 2.1 US¢/tkm (AAR via FHWA; reference §3.2)',
    help: 'Rail line-haul rate, US cents per tonne-km, on every rail leg including the corridor.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'freight.seaCentsPerTonneKm',
    param: 'sea',
    label: 'Sea freight rate',
    group: 'Freight',
    unit: 'US¢/tkm',
    min: 0,
    max: 10,
    slider: { min: 0.05, max: 2, step: 0.05 },
    decimals: 2,
    default: 0.2,
    distribution: triangular(
      0.15,
      0.2,
      0.3,
      'the two derived rates (0.16 and 0.23 US¢/tkm) and LNG and container ships, dearer per tkm than bulk carriers',
    ),
    source:
      "derived: ≈ 50 USD/t White Sea→Asia by the southern route (Novatek ≈ 2010, Barents Observer) over ≈ 22,200 km (≈ 12,000 nm: the NSR's ≈ 8,000 nm St Petersburg→Shanghai is 4,000 nm shorter than Suez; corridor reference §1) = 0.23 US¢/tkm; Capesize ≈ 11 USD/t W. Australia→China (BigMint) over ≈ 6,700 km (assumed distance) = 0.16 US¢/tkm; 0.2 between them",
    help: 'Sea freight rate in open water, US cents per tonne-km; ice-class and escort premiums come on top.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'freight.iceCostMultiplier',
    param: 'ice',
    label: 'Ice premium multiplier',
    group: 'Freight',
    unit: '×',
    min: 0,
    max: 5,
    slider: { min: 0, max: 5, step: 0.1 },
    decimals: 1,
    default: 1,
    distribution: triangular(
      0.5,
      1,
      3,
      'assumption: escort fees range USD 300–700k per escort and the ice-class ship premium 27–60 % (corridor reference §3); slower ice passages are not costed',
    ),
    source: 'assumption: 1 = the ice premiums as derived in the engine parameters (escort + ice-class ship)',
    help: 'Scales the ice-class and icebreaker-escort premiums on ice-bound sea legs (0 = none, 2 = double).',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'transit.volumeMtPerYear',
    param: 'transit',
    label: 'Asia–North America container freight',
    group: 'Freight',
    unit: 'Mt/yr',
    min: 0,
    max: 2000,
    slider: { min: 0, max: 600, step: 10 },
    decimals: 0,
    default: 300,
    distribution: triangular(
      100,
      300,
      400,
      'the 2011 plan’s 100 Mt/yr for the whole link (Railways Africa); ≈ 30 M TEU trans-Pacific × 8–12 t per TEU (corridor reference §2)',
    ),
    source:
      'derived: trans-Pacific container trade ≈ 30 M TEU both ways in 2024 (Statista; corridor reference §2) × 10 t per loaded TEU (assumption within the reference’s 8–12 t)',
    help: 'Container freight between Asia and the North American interior that could use either the link or sea + rail, both directions, in 2025.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'transit.growthPctPerYear',
    param: 'transitGrowth',
    label: 'Growth of that freight',
    group: 'Freight',
    unit: '%/yr',
    min: -5,
    max: 10,
    slider: { min: -3, max: 5, step: 0.1 },
    decimals: 1,
    default: 1.5,
    distribution: triangular(
      -1,
      1.5,
      4,
      'assumption: Far East→North America grew 13 % in 2024 after a fall in 2023 (CTS via The Loadstar); no long-run forecast in the reference',
    ),
    source:
      'assumption: long-run real growth of trans-Pacific container trade; the reference has only single-year changes (+13 % in 2024, CTS via The Loadstar)',
    help: 'Real growth per year of the addressable container freight, compounding from 2025.',
    hasInputDefault: true,
  },
  {
    kind: 'number',
    path: 'transit.valueOfTimeUsdPerTonneDay',
    param: 'vot',
    label: 'Value of time',
    group: 'Freight',
    unit: 'USD/t/day',
    min: 0,
    max: 200,
    slider: { min: 0, max: 50, step: 0.5 },
    decimals: 1,
    default: 3.5,
    distribution: triangular(
      2,
      3.5,
      33,
      'derived: inventory carrying 0.055–0.07 %/day (Shipsgo) to 0.6–2.1 %/day (Hummels & Schaur 2013, an upper bound for goods at the air/sea margin) of ≈ 5,450 USD/t',
    ),
    source:
      'derived: inventory carrying 20–25 %/yr ≈ 0.06 %/day (Shipsgo 2019) × ≈ 5,450 USD/t (54,500 USD per TEU, porteconomicsmanagement.org, ÷ 10 t per TEU) ≈ 3.5 USD/t/day (corridor reference §2–3)',
    help: 'What a day in transit costs the owner of a tonne of container cargo; faster routes are worth this much more per day saved.',
    hasInputDefault: true,
  },
  // Access
  {
    kind: 'boolean',
    path: 'access.russiaToNorthAmerica',
    param: 'ruNa',
    label: 'Russian cargo may be sold in North America',
    group: 'Access',
    default: false,
    trueText: 'allowed',
    falseText: 'barred',
    source:
      'US sanctions: Arctic LNG 2 listed 2 Nov 2023; Gazprom Neft and Sovcomflot 10 Jan 2025; Rosneft (Vostok Oil) and Lukoil 22 Oct 2025 (corridor reference §6)',
    help: 'Whether Russian-origin oil, gas, coal and metals may be sold to North American destinations.',
    hasInputDefault: true,
  },
  {
    kind: 'boolean',
    path: 'access.usStakesInRussia',
    param: 'usStakes',
    label: 'US companies may hold stakes in Russian projects',
    group: 'Access',
    default: false,
    trueText: 'allowed',
    falseText: 'barred',
    source: 'US sanctions and the petroleum-services ban from 27 Feb 2025 (Baker McKenzie; Covington; corridor reference §6)',
    help: 'Whether the US share of joint projects may include projects in Russia; if not, Russia and China take it.',
    hasInputDefault: true,
  },
  // Cooperation
  {
    kind: 'number',
    path: 'cooperation.level',
    param: 'coop',
    label: 'Cooperation level',
    group: 'Cooperation',
    unit: '',
    min: 0,
    max: 1,
    slider: { min: 0, max: 1, step: 0.05 },
    decimals: 2,
    default: 0.5,
    distribution: null,
    source: 'assumption: partial cooperation',
    help: 'How far the partners develop joint projects where access allows it: 0 = each country alone, 1 = every joint project shared.',
  },
  ...(
    [
      ['russia', 'ru', "Russia's share", 0.4],
      ['china', 'cn', "China's share", 0.35],
      ['us', 'us', 'US share', 0.25],
    ] as const
  ).map(([key, param, label, value]): NumberFieldSpec => ({
    kind: 'number',
    path: `cooperation.shares.${key}`,
    param,
    label,
    group: 'Cooperation',
    unit: '%',
    min: 0,
    max: 1,
    slider: { min: 0, max: 1, step: 0.01 },
    scale: 100,
    decimals: 0,
    default: value,
    distribution: null,
    sumGroup: 'cooperation.shares',
    source: 'assumption: Russia as host takes the largest share; China follows its 29.9 % Yamal LNG stake (TASS)',
    help: 'Fraction of joint projects taken by this partner; the three shares add up to 100 %.',
  })),
];

/** The field with this path, or undefined. */
export function findField(path: string, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): FieldSpec | undefined {
  return fields.find((f) => f.path === path);
}

/** The value at a dotted path of a nested object (undefined when any step is missing). */
export function getAtPath(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `value` with `path` set to `next`; objects along the path are copied (never mutated),
 * missing ones created. Returns the same object when the value is already equal.
 */
export function setAtPath<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const node = (value ?? {}) as Record<string, unknown>;
  if (head === undefined) return value;
  const child = rest.length === 0 ? next : setAtPath(node[head], rest.join('.'), next);
  if (Object.is(node[head], child)) return value;
  return { ...node, [head]: child } as T;
}

/** The defaults of a table as one nested object. */
export function buildDefaults(fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): Record<string, unknown> {
  return fields.reduce<Record<string, unknown>>((acc, f) => setAtPath(acc, f.path, f.default), {});
}

/** The defaults of the table: the dashboard's default scenario. */
export const DEFAULT_FIELD_VALUES = buildDefaults() as unknown as Assumptions;

/** Whether two assumption sets agree on every field of the table. */
export function isSameAssumptions(a: unknown, b: unknown, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): boolean {
  return fields.every((f) => Object.is(getAtPath(a, f.path), getAtPath(b, f.path)));
}

/** Rounds to the field's decimals (shown scale), e.g. 2.1 US¢/tkm or 14.4 USD/MMBtu. */
function roundShown(f: NumberFieldSpec, shown: number): string {
  const text = shown.toFixed(f.decimals);
  return f.decimals > 0 ? text : String(Math.round(shown));
}

/**
 * A field's value as people read it, with its unit: "2042", "never", "100 Mt/yr", "40 %",
 * "barred", "SSP2-4.5 — middle of the road". Non-values (undefined, wrong type) give "–".
 */
export function formatFieldValue(f: FieldSpec, value: unknown): string {
  switch (f.kind) {
    case 'number': {
      if (value === null) return f.nullText ?? '–';
      if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
      const shown = roundShown(f, value * (f.scale ?? 1));
      return f.unit === '' ? shown : `${shown} ${f.unit}`;
    }
    case 'boolean':
      return value === true ? f.trueText : value === false ? f.falseText : '–';
    case 'choice':
      return typeof value === 'string' ? (f.optionLabels[value] ?? value) : '–';
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

/** Fields of one group, in table order. */
export function fieldsOfGroup(group: FieldGroup, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): FieldSpec[] {
  return fields.filter((f) => f.group === group);
}

/** Anchor id of a field's row on /methodology, e.g. "assumption-link-capacityMtPerYear". */
export const fieldAnchor = (f: Pick<FieldSpec, 'path'>) => `assumption-${f.path.replaceAll('.', '-')}`;
