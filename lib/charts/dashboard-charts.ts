// Pure: reads no database, clock or globals. The dashboard's four charts as ChartSpecs, built
// from results with the variable names the engine emits (DESIGN.md "Contract for programs").
import { COMMODITIES, type Assumptions, type IceObservation, type Region, type Series, type SimulationResult } from '@/lib/model/types';
import { costVariable, parseCost, productionVariable, totalProductionMt } from '@/lib/model/variables';
import { buildChartSpec, type ChartInput, type SeriesPick } from './chart-spec';
import { colorFor } from './colors';
import { toOriginName } from './route-cost-bars';
import type { ChartSpec } from './types';

/** The partner countries shown in the "by country" views, in display order. */
export const PARTNER_REGIONS = ['Russia', 'China', 'United States'] as const;

/** Unit of derived mass series, as the engine writes it. */
const MASS_UNIT = 'Mt per year';

/** Variable of the derived total production (IAMC: a parent is the sum of its children). */
export const TOTAL_PRODUCTION = 'Production';

/** Variable of the derived tunnel capacity series. */
export const capacityVariable = (tunnelRoute: string) => `Capacity|${tunnelRoute}`;

/**
 * The result plus derived series the charts draw: `Production` per region (sum of the
 * `Production|<commodity>` rows in Mt per year, null where every commodity is null) and
 * `Capacity|<tunnel>` (the assumed capacity from the opening year on, null before it or with no
 * tunnel). The input is not changed.
 */
export function withDerivedSeries(result: SimulationResult, assumptions: Assumptions, tunnelRoute: string): SimulationResult {
  const regions: Region[] = ['World', ...PARTNER_REGIONS];
  const totals: Series[] = regions.map((region) => ({
    variable: TOTAL_PRODUCTION,
    region,
    unit: MASS_UNIT,
    values: totalProductionMt(result, region),
  }));
  const { openYear, capacityMtPerYear } = assumptions.link;
  const capacity: Series = {
    variable: capacityVariable(tunnelRoute),
    region: 'World',
    unit: MASS_UNIT,
    values: result.years.map((year) => (openYear !== null && year >= openYear ? capacityMtPerYear : null)),
  };
  return { ...result, series: [...result.series, ...totals, capacity] };
}

/** Observed September extent as a result, so the charts and CSV treat it like any series. */
export function observedIceResult(observations: readonly IceObservation[]): SimulationResult {
  const sorted = [...observations].sort((a, b) => a.year - b.year);
  return {
    years: sorted.map((o) => o.year),
    series: [{ variable: 'Sea Ice Extent|September', region: 'World', unit: 'million km2', values: sorted.map((o) => o.extentMkm2) }],
  };
}

/**
 * The destinations that have `Transport Cost|<route>|<destination>` rows, those most routes reach
 * first (ties in first-seen order): the default cost chart compares the most routes.
 */
export function listDestinations(result: SimulationResult): string[] {
  const routeCount = new Map<string, number>();
  for (const s of result.series) {
    const pair = parseCost(s.variable);
    if (pair !== null) routeCount.set(pair.destination, (routeCount.get(pair.destination) ?? 0) + 1);
  }
  // Array.prototype.sort is stable: equal counts keep their first-seen order.
  return [...routeCount.keys()].sort((a, b) => (routeCount.get(b) ?? 0) - (routeCount.get(a) ?? 0));
}

/** How the production chart splits volumes. */
export type ProductionSplit = 'commodity' | 'country';

/** Production in Mt per year, by commodity (World) or by partner country (all commodities). */
export function toProductionChart(inputs: readonly ChartInput[], split: ProductionSplit): ChartSpec {
  const picks: SeriesPick[] =
    split === 'commodity'
      ? COMMODITIES.map((c) => ({ variable: productionVariable(c), region: 'World', label: c, color: colorFor(c) }))
      : PARTNER_REGIONS.map((r) => ({ variable: TOTAL_PRODUCTION, region: r, label: r, color: colorFor(r) }));
  return buildChartSpec(inputs, picks, 'Production (Mt/yr)');
}

/**
 * Transport cost per tonne to `destination` on every route that serves it, USD per tonne. A
 * `Transport Cost` row is the route's reference leg, so each line names its origin ("Tunnel Rail
 * from Chukotka (Pevek)") when a result's `summary.routeCosts` gives it (the first leg to the destination).
 */
export function toCostChart(inputs: readonly ChartInput[], destination: string): ChartSpec {
  const routes: string[] = [];
  const origins = new Map<string, string>();
  for (const input of inputs) {
    for (const s of input.result.series) {
      const pair = parseCost(s.variable);
      if (pair !== null && pair.destination === destination && !routes.includes(pair.route)) routes.push(pair.route);
    }
    for (const leg of input.result.summary?.routeCosts ?? []) {
      if (leg.destination === destination && !origins.has(leg.route)) origins.set(leg.route, toOriginName(leg.origin));
    }
  }
  const picks = routes.map((route) => {
    const origin = origins.get(route);
    return {
      variable: costVariable(route, destination),
      region: 'World',
      label: origin === undefined ? route : `${route} from ${origin}`,
      color: colorFor(route),
    };
  });
  return buildChartSpec(inputs, picks, 'Cost (USD/t)');
}

/** Id of the observations input of the ice chart. */
export const OBSERVED_INPUT_ID = 'obs';

/**
 * September sea-ice extent (left axis, million km²), with the observations as an input of id
 * OBSERVED_INPUT_ID drawn as their own line, and the navigable season of each route (right axis,
 * days per year) except `iceFreeRoutes` (year-round routes such as Suez: a flat 365 says nothing).
 */
export function toIceChart(inputs: readonly ChartInput[], iceFreeRoutes: readonly string[] = []): ChartSpec {
  const modelled = inputs.filter((i) => i.id !== OBSERVED_INPUT_ID).map((i) => i.id);
  const seasons: string[] = [];
  const skipped = new Set(iceFreeRoutes.map((r) => `Navigable Season|${r}`));
  for (const input of inputs) {
    for (const s of input.result.series) {
      if (s.variable.startsWith('Navigable Season|') && !skipped.has(s.variable) && !seasons.includes(s.variable)) seasons.push(s.variable);
    }
  }
  const picks: SeriesPick[] = [
    {
      variable: 'Sea Ice Extent|September',
      region: 'World',
      label: 'Observed extent (NSIDC)',
      color: '#7F7F7F',
      inputIds: [OBSERVED_INPUT_ID],
    },
    { variable: 'Sea Ice Extent|September', region: 'World', label: 'September extent', color: '#1b2430', inputIds: modelled },
    ...seasons.map((variable) => {
      const route = variable.slice('Navigable Season|'.length);
      return { variable, region: 'World', label: `Season: ${route}`, color: colorFor(route), axis: 'right' as const, inputIds: modelled };
    }),
  ];
  return buildChartSpec(inputs, picks, 'Extent (million km²)', 'Season (days/yr)');
}
