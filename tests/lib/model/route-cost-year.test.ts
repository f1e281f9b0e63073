import { describe, expect, it } from 'vitest';
import { toRouteCostInYear } from '@/lib/model/route-cost-year';
import type { RouteCostBreakdown } from '@/lib/model/types';

const entry: RouteCostBreakdown = {
  route: 'Tunnel Rail',
  origin: 'alaska-northwest',
  destination: 'Shanghai',
  cargo: 'Resources',
  seaKm: 0,
  railKm: 1000,
  lineHaulUsdPerTonne: 21,
  handlingUsdPerTonne: 5,
  tariffOrTollUsdPerTonne: 15,
  carbonUsdPerTonne: 1.5,
  icePremiumVariable: null,
  isAvailable: true,
  openYear: 2042,
  transitDays: null,
  timeCostUsdPerTonne: null,
};

describe('toRouteCostInYear', () => {
  it('sums the parts from the opening year on', () => {
    expect(toRouteCostInYear(entry, 2042, null)).toEqual({
      status: 'open',
      parts: { lineHaul: 21, handling: 5, tariffOrToll: 15, icePremium: 0, carbon: 1.5 },
      totalUsdPerTonne: 42.5,
    });
  });

  it('has no cost without the link or before it opens', () => {
    expect(toRouteCostInYear({ ...entry, isAvailable: false, openYear: null }, 2050, null).status).toBe('no-tunnel');
    expect(toRouteCostInYear(entry, 2041, null)).toEqual({ status: 'not-open', parts: null, totalUsdPerTonne: null });
  });

  it("adds the year's ice premium, and has no cost where no ship sails the zone", () => {
    const sea = { ...entry, route: 'Trans-Pacific', openYear: null, icePremiumVariable: 'Ice Premium|Bering Strait' };
    expect(toRouteCostInYear(sea, 2030, 4)).toMatchObject({ status: 'open', totalUsdPerTonne: 46.5 });
    expect(toRouteCostInYear(sea, 2030, null).status).toBe('no-sailing');
    expect(toRouteCostInYear(sea, 2030, undefined).status).toBe('no-sailing');
  });
});
