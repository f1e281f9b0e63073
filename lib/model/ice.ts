// Pure: reads no database, clock or globals. September sea-ice extent (observed, then projected
// per pathway) and the navigable season it allows per ice zone. ADR 010 explains the shapes.
import { ICE_FLOOR_MKM2, ICE_FREE_THRESHOLD_MKM2, ICE_PROJECTION, SEASON_ANCHORS } from './defaults';
import { ICE_ZONES, type IceObservation, type IceZone, type Pathway } from './types';

/** What the projection needs from the observations. */
export interface IceBaseline {
  /** Last observed year; the projection starts after it. */
  lastObservedYear: number;
  /** Mean observed extent from `ICE_PROJECTION.plateauFromYear` on, million km². */
  plateauMkm2: number;
  /** Observed extent by year, million km². */
  observed: ReadonlyMap<number, number>;
}

/**
 * Summarises the observations for the projection. With no observations the plateau falls back
 * to 4.6 million km² (the 2007–2024 mean) in 2024, so the engine still runs.
 */
export function summarizeIceObservations(observations: readonly IceObservation[]): IceBaseline {
  const observed = new Map<number, number>();
  let lastObservedYear = 2024;
  let sum = 0;
  let count = 0;
  for (const o of observations) {
    observed.set(o.year, o.extentMkm2);
    if (observed.size === 1 || o.year > lastObservedYear) lastObservedYear = o.year;
  }
  for (const [year, extent] of observed) {
    if (year >= ICE_PROJECTION.plateauFromYear.value) {
      sum += extent;
      count += 1;
    }
  }
  return { lastObservedYear, plateauMkm2: count > 0 ? sum / count : 4.6, observed };
}

/** The projection's constants for one (baseline, ice-free year, pathway), computed once per run. */
export interface IceCurve {
  start: number;
  plateau: number;
  exponent: number;
  /** max(1, last year above 1 million km² − start): the denominator of x. */
  span: number;
  isNever: boolean;
  /** First ice-free year (≥ start + 1); unused when `isNever`. */
  freeYear: number;
  target: number;
  floor: number;
  tau: number;
}

/** The projection's constants for `iceFreeYear` (null = never) and `pathway`; see projectExtentMkm2. */
export function makeIceCurve(baseline: IceBaseline, iceFreeYear: number | null, pathway: Pathway): IceCurve {
  const start = baseline.lastObservedYear;
  const isNever = iceFreeYear === null;
  const freeYear = iceFreeYear === null ? Number.NaN : Math.max(iceFreeYear, start + 1);
  const lastYearAbove = isNever ? ICE_PROJECTION.neverVirtualYear.value - 1 : freeYear - 1;
  const target = ICE_PROJECTION.iceFreeLevelMkm2.value;
  return {
    start,
    plateau: Math.max(baseline.plateauMkm2, ICE_FREE_THRESHOLD_MKM2),
    exponent: ICE_PROJECTION.shapeExponent.value,
    span: Math.max(1, lastYearAbove - start),
    isNever,
    freeYear,
    target,
    floor: Math.min(target, ICE_FLOOR_MKM2[pathway].value),
    tau: ICE_PROJECTION.postIceFreeTimescaleYears.value,
  };
}

/** Projected extent (million km²) in `year` on a curve from makeIceCurve (hot path: no allocation). */
export function curveExtentMkm2(k: IceCurve, year: number): number {
  if (k.isNever || year < k.freeYear) {
    const x = Math.min(1, Math.max(0, (year - k.start) / k.span));
    const extent = k.plateau - (k.plateau - ICE_FREE_THRESHOLD_MKM2) * x ** k.exponent;
    return k.isNever ? Math.max(ICE_PROJECTION.neverFloorMkm2.value, extent) : extent;
  }
  return k.floor + (k.target - k.floor) * Math.exp(-(year - k.freeYear) / k.tau);
}

/**
 * Projected September extent (million km²) in `year`, after `baseline.lastObservedYear`.
 * From the plateau P, E = P − (P − 2.2)·x^1.5 with x the share of the way to the year before
 * `iceFreeYear`, so the extent is ≥ 2.2 (the extent at which sea-ice area is 1 million km²: ADR 019)
 * before that year; in it the extent is 2.1, and it then decays towards the pathway's floor. With
 * `iceFreeYear` null the curve aims at a virtual year 2200 and never falls below 2.25. Earlier ice-free years give a lower or equal extent every year.
 */
export function projectExtentMkm2(year: number, baseline: IceBaseline, iceFreeYear: number | null, pathway: Pathway): number {
  return curveExtentMkm2(makeIceCurve(baseline, iceFreeYear, pathway), year);
}

/** September extent in `year`: the observation when there is one, else the projection. */
export function extentMkm2(year: number, baseline: IceBaseline, iceFreeYear: number | null, pathway: Pathway): number {
  const observed = baseline.observed.get(year);
  if (observed !== undefined) return observed;
  return projectExtentMkm2(year, baseline, iceFreeYear, pathway);
}

/** Season anchors per zone (ICE_ZONES order) as flat [extent, days, extent, days, …] arrays. */
const ANCHORS = ICE_ZONES.map((z) => Float64Array.from(SEASON_ANCHORS[z].points.flat()));

/**
 * Navigable season of an ice zone, days per year (0..365), from September extent: piecewise
 * linear between the calibration anchors, flat beyond them. Never increases with extent.
 */
export function navigableSeasonDays(zone: IceZone, extentMkm2: number): number {
  return zoneSeasonDays(ICE_ZONES.indexOf(zone), extentMkm2);
}

/** navigableSeasonDays by zone index (ICE_ZONES order); 0 for an unknown zone (hot path). */
export function zoneSeasonDays(zone: number, extentMkm2: number): number {
  const p = ANCHORS[zone];
  if (p === undefined || p.length < 2) return 0;
  const n = p.length;
  if (extentMkm2 >= (p[0] ?? 0)) return p[1] ?? 0;
  if (extentMkm2 <= (p[n - 2] ?? 0)) return p[n - 1] ?? 0;
  for (let i = 2; i < n; i += 2) {
    const hiX = p[i - 2] ?? 0;
    const loX = p[i] ?? 0;
    if (extentMkm2 >= loX) {
      const hiY = p[i - 1] ?? 0;
      const t = (hiX - extentMkm2) / (hiX - loX);
      return hiY + t * ((p[i + 1] ?? 0) - hiY);
    }
  }
  return p[n - 1] ?? 0;
}
