// Pure: reads no database, clock or globals. Why each route costs what it costs (issue 9): the
// cost per tonne of every origin→destination route in one year, split into its components, from
// `summary.routeCosts` and the `Ice Premium|<zone>` rows. Nothing here names a route, origin or
// destination: everything comes from the result, so new routes appear by themselves.
import type { RouteCostBreakdown, SimulationResult } from '@/lib/model/types';
import { findOriginName } from '@/lib/model/origins';
import { toRouteCostInYear, type RouteCostStatus } from '@/lib/model/route-cost-year';
import { ICE_ZONE_NAMES, icePremiumVariable } from '@/lib/model/variables';
import { formatNumber } from './format';

/** The parts of a route's cost per tonne, in stacking order (left to right). */
export const COST_COMPONENTS = [
  { id: 'lineHaul', label: 'Line haul (km × rate)', color: '#0072B2' },
  { id: 'handling', label: 'Handling', color: '#56B4E9' },
  { id: 'tariffOrToll', label: 'Tariff or toll', color: '#E69F00' },
  { id: 'icePremium', label: 'Ice premium', color: '#CC79A7' },
  { id: 'carbon', label: 'Carbon', color: '#7F7F7F' },
] as const;
export type CostComponentId = (typeof COST_COMPONENTS)[number]['id'];

/** Why a route has a cost in the year, or why not (lib/model/route-cost-year.ts). */
export type { RouteCostStatus };

/** One bar: a route from one origin to one destination in the chosen year. */
export interface RouteCostBar {
  /** Stable key within the chart, e.g. "Tunnel Rail|chukotka|Shanghai". */
  key: string;
  route: string;
  /** Origin as the catalog's id ("alaska-northwest"), and as people read it ("Red Dog (NW Alaska)"). */
  origin: string;
  originName: string;
  destination: string;
  cargo: RouteCostBreakdown['cargo'];
  seaKm: number;
  railKm: number;
  /** "Tunnel Rail: Chukotka → Shanghai". */
  label: string;
  /** "8,700 km rail", "6,700 km sea + 575 km rail". */
  kmText: string;
  /** Each component, USD/t; all null when the route has no cost that year. */
  components: Record<CostComponentId, number | null>;
  /** Sum of the components, USD/t; null when the route has no cost that year. */
  totalUsdPerTonne: number | null;
  status: RouteCostStatus;
  /** Why the bar is empty ("opens in 2042"); "" when open. */
  note: string;
  /** Transit only: days in transit and their cost at the value of time (not part of the freight cost), USD/t. */
  transitDays: number | null;
  timeCostUsdPerTonne: number | null;
}

/** The bars of one year and destination. */
export interface RouteCostChart {
  /** The year read (the asked year clamped to the simulated years); null when the result has no years. */
  year: number | null;
  destination: string;
  bars: RouteCostBar[];
}

/**
 * An origin as people read it: its name from lib/model/origins.ts ("alaska-northwest" → "Red Dog (NW
 * Alaska)"); an origin without a name (a catalog newer than the names) is put in
 * words ("chukchi-offshore" → "Chukchi Offshore"), and names with capitals stay as they are.
 */
export function toOriginName(origin: string): string {
  const name = findOriginName(origin);
  if (name !== null) return name;
  if (origin !== origin.toLowerCase()) return origin;
  return origin
    .split(/[-_\s]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** "8,700 km rail", "6,300 km sea", "6,700 km sea + 575 km rail" ("0 km" for neither). */
export function toKmText(seaKm: number, railKm: number): string {
  const parts: string[] = [];
  if (seaKm > 0) parts.push(`${formatNumber(seaKm, 0)} km sea`);
  if (railKm > 0) parts.push(`${formatNumber(railKm, 0)} km rail`);
  return parts.length > 0 ? parts.join(' + ') : '0 km';
}

const zoneOf = (variable: string) => ICE_ZONE_NAMES.find((zone) => icePremiumVariable(zone) === variable) ?? variable;

const EMPTY: Record<CostComponentId, null> = { lineHaul: null, handling: null, tariffOrToll: null, icePremium: null, carbon: null };

/** One route's bar in the year at index `t` of `result` (ice premium rows looked up by name). */
function toBar(entry: RouteCostBreakdown, year: number, t: number, iceRows: ReadonlyMap<string, readonly (number | null)[]>): RouteCostBar {
  const originName = toOriginName(entry.origin);
  const base = {
    key: `${entry.route}|${entry.origin}|${entry.destination}`,
    route: entry.route,
    origin: entry.origin,
    originName,
    destination: entry.destination,
    cargo: entry.cargo,
    seaKm: entry.seaKm,
    railKm: entry.railKm,
    label: `${entry.route}: ${originName} → ${entry.destination}`,
    kmText: toKmText(entry.seaKm, entry.railKm),
    transitDays: entry.transitDays,
    timeCostUsdPerTonne: entry.timeCostUsdPerTonne,
  };
  const closed = (status: RouteCostStatus, note: string): RouteCostBar => ({
    ...base,
    components: { ...EMPTY },
    totalUsdPerTonne: null,
    status,
    note,
  });
  const cost = toRouteCostInYear(entry, year, entry.icePremiumVariable === null ? null : iceRows.get(entry.icePremiumVariable)?.[t]);
  switch (cost.status) {
    case 'open':
      return { ...base, components: { ...cost.parts }, totalUsdPerTonne: cost.totalUsdPerTonne, status: 'open', note: '' };
    case 'no-tunnel':
      return closed('no-tunnel', 'no link in this scenario');
    case 'not-open':
      return closed('not-open', `opens in ${entry.openYear}`);
    case 'no-sailing':
      return closed('no-sailing', `no ship sails the ${zoneOf(entry.icePremiumVariable ?? '')} zone in ${year}`);
    default: {
      const unknown: never = cost;
      throw new Error(`unknown route cost status ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The cost per tonne of every route to `destination` in `year` (clamped to the simulated years),
 * one bar per origin→destination route of `summary.routeCosts`: by origin in first-seen order,
 * then cheapest first, routes without a cost that year last within their origin. A route without
 * a cost keeps its bar with null components and a note saying why. No summary or no years: no bars.
 */
export function toRouteCostChart(result: SimulationResult, year: number, destination: string): RouteCostChart {
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  if (first === undefined || last === undefined || result.summary === undefined) return { year: null, destination, bars: [] };
  const y = Math.min(last, Math.max(first, Math.round(year)));
  const t = result.years.indexOf(y);
  const entries = result.summary.routeCosts.filter((e) => e.destination === destination);
  const wanted = new Set(entries.map((e) => e.icePremiumVariable).filter((v): v is string => v !== null));
  const iceRows = new Map<string, readonly (number | null)[]>();
  for (const s of result.series)
    if (s.region === 'World' && wanted.has(s.variable) && !iceRows.has(s.variable)) iceRows.set(s.variable, s.values);
  const bars = entries.map((e) => toBar(e, y, t, iceRows));
  const origins = [...new Set(bars.map((b) => b.origin))];
  const rank = (b: RouteCostBar) => b.totalUsdPerTonne ?? Number.POSITIVE_INFINITY;
  bars.sort((a, b) => origins.indexOf(a.origin) - origins.indexOf(b.origin) || rank(a) - rank(b));
  return { year: y, destination, bars };
}

/** Height of one bar's band in the chart, px: two lines of label above a 14 px bar. */
export const COST_BAR_BAND_PX = 52;

/** Height of the route-cost plot for `barCount` bars, px (bands plus room for the axis), so the page keeps its place while the chart loads. */
export function toCostChartHeightPx(barCount: number): number {
  return Math.max(1, barCount) * COST_BAR_BAND_PX + 68;
}

/**
 * Whether two route-cost charts draw the same thing (year, destination, and every bar's route,
 * label, components, total and note), so an unchanged chart keeps its object and is not redrawn.
 */
export function isSameRouteCostChart(a: RouteCostChart, b: RouteCostChart): boolean {
  if (a === b) return true;
  if (a.year !== b.year || a.destination !== b.destination || a.bars.length !== b.bars.length) return false;
  return a.bars.every((x, i) => {
    const y = b.bars[i]!;
    return (
      x.key === y.key &&
      x.label === y.label &&
      x.kmText === y.kmText &&
      x.totalUsdPerTonne === y.totalUsdPerTonne &&
      x.note === y.note &&
      x.transitDays === y.transitDays &&
      x.timeCostUsdPerTonne === y.timeCostUsdPerTonne &&
      COST_COMPONENTS.every((c) => x.components[c.id] === y.components[c.id])
    );
  });
}

/** One row of the bar chart: the bar's label and one value per component (null = no bar). */
export interface CostBarRow {
  key: string;
  label: string;
  /** Second line of the label: km and the total, or why there is no bar. */
  detail: string;
  lineHaul: number | null;
  handling: number | null;
  tariffOrToll: number | null;
  icePremium: number | null;
  carbon: number | null;
}

/** Rows the bar chart draws, one per bar in order; the detail line names km and total, or the note. */
export function toCostBarRows(chart: RouteCostChart): CostBarRow[] {
  return chart.bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    detail:
      bar.totalUsdPerTonne === null ? `${bar.kmText} · ${bar.note}` : `${bar.kmText} · ${formatNumber(bar.totalUsdPerTonne, 1)} USD/t`,
    ...bar.components,
  }));
}
