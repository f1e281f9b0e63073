import { describe, expect, it } from 'vitest';
import { listAssumptionDifferences } from '@/lib/compare/assumption-differences';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { Assumptions } from '@/lib/model/types';

const withLink = (link: Partial<Assumptions['link']>): Assumptions => ({
  ...DEFAULT_ASSUMPTIONS,
  link: { ...DEFAULT_ASSUMPTIONS.link, ...link },
});

describe('listAssumptionDifferences', () => {
  it('returns no rows for identical assumptions', () => {
    expect(listAssumptionDifferences([DEFAULT_ASSUMPTIONS, structuredClone(DEFAULT_ASSUMPTIONS)])).toEqual([]);
  });

  it('returns no rows for a single scenario', () => {
    expect(listAssumptionDifferences([DEFAULT_ASSUMPTIONS])).toEqual([]);
  });

  it('lists only the fields that differ, with labels and units, one value per scenario in order', () => {
    const rows = listAssumptionDifferences([DEFAULT_ASSUMPTIONS, withLink({ capacityMtPerYear: 70, tariffUsdPerTonne: 15 })]);
    expect(rows).toEqual([{ path: 'link.capacityMtPerYear', label: 'Tunnel capacity', values: ['100 Mt/yr', '70 Mt/yr'] }]);
  });

  it('writes a missing tunnel and a never ice-free pathway in words', () => {
    const noTunnel = withLink({ openYear: null });
    const neverIceFree: Assumptions = { ...noTunnel, ice: { pathway: 'SSP1-2.6', iceFreeYear: null } };
    const rows = listAssumptionDifferences([DEFAULT_ASSUMPTIONS, neverIceFree]);
    expect(rows.find((r) => r.path === 'link.openYear')?.values).toEqual(['2042', 'no tunnel']);
    expect(rows.find((r) => r.path === 'ice.iceFreeYear')?.values).toEqual(['2072', 'never']);
    expect(rows.find((r) => r.path === 'ice.pathway')?.values).toEqual(['SSP2-4.5 — middle of the road', 'SSP1-2.6 — low emissions']);
  });

  it('shows the cooperation level with two decimals, shares as percentages and booleans as yes or no', () => {
    const other: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      markets: { ...DEFAULT_ASSUMPTIONS.markets, carbonOnCombustion: true },
      cooperation: { level: 1, shares: { russia: 0.4, china: 0.3, us: 0.3 } },
    };
    const rows = listAssumptionDifferences([DEFAULT_ASSUMPTIONS, other]);
    expect(rows.map((r) => r.path)).toEqual([
      'markets.carbonOnCombustion',
      'cooperation.level',
      'cooperation.shares.china',
      'cooperation.shares.us',
    ]);
    expect(rows[0]?.values).toEqual(['no', 'yes']);
    expect(rows[1]?.values).toEqual(['0.50', '1.00']);
    expect(rows[2]?.values).toEqual(['35 %', '30 %']);
  });

  it('counts a field that differs in any of several scenarios, in contract order', () => {
    const rows = listAssumptionDifferences(PRESETS.map((p) => p.assumptions));
    const paths = rows.map((r) => r.path);
    expect(paths).toContain('horizonYear');
    expect(paths).toContain('link.openYear');
    expect(paths).not.toContain('freight.railCentsPerTonneKm');
    expect(paths.indexOf('horizonYear')).toBeLessThan(paths.indexOf('link.openYear'));
    expect(rows.every((r) => r.values.length === PRESETS.length)).toBe(true);
  });
});
