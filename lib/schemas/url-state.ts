// The dashboard's state in the URL: readable search params that reproduce the screen
// (`?pathway=SSP5-8.5&iceFree=2052&open=2040&cap=100&…&base=reference`).
// Parse at the edge (STYLE.md §6): every param is checked on its own; an invalid or missing one
// falls back to the loaded scenario's value, so a hand-edited link never crashes the page.
import { z } from 'zod';
import { PATHWAYS, type Assumptions } from '@/lib/model/types';
import { AssumptionsSchema } from './assumptions';
import { ScenarioIdSchema } from './scenario';
import { normaliseShares, PRODUCTION_VIEWS, SLIDER_BOUNDS, type UrlState } from './url-state-query';

export * from './url-state-query';

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

