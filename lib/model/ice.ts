// Pure: reads no database, clock or globals. September sea-ice extent (observed, then projected
// per pathway) and the navigable season it allows per ice zone. ADR 010 explains the shapes.
import { ICE_FLOOR_MKM2, ICE_PROJECTION, SEASON_ANCHORS } from './defaults';
import type { IceObservation, IceZone, Pathway } from './types';

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

/**
 * Projected September extent (million km²) in `year`, after `baseline.lastObservedYear`.
 * From the plateau P, E = P − (P − 1)·x^1.5 with x the share of the way to the year before
 * `iceFreeYear`, so the extent is ≥ 1 before that year; in it the extent is 0.9 (< 1), and it then
 * decays towards the pathway's floor. With `iceFreeYear` null the curve aims at a virtual year 2200
 * and never falls below 1.05. Earlier ice-free years give a lower or equal extent every year.
 */
export function projectExtentMkm2(
  year: number,
  baseline: IceBaseline,
  iceFreeYear: number | null,
  pathway: Pathway,
): number {
  const start = baseline.lastObservedYear;
  const plateau = Math.max(baseline.plateauMkm2, 1);
  const exponent = ICE_PROJECTION.shapeExponent.value;
  const approach = (lastYearAbove: number): number => {
    const x = Math.min(1, Math.max(0, (year - start) / Math.max(1, lastYearAbove - start)));
    return plateau - (plateau - 1) * x ** exponent;
  };
  if (iceFreeYear === null) {
    const virtual = ICE_PROJECTION.neverVirtualYear.value;
    return Math.max(ICE_PROJECTION.neverFloorMkm2.value, approach(virtual - 1));
  }
  const freeYear = Math.max(iceFreeYear, start + 1);
  if (year < freeYear) return approach(freeYear - 1);
  const target = ICE_PROJECTION.iceFreeLevelMkm2.value;
  const floor = Math.min(target, ICE_FLOOR_MKM2[pathway].value);
  const tau = ICE_PROJECTION.postIceFreeTimescaleYears.value;
  return floor + (target - floor) * Math.exp(-(year - freeYear) / tau);
}

/** September extent in `year`: the observation when there is one, else the projection. */
export function extentMkm2(
  year: number,
  baseline: IceBaseline,
  iceFreeYear: number | null,
  pathway: Pathway,
): number {
  const observed = baseline.observed.get(year);
  if (observed !== undefined) return observed;
  return projectExtentMkm2(year, baseline, iceFreeYear, pathway);
}

/**
 * Navigable season of an ice zone, days per year (0..365), from September extent: piecewise
 * linear between the calibration anchors, flat beyond them. Never increases with extent.
 */
export function navigableSeasonDays(zone: IceZone, extentMkm2: number): number {
  const points = SEASON_ANCHORS[zone].points;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (extentMkm2 >= first[0]) return first[1];
  if (extentMkm2 <= last[0]) return last[1];
  for (let i = 1; i < points.length; i += 1) {
    const hi = points[i - 1];
    const lo = points[i];
    if (hi === undefined || lo === undefined) continue;
    if (extentMkm2 >= lo[0]) {
      const t = (hi[0] - extentMkm2) / (hi[0] - lo[0]);
      return hi[1] + t * (lo[1] - hi[1]);
    }
  }
  return last[1];
}
