// Pure: reads no database, clock or globals. The ice side of a run, year by year: September
// extent, each zone's navigable season, its share of the year and the ice premium. It depends only
// on the catalog's observations and the ice assumptions, so a run reuses the previous run's table
// when those have not changed (most slider steps move something else).
import type { CompiledCatalog } from './compile';
import { WINTER_NAVIGATION } from './corridor-defaults';
import { FIRST_YEAR, ICE_PREMIUM_USD_PER_TONNE, MIN_SEASON_DAYS } from './defaults';
import { curveExtentMkm2, makeIceCurve, zoneSeasonDays } from './ice';
import { ICE_ZONES, type Assumptions } from './types';

const ICE_PREMIUM = Float64Array.from(ICE_ZONES, (z) => ICE_PREMIUM_USD_PER_TONNE[z].value);

/**
 * Per zone (ICE_ZONES order): premium of a tonne shipped out of season, USD/t before the
 * multiplier; NaN where no ship sails out of season (ADR 021).
 */
export const WINTER_PREMIUM_USD = Float64Array.from(ICE_ZONES, (z, i) =>
  WINTER_NAVIGATION[z].value === 1 ? (ICE_PREMIUM[i] ?? 0) : Number.NaN,
);

/** Yearly ice table from FIRST_YEAR; zone arrays are `year index × 3 + zone` (ICE_ZONES order). */
export interface IceYears {
  /** The ice assumptions and number of years the table was filled for (nYears 0 = empty). */
  iceFreeYear: number | null;
  pathway: string;
  nYears: number;
  extentMkm2: Float64Array;
  seasonDays: Float64Array;
  /** Season as a fraction of the year (days / 365). */
  seasonShare: Float64Array;
  /**
   * Ice premium of the year, USD/t: premium × (365 − season) / 365, the average over the year of a
   * leg used in and out of season; under MIN_SEASON_DAYS the full premium where ships sail out of
   * season (ADR 021), else NaN (zone closed).
   */
  icePremiumUsd: Float64Array;
}

/** An empty table (filled by the first `updateIceYears`). */
export function createIceYears(): IceYears {
  const empty = new Float64Array(0);
  return { iceFreeYear: null, pathway: '', nYears: 0, extentMkm2: empty, seasonDays: empty, seasonShare: empty, icePremiumUsd: empty };
}

/**
 * Makes `table` hold `nYears` years for the ice assumptions in `a`: the observation when there is
 * one, else the projection (ice.ts). Does nothing when it already does.
 */
export function updateIceYears(c: CompiledCatalog, table: IceYears, a: Assumptions, nYears: number): void {
  const { iceFreeYear, pathway } = a.ice;
  if (table.nYears >= nYears && table.iceFreeYear === iceFreeYear && table.pathway === pathway) return;
  if (table.extentMkm2.length < nYears) {
    table.extentMkm2 = new Float64Array(nYears);
    table.seasonDays = new Float64Array(nYears * 3);
    table.seasonShare = new Float64Array(nYears * 3);
    table.icePremiumUsd = new Float64Array(nYears * 3);
  }
  const curve = makeIceCurve(c.ice, iceFreeYear, pathway);
  const observed = c.observedExtentFromFirstYear;
  for (let t = 0; t < nYears; t += 1) {
    const seen = t < observed.length ? (observed[t] ?? Number.NaN) : Number.NaN;
    const extent = seen === seen ? seen : curveExtentMkm2(curve, FIRST_YEAR + t);
    table.extentMkm2[t] = extent;
    for (let z = 0; z < 3; z += 1) {
      const days = zoneSeasonDays(z, extent);
      table.seasonDays[t * 3 + z] = days;
      table.seasonShare[t * 3 + z] = days / 365;
      table.icePremiumUsd[t * 3 + z] =
        days < MIN_SEASON_DAYS.value ? (WINTER_PREMIUM_USD[z] ?? Number.NaN) : ((ICE_PREMIUM[z] ?? 0) * (365 - Math.min(365, days))) / 365;
    }
  }
  table.iceFreeYear = iceFreeYear;
  table.pathway = pathway;
  table.nYears = nYears;
}
