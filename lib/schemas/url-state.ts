// The dashboard's state in the URL: readable search params that reproduce the screen
// (`?pathway=SSP5-8.5&iceFree=2052&open=2040&cap=100&…&base=reference`).
// Parse at the edge (STYLE.md §6): every param is checked on its own; an invalid or missing one
// falls back to the loaded scenario's value, so a hand-edited link never crashes the page.
import { z } from 'zod';
import { ASSUMPTION_FIELDS, getAtPath, setAtPath, type FieldSpec, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';
import { AssumptionsSchema, buildAssumptionsSchema, fieldSchema } from './assumptions';
import { ScenarioIdSchema } from './scenario';
import { DEFAULT_VIEW, PRODUCTION_VIEWS, type UrlState } from './url-state-query';

export * from './url-state-query';

/** Result of parsing: the state, and the names of params that were ignored because they were invalid. */
export interface ParsedUrlState {
  state: UrlState;
  ignored: string[];
}

/** Search params as Next passes them to pages, or as URLSearchParams in the browser. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const numberText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a plain number')
  .transform(Number);
const yearIn = (min: number, max: number) => numberText.pipe(z.number().int().min(min).max(max));

/**
 * The schema of one assumption's URL text: numbers within the contract's bounds (wider than the
 * sliders, so a scenario saved through the API with a large value still round-trips through its
 * link), null tokens, booleans as 1/0, choices as their text.
 */
function paramSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'number': {
      const value = numberText.pipe(fieldSchema({ ...f, nullText: undefined }) as z.ZodType<number, number>);
      return f.nullToken === undefined ? value : z.union([z.literal(f.nullToken).transform(() => null), value]);
    }
    case 'boolean':
      return z.enum(['0', '1']).transform((v) => v === '1');
    case 'choice':
      return fieldSchema(f);
    default: {
      const never: never = f;
      throw new Error(`unknown field kind in ${JSON.stringify(never)}`);
    }
  }
}

/** Params that are not assumptions: the baseline and the view. */
const VIEW_PARAM_SCHEMAS = {
  base: ScenarioIdSchema,
  view: z.enum(PRODUCTION_VIEWS),
  dest: z.string().trim().min(1).max(60),
  year: yearIn(2025, 2100),
} as const;

/** Shares may be off by this much in a URL (three rounded decimals) and are then rescaled to sum to 1. */
const SHARE_URL_TOLERANCE = 0.011;

function readParam(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

function readSafe<T>(params: SearchParamsInput, name: string, schema: z.ZodType<T>, ignored: string[]): T | undefined {
  const raw = readParam(params, name);
  if (raw === undefined || raw === '') return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  ignored.push(name);
  return undefined;
}

/**
 * Applies the fields of one sum-to-1 group (cooperation shares): taken only as a complete set
 * adding up to 1 (±0.011, then rescaled); a partial or inconsistent set is ignored.
 */
function applySumGroup(
  candidate: Assumptions,
  group: NumberFieldSpec[],
  values: Map<string, unknown>,
  params: SearchParamsInput,
  ignored: string[],
): Assumptions {
  const given = group.filter((f) => values.has(f.param));
  const sum = given.reduce((acc, f) => acc + Number(values.get(f.param)), 0);
  if (given.length === group.length && Math.abs(sum - 1) <= SHARE_URL_TOLERANCE) {
    let next = candidate;
    group.forEach((f) => {
      next = setAtPath(next, f.path, round4(Number(values.get(f.param)) / sum));
    });
    const last = group[group.length - 1];
    if (last === undefined) return next;
    const others = group.slice(0, -1).reduce((acc, f) => acc + Number(getAtPath(next, f.path)), 0);
    return setAtPath(next, last.path, round4(Math.max(0, 1 - others)));
  }
  const named = group.filter((f) => readParam(params, f.param) !== undefined && !ignored.includes(f.param));
  ignored.push(...named.map((f) => f.param));
  return candidate;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The dashboard state from search params, on top of the loaded scenario's assumptions
 * (`fallback`). Every field of the table is read from its own param; unknown params are ignored;
 * invalid ones are listed in `ignored` and fall back. Fields of a sum-to-1 group are taken only as
 * a complete set adding up to 1 (±0.011, then rescaled).
 */
export function parseUrlState(
  params: SearchParamsInput,
  fallback: Assumptions,
  fields: readonly FieldSpec[] = ASSUMPTION_FIELDS,
): ParsedUrlState {
  const ignored: string[] = [];
  const values = new Map<string, unknown>();
  for (const f of fields) {
    const value = readSafe(params, f.param, paramSchema(f), ignored);
    if (value !== undefined) values.set(f.param, value);
  }
  let candidate = fallback;
  const groups = new Map<string, NumberFieldSpec[]>();
  for (const f of fields) {
    if (f.kind === 'number' && f.sumGroup !== undefined) {
      groups.set(f.sumGroup, [...(groups.get(f.sumGroup) ?? []), f]);
      continue;
    }
    if (values.has(f.param)) candidate = setAtPath(candidate, f.path, values.get(f.param));
  }
  for (const group of groups.values()) candidate = applySumGroup(candidate, group, values, params, ignored);

  // The combination must still satisfy the contract; if not, the scenario's values win.
  const schema = fields === ASSUMPTION_FIELDS ? AssumptionsSchema : buildAssumptionsSchema(fields);
  const checked = schema.safeParse(candidate);
  const assumptions = checked.success ? checked.data : fallback;
  if (!checked.success) ignored.push('(combination)');

  const view = {
    base: readSafe(params, 'base', VIEW_PARAM_SCHEMAS.base, ignored),
    view: readSafe(params, 'view', VIEW_PARAM_SCHEMAS.view, ignored),
    dest: readSafe(params, 'dest', VIEW_PARAM_SCHEMAS.dest, ignored),
    year: readSafe(params, 'year', VIEW_PARAM_SCHEMAS.year, ignored),
  };
  return {
    state: {
      assumptions,
      baseId: view.base ?? null,
      view: {
        productionView: view.view ?? DEFAULT_VIEW.productionView,
        destination: view.dest ?? DEFAULT_VIEW.destination,
        costYear: view.year ?? DEFAULT_VIEW.costYear,
      },
    },
    ignored,
  };
}
