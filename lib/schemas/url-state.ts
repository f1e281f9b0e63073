// The dashboard's state in the URL: readable search params that reproduce the screen
// (`?pathway=SSP5-8.5&iceFree=2052&open=2040&cap=100&…&base=reference`).
// Parse at the edge (STYLE.md §6): every param is checked on its own; an invalid or missing one
// falls back to the loaded scenario's value, so a hand-edited link never crashes the page.
import { z } from 'zod';
import { PATHWAYS, type Assumptions } from '@/lib/model/types';
import { AssumptionsSchema } from './assumptions';
import { ScenarioIdSchema } from './scenario';

/** Slider bounds and steps shared by the sliders and the URL parser (units in the names). */
export const SLIDER_BOUNDS = {
  horizonYear: { min: 2050, max: 2100, step: 1 },
  iceFreeYear: { min: 2030, max: 2100, step: 1 },
  openYear: { min: 2030, max: 2100, step: 1 },
  capacityMtPerYear: { min: 10, max: 500, step: 5 },
  capexBnUsd: { min: 5, max: 300, step: 1 },
  tariffUsdPerTonne: { min: 0, max: 150, step: 1 },
  carbonPriceUsdPerTonne: { min: 0, max: 300, step: 5 },
  discountRatePct: { min: 0, max: 20, step: 0.5 },
  cooperationLevel: { min: 0, max: 1, step: 0.05 },
  share: { min: 0, max: 1, step: 0.01 },
} as const;

/** How the production chart splits volumes. */
export const PRODUCTION_VIEWS = ['commodity', 'country'] as const;
export type ProductionView = (typeof PRODUCTION_VIEWS)[number];

/** View choices that are not assumptions but still part of what is on screen. */
export interface ViewState {
  productionView: ProductionView;
  /** Destination of the transport-cost chart (a name the engine emits), or null = the first. */
  destination: string | null;
  /** Year of the "cost per tonne, tunnel vs sea" headline, or null = the default year. */
  costYear: number | null;
}

/** Everything the URL carries. */
export interface UrlState {
  assumptions: Assumptions;
  /** Id of the baseline scenario (a preset slug or saved scenario id), or null = the loaded scenario. */
  baseId: string | null;
  view: ViewState;
}

/** Result of parsing: the state, and the names of params that were ignored because they were invalid. */
export interface ParsedUrlState {
  state: UrlState;
  ignored: string[];
}

/** Search params as Next passes them to pages, or as URLSearchParams in the browser. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const numberIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a plain number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const yearIn = (min: number, max: number) => numberIn(min, max).pipe(z.number().int());
const b = SLIDER_BOUNDS;

/** One schema per search param; each turns the text into a typed value or fails alone. */
const PARAM_SCHEMAS = {
  horizon: yearIn(b.horizonYear.min, b.horizonYear.max),
  pathway: z.enum(PATHWAYS),
  iceFree: z.union([z.literal('never').transform(() => null), yearIn(b.iceFreeYear.min, b.iceFreeYear.max)]),
  open: z.union([z.literal('none').transform(() => null), yearIn(b.openYear.min, b.openYear.max)]),
  // Money and capacity accept the contract's range (AssumptionsSchema), wider than the sliders,
  // so a scenario saved through the API with a large value still round-trips through its link.
  cap: numberIn(0, 1000).pipe(z.number().gt(0)),
  capex: numberIn(0, 1000),
  tariff: numberIn(0, 1000),
  carbon: numberIn(0, 1000),
  combustion: z.enum(['0', '1']).transform((v) => v === '1'),
  rate: numberIn(0, 20),
  coop: numberIn(0, 1),
  ru: numberIn(0, 1),
  cn: numberIn(0, 1),
  us: numberIn(0, 1),
  base: ScenarioIdSchema,
  view: z.enum(PRODUCTION_VIEWS),
  dest: z.string().trim().min(1).max(60),
  year: yearIn(2025, 2100),
} as const;

type ParamName = keyof typeof PARAM_SCHEMAS;
type ParamValues = { [K in ParamName]?: z.output<(typeof PARAM_SCHEMAS)[K]> };

/** Search-param names in the order they are written. */
export const URL_PARAM_NAMES = Object.keys(PARAM_SCHEMAS) as ParamName[];

/** Shares may be off by this much in a URL (three rounded decimals) and are then rescaled to sum to 1. */
const SHARE_URL_TOLERANCE = 0.011;

function readParam(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Rounds to 4 decimals, so shares and rates never show float noise. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Shares rescaled to add up to exactly 1 (the last one takes the rounding remainder); all zero
 * becomes an equal split.
 */
export function normaliseShares(shares: Assumptions['cooperation']['shares']): Assumptions['cooperation']['shares'] {
  const sum = shares.russia + shares.china + shares.us;
  if (sum <= 0) return { russia: round4(1 / 3), china: round4(1 / 3), us: round4(1 - 2 * round4(1 / 3)) };
  const russia = round4(shares.russia / sum);
  const china = round4(shares.china / sum);
  return { russia, china, us: round4(Math.max(0, 1 - russia - china)) };
}

/**
 * Sets one partner's share to `value` (clamped to 0..1) and rescales the other two in proportion
 * so the three still add up to 1; if the other two are both zero they split the rest equally.
 */
export function rebalanceShares(
  shares: Assumptions['cooperation']['shares'],
  partner: keyof Assumptions['cooperation']['shares'],
  value: number,
): Assumptions['cooperation']['shares'] {
  const v = round4(Math.min(1, Math.max(0, value)));
  const others = (['russia', 'china', 'us'] as const).filter((p) => p !== partner);
  const [first, second] = others as [typeof others[number], typeof others[number]];
  const rest = round4(1 - v);
  const otherSum = shares[first] + shares[second];
  const firstShare = otherSum > 0 ? round4((shares[first] / otherSum) * rest) : round4(rest / 2);
  const next = { ...shares, [partner]: v, [first]: firstShare, [second]: round4(Math.max(0, rest - firstShare)) };
  return next;
}

/**
 * The dashboard state from search params, on top of the loaded scenario's assumptions
 * (`fallback`). Unknown params are ignored; invalid ones are listed in `ignored` and fall back.
 * Shares are taken only as a complete triple adding up to 1 (±0.011, then rescaled).
 */
export function parseUrlState(params: SearchParamsInput, fallback: Assumptions): ParsedUrlState {
  const values: ParamValues = {};
  const ignored: string[] = [];
  for (const name of URL_PARAM_NAMES) {
    const raw = readParam(params, name);
    if (raw === undefined || raw === '') continue;
    const parsed = PARAM_SCHEMAS[name].safeParse(raw);
    if (parsed.success) (values as Record<string, unknown>)[name] = parsed.data;
    else ignored.push(name);
  }

  let shares = fallback.cooperation.shares;
  const { ru, cn, us } = values;
  if (ru !== undefined && cn !== undefined && us !== undefined && Math.abs(ru + cn + us - 1) <= SHARE_URL_TOLERANCE) {
    shares = normaliseShares({ russia: ru, china: cn, us });
  } else if (ru !== undefined || cn !== undefined || us !== undefined) {
    ignored.push(...(['ru', 'cn', 'us'] as const).filter((n) => readParam(params, n) !== undefined && !ignored.includes(n)));
  }

  const candidate: Assumptions = {
    horizonYear: values.horizon ?? fallback.horizonYear,
    ice: {
      pathway: values.pathway ?? fallback.ice.pathway,
      iceFreeYear: values.iceFree !== undefined ? values.iceFree : fallback.ice.iceFreeYear,
    },
    link: {
      openYear: values.open !== undefined ? values.open : fallback.link.openYear,
      capacityMtPerYear: values.cap ?? fallback.link.capacityMtPerYear,
      capexBnUsd: values.capex ?? fallback.link.capexBnUsd,
      tariffUsdPerTonne: values.tariff ?? fallback.link.tariffUsdPerTonne,
    },
    markets: {
      carbonPriceUsdPerTonne: values.carbon ?? fallback.markets.carbonPriceUsdPerTonne,
      carbonOnCombustion: values.combustion ?? fallback.markets.carbonOnCombustion,
      discountRatePct: values.rate ?? fallback.markets.discountRatePct,
    },
    cooperation: { level: values.coop ?? fallback.cooperation.level, shares },
  };
  // The combination must still satisfy the contract; if not, the scenario's values win.
  const checked = AssumptionsSchema.safeParse(candidate);
  const assumptions = checked.success ? (checked.data as Assumptions) : fallback;
  if (!checked.success) ignored.push('(combination)');

  return {
    state: {
      assumptions,
      baseId: values.base ?? null,
      view: { productionView: values.view ?? 'commodity', destination: values.dest ?? null, costYear: values.year ?? null },
    },
    ignored,
  };
}

/** A number as short URL text (no float noise, no exponent). */
function numberText(x: number): string {
  return String(round4(x));
}

/**
 * The search params that reproduce `state` on any machine: every assumption written out in a
 * fixed order (so a link does not depend on the scenario's stored values), then base and view.
 */
export function toUrlSearchParams(state: UrlState): URLSearchParams {
  const a = state.assumptions;
  const params = new URLSearchParams();
  params.set('horizon', String(a.horizonYear));
  params.set('pathway', a.ice.pathway);
  params.set('iceFree', a.ice.iceFreeYear === null ? 'never' : String(a.ice.iceFreeYear));
  params.set('open', a.link.openYear === null ? 'none' : String(a.link.openYear));
  params.set('cap', numberText(a.link.capacityMtPerYear));
  params.set('capex', numberText(a.link.capexBnUsd));
  params.set('tariff', numberText(a.link.tariffUsdPerTonne));
  params.set('carbon', numberText(a.markets.carbonPriceUsdPerTonne));
  params.set('combustion', a.markets.carbonOnCombustion ? '1' : '0');
  params.set('rate', numberText(a.markets.discountRatePct));
  params.set('coop', numberText(a.cooperation.level));
  params.set('ru', numberText(a.cooperation.shares.russia));
  params.set('cn', numberText(a.cooperation.shares.china));
  params.set('us', numberText(a.cooperation.shares.us));
  if (state.baseId !== null) params.set('base', state.baseId);
  if (state.view.productionView !== 'commodity') params.set('view', state.view.productionView);
  if (state.view.destination !== null) params.set('dest', state.view.destination);
  if (state.view.costYear !== null) params.set('year', String(state.view.costYear));
  return params;
}
