// Pure: reads no database, clock or globals; writes only into the arrays it is given (hot path:
// the per-year step does a few multiplications, the run constants are computed once per run).
// Asia ↔ North American interior container transit (ADR 022): the addressable volume grows at
// `transit.growthPctPerYear`; a logit on generalised cost (freight + value of time × days) splits
// it between the link and sea + rail via Prince Rupert; the link takes its share only within the
// capacity the basins leave.
import type { CompiledCatalog } from './compile';
import { TRANSIT } from './corridor-defaults';
import { measurePath } from './corridor-network';
import { MODE } from './defaults';
import { ASSUMPTION_FIELDS } from './assumption-fields';
import type { Assumptions } from './types';

/** Path of the link route and of the sea + rail route from Shanghai to Chicago (node ids). */
export const TRANSIT_LINK_PATH = [
  'shanghai',
  'harbin',
  'zabaikalsk',
  'karymskaya',
  'bamovskaya',
  'nizhny-bestyakh',
  'chukotka-junction',
  'uelen',
  'wales',
  'fairbanks',
  'delta-junction',
  'fort-mcmurray',
  'edmonton',
  'chicago',
] as const;
export const TRANSIT_SEA_PATH = ['shanghai', 'prince-rupert', 'edmonton', 'chicago'] as const;
/** Name of the sea + rail route in results. */
export const SEA_AND_RAIL_ROUTE = 'Trans-Pacific and Rail';
/** Origin and destination of the transit routes in results. */
export const TRANSIT_ORIGIN = 'Shanghai';
export const TRANSIT_DESTINATION = 'Chicago';

const LINK = measurePath(TRANSIT_LINK_PATH);
const SEA = measurePath(TRANSIT_SEA_PATH);
const defaultOf = (path: string): number => {
  const f = ASSUMPTION_FIELDS.find((x) => x.path === path);
  return f !== undefined && f.kind === 'number' && typeof f.default === 'number' ? f.default : 1;
};
const DEFAULT_SEA_CENTS = defaultOf('freight.seaCentsPerTonneKm');
const DEFAULT_RAIL_CENTS = defaultOf('freight.railCentsPerTonneKm');

/** Per-run constants of the transit split; costs in USD per tonne: line haul, handling, tariff, ice premium (0), carbon. */
export interface TransitParams {
  /** Addressable volume in the first year (Mt) and its yearly growth factor. */
  volumeMt: number;
  growth: number;
  /**
   * Addressable volume by year index, `volumeMt × growth^t`, filled for `volumeYears` years; kept
   * while the volume and growth stay the same (one power per year otherwise).
   */
  volumeByYear: Float64Array;
  volumeYears: number;
  /** Link route: freight components (line haul, handling, tariff, ice, carbon), days, generalised cost. */
  link: Float64Array;
  linkDays: number;
  linkGeneralisedUsd: number;
  /** Sea + rail route: the same. */
  sea: Float64Array;
  seaDays: number;
  seaGeneralisedUsd: number;
  /** Share of the volume that picks the link when it is open (logit), 0..1. */
  linkShare: number;
  /** The link's line-haul revenue per transit tonne on its new rail, USD/t. */
  linkLineHaulUsd: number;
}

/** Creates the per-run constants' holder (filled by `prepareTransit`). */
export function createTransitParams(): TransitParams {
  return {
    volumeMt: 0,
    growth: 1,
    volumeByYear: new Float64Array(0),
    volumeYears: 0,
    link: new Float64Array(5),
    linkDays: 0,
    linkGeneralisedUsd: 0,
    sea: new Float64Array(5),
    seaDays: 0,
    seaGeneralisedUsd: 0,
    linkShare: 0,
    linkLineHaulUsd: 0,
  };
}

/** Fills `p` for assumptions `a` over `nYears` years: container rates scale with the freight levers (ADR 022). */
export function prepareTransit(p: TransitParams, a: Assumptions, nYears: number): void {
  const seaUsdPerTkm = (TRANSIT.seaCentsPerTkm.value * Math.max(0, a.freight.seaCentsPerTonneKm)) / DEFAULT_SEA_CENTS / 100;
  const railUsdPerTkm = (TRANSIT.railCentsPerTkm.value * Math.max(0, a.freight.railCentsPerTonneKm)) / DEFAULT_RAIL_CENTS / 100;
  const carbon = Math.max(0, a.markets.carbonPriceUsdPerTonne);
  const sea = MODE.sea;
  const rail = MODE.rail;
  const vot = Math.max(0, a.transit.valueOfTimeUsdPerTonneDay);
  const volumeMt = Math.max(0, a.transit.volumeMtPerYear);
  const growth = 1 + a.transit.growthPctPerYear / 100;
  if (volumeMt !== p.volumeMt || growth !== p.growth || p.volumeYears < nYears) {
    if (p.volumeByYear.length < nYears) p.volumeByYear = new Float64Array(nYears);
    for (let t = 0; t < nYears; t += 1) p.volumeByYear[t] = volumeMt * growth ** t;
    p.volumeMt = volumeMt;
    p.growth = growth;
    p.volumeYears = nYears;
  }
  p.link[0] = LINK.railKm * railUsdPerTkm + LINK.seaKm * seaUsdPerTkm;
  p.link[1] = rail.handlingUsdPerTonne.value * (1 + TRANSIT.linkTransfers.value);
  p.link[2] = Math.max(0, a.link.tariffUsdPerTonne);
  p.link[3] = 0;
  p.link[4] = (carbon * (LINK.railKm * rail.co2GramPerTkm.value + LINK.seaKm * sea.co2GramPerTkm.value)) / 1e6;
  p.linkDays = LINK.railKm / TRANSIT.railKmPerDay.value + TRANSIT.linkBorderDays.value;
  p.sea[0] = SEA.seaKm * seaUsdPerTkm + SEA.railKm * railUsdPerTkm;
  p.sea[1] = sea.handlingUsdPerTonne.value + rail.handlingUsdPerTonne.value;
  p.sea[2] = 0;
  p.sea[3] = 0;
  p.sea[4] = (carbon * (SEA.railKm * rail.co2GramPerTkm.value + SEA.seaKm * sea.co2GramPerTkm.value)) / 1e6;
  p.seaDays = TRANSIT.seaAndRailDays.value;
  const linkFreight = (p.link[0] ?? 0) + (p.link[1] ?? 0) + (p.link[2] ?? 0) + (p.link[4] ?? 0);
  const seaFreight = (p.sea[0] ?? 0) + (p.sea[1] ?? 0) + (p.sea[4] ?? 0);
  p.linkGeneralisedUsd = linkFreight + vot * p.linkDays;
  p.seaGeneralisedUsd = seaFreight + vot * p.seaDays;
  const z = (p.linkGeneralisedUsd - p.seaGeneralisedUsd) / TRANSIT.logitScaleUsdPerTonne.value;
  // Written so that a large |z| gives exactly 0 or 1 without overflow.
  p.linkShare = z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
  p.linkLineHaulUsd = LINK.newRailKm * railUsdPerTkm;
}

/**
 * Transit of year `t` (result rows are `nYears` long): the volume V0 × growth^t is split; the link's
 * share is capped by `spareMt` (capacity the basins left; 0 before opening). Adds the link's tonnes
 * to the crossings (eastbound share) and its line haul on new rail to `Tunnel|Revenue|Line Haul`,
 * and writes the `Transit Freight` rows. Returns the tonnes through the link.
 */
export function addYearTransit(
  c: CompiledCatalog,
  p: TransitParams,
  values: Float64Array,
  t: number,
  nYears: number,
  isOpen: boolean,
  spareMt: number,
): number {
  const L = c.layout;
  const volume = p.volumeByYear[t] ?? 0;
  const viaLink = isOpen ? Math.min(volume * p.linkShare, Math.max(0, spareMt)) : 0;
  values[(L.transitFreight[0] ?? 0) * nYears + t] = viaLink;
  values[(L.transitFreight[1] ?? 0) * nYears + t] = volume - viaLink;
  if (viaLink > 0) {
    const east = viaLink * TRANSIT.eastboundShare.value;
    const west = viaLink - east;
    values[(L.crossingByCargo[1] ?? 0) * nYears + t] = east;
    values[(L.crossingByCargo[3] ?? 0) * nYears + t] = west;
    const eastAt = (L.crossingTotal[0] ?? 0) * nYears + t;
    const westAt = (L.crossingTotal[1] ?? 0) * nYears + t;
    const lineHaulAt = L.tunnelRevenueLineHaul * nYears + t;
    values[eastAt] = (values[eastAt] ?? 0) + east;
    values[westAt] = (values[westAt] ?? 0) + west;
    values[lineHaulAt] = (values[lineHaulAt] ?? 0) + (viaLink * p.linkLineHaulUsd) / 1000;
  }
  return viaLink;
}

/** Writes the transit routes' `Transport Cost|<route>|Chicago` rows (freight per tonne; the link's null before opening). */
export function writeTransitCosts(
  c: CompiledCatalog,
  p: TransitParams,
  values: Float64Array,
  t: number,
  nYears: number,
  isOpen: boolean,
): void {
  const L = c.layout;
  const link = p.link;
  const sea = p.sea;
  values[(L.transitCost[0] ?? 0) * nYears + t] = isOpen
    ? (link[0] ?? 0) + (link[1] ?? 0) + (link[2] ?? 0) + (link[3] ?? 0) + (link[4] ?? 0)
    : Number.NaN;
  values[(L.transitCost[1] ?? 0) * nYears + t] = (sea[0] ?? 0) + (sea[1] ?? 0) + (sea[2] ?? 0) + (sea[3] ?? 0) + (sea[4] ?? 0);
}

/** Distances of the two transit paths (link, sea + rail), km. */
export const TRANSIT_PATH_KM = [LINK, SEA] as const;
