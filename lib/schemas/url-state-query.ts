// The dashboard's URL state without the parser: bounds, types, share arithmetic and the writer
// of the query string. Zod-free on purpose, so the browser bundle does not carry the parser
// (the server parses with lib/schemas/url-state.ts, which re-exports all of this).
import { ASSUMPTION_FIELDS, getAtPath, type FieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';

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

/** The view a dashboard opens with when the URL names none: the one definition of it. */
export const DEFAULT_VIEW: ViewState = Object.freeze({ productionView: 'commodity', destination: null, costYear: null });

/** Whether `view` is the default view (nothing to write into the URL for it). */
export function isDefaultView(view: ViewState): boolean {
  return (
    view.productionView === DEFAULT_VIEW.productionView &&
    view.destination === DEFAULT_VIEW.destination &&
    view.costYear === DEFAULT_VIEW.costYear
  );
}

/** Everything the URL carries. */
export interface UrlState {
  assumptions: Assumptions;
  /** Id of the baseline scenario (a preset slug or saved scenario id), or null = the loaded scenario. */
  baseId: string | null;
  view: ViewState;
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

/** A number as short URL text (no float noise, no exponent). */
function numberText(x: number): string {
  return String(round4(x));
}

/** One field's value as URL text: numbers rounded to 4 decimals, null as its token, booleans 1/0. */
export function toParamText(f: FieldSpec, value: unknown): string {
  switch (f.kind) {
    case 'number':
      return value === null ? (f.nullToken ?? '') : numberText(Number(value));
    case 'boolean':
      return value === true ? '1' : '0';
    case 'choice':
      return String(value);
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

/**
 * The search params that reproduce `state` on any machine: every assumption of the field table
 * written out in table order (so a link does not depend on the scenario's stored values), then
 * base and view.
 */
export function toUrlSearchParams(state: UrlState, fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of fields) params.set(f.param, toParamText(f, getAtPath(state.assumptions, f.path)));
  if (state.baseId !== null) params.set('base', state.baseId);
  if (state.view.productionView !== DEFAULT_VIEW.productionView) params.set('view', state.view.productionView);
  if (state.view.destination !== null) params.set('dest', state.view.destination);
  if (state.view.costYear !== null) params.set('year', String(state.view.costYear));
  return params;
}
