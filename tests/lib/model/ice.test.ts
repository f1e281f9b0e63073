import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICE_FREE_THRESHOLD_MKM2 } from '@/lib/model/defaults';
import { navigableSeasonDays, projectExtentMkm2, summarizeIceObservations } from '@/lib/model/ice';
import { ICE_ZONES, PATHWAYS } from '@/lib/model/types';
import { makeCatalog } from '../../builders';

const observations = makeCatalog().iceObservations;
const extentIn = (year: number) => observations.find((o) => o.year === year)?.extentMkm2;
const baseline = summarizeIceObservations(observations);

// The shared reference CSV sits beside the repository on the team's machines (../shared from the
// repository root); in a CI clone it may be absent, and then the stated spot values are checked.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const referenceCsv = resolve(repoRoot, '../shared/reference/nsidc-september-extent.csv');

describe('sea-ice observations in the catalog', () => {
  it('equal the reference figures', () => {
    if (existsSync(referenceCsv)) {
      const lines = readFileSync(referenceCsv, 'utf8').trim().split(/\r?\n/).slice(1);
      const expected = lines.map((line) => {
        const [year, extent] = line.split(',');
        return { year: Number(year), extentMkm2: Number(extent) };
      });
      expect(observations.map(({ year, extentMkm2 }) => ({ year, extentMkm2 }))).toEqual(expected);
    } else {
      expect([1979, 1980, 2007, 2012, 2024].map(extentIn)).toEqual([7.05, 7.67, 4.27, 3.57, 4.38]);
    }
  });

  it('cover every September from 1979 to 2024 once', () => {
    expect(observations.map((o) => o.year)).toEqual(Array.from({ length: 46 }, (_, i) => 1979 + i));
  });

  it('average 6.41 million km² over 1981–2010', () => {
    const window = observations.filter((o) => o.year >= 1981 && o.year <= 2010);
    const mean = window.reduce((s, o) => s + o.extentMkm2, 0) / window.length;
    expect(Math.abs(mean - 6.41)).toBeLessThanOrEqual(0.01);
  });

  it('decline by 83,700 km² a year over 1979–2020 (ordinary least squares)', () => {
    const w = observations.filter((o) => o.year <= 2020);
    const mx = w.reduce((s, o) => s + o.year, 0) / w.length;
    const my = w.reduce((s, o) => s + o.extentMkm2, 0) / w.length;
    const slope = w.reduce((s, o) => s + (o.year - mx) * (o.extentMkm2 - my), 0) / w.reduce((s, o) => s + (o.year - mx) ** 2, 0);
    expect(Math.abs(slope * 1e6 - -83_700)).toBeLessThanOrEqual(500);
  });
});

describe('projectExtentMkm2', () => {
  it('starts from the post-2007 plateau, not a 1979 trend line', () => {
    expect(baseline.plateauMkm2).toBeCloseTo(4.624, 3);
    expect(projectExtentMkm2(2025, baseline, 2072, 'SSP2-4.5')).toBeGreaterThan(4.5);
  });

  const cases = PATHWAYS.flatMap((pathway) => [2030, 2031, 2045, 2052, 2063, 2072, 2099, 2100].map((y) => [pathway, y] as const));
  // The threshold is sea-ice area < 1 million km², i.e. September extent < 2.2 (ADR 019).
  it('puts the ice-free threshold at an extent of 1 million km² of area plus the extent-area gap', () => {
    expect(ICE_FREE_THRESHOLD_MKM2).toBeCloseTo(2.2, 12);
  });

  it.each(cases)(
    'stays at or above the extent threshold before the ice-free year and drops below it in that year (%s, %i)',
    (pathway, y) => {
      const threshold = ICE_FREE_THRESHOLD_MKM2;
      for (let year = 2025; year < y; year += 1) expect(projectExtentMkm2(year, baseline, y, pathway)).toBeGreaterThanOrEqual(threshold);
      expect(projectExtentMkm2(y, baseline, y, pathway)).toBeLessThan(threshold);
      for (let year = y; year <= 2100; year += 1) expect(projectExtentMkm2(year, baseline, y, pathway)).toBeLessThan(threshold);
    },
  );

  it.each(PATHWAYS)('stays above the extent threshold through 2100 when never ice-free (%s)', (pathway) => {
    for (let year = 2025; year <= 2100; year += 1)
      expect(projectExtentMkm2(year, baseline, null, pathway)).toBeGreaterThan(ICE_FREE_THRESHOLD_MKM2);
  });

  it('never rises when the ice-free year comes earlier', () => {
    for (let year = 2025; year <= 2100; year += 1) {
      let previous = projectExtentMkm2(year, baseline, null, 'SSP5-8.5');
      for (let y = 2100; y >= 2030; y -= 1) {
        const e = projectExtentMkm2(year, baseline, y, 'SSP5-8.5');
        expect(e).toBeLessThanOrEqual(previous + 1e-12);
        previous = e;
      }
    }
  });
});

describe('navigableSeasonDays', () => {
  it('matches today’s seasons at the observed plateau', () => {
    expect(navigableSeasonDays('nsr', 4.6)).toBe(90);
    expect(navigableSeasonDays('bering', 4.6)).toBe(150);
    expect(navigableSeasonDays('transpolar', 4.6)).toBe(0);
  });

  it('exceeds six months on the NSR with a practically ice-free September', () => {
    expect(navigableSeasonDays('nsr', 0.2)).toBeGreaterThan(180);
  });

  it.each(ICE_ZONES)('never shortens as the extent shrinks (%s)', (zone) => {
    let previous = -1;
    for (let e = 8; e >= 0; e -= 0.05) {
      const days = navigableSeasonDays(zone, e);
      expect(days).toBeGreaterThanOrEqual(previous);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(365);
      previous = days;
    }
  });
});
