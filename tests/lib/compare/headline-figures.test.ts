import { describe, expect, it } from 'vitest';
import type { Headlines } from '@/lib/model/summarize';
import { toHeadlineFigures } from '@/lib/compare/headline-figures';

const headline: Headlines = {
  cumulativeProductionMt: 1234.5,
  cumulativeProductionByCommodityMt: { Oil: 1000, LNG: 200, Coal: 34.5, Copper: 0, Zinc: 0, Gold: 0 },
  tunnelSharePct: 12.5,
  costYear: 2050,
  tunnelCostUsdPerTonne: 40,
  seaCostUsdPerTonne: 55,
  seaRoute: 'Northern Sea Route',
  firstIceFreeYear: 2072,
  presentValueBnUsd: { World: 150, Russia: 100, China: 50, 'United States': null },
  paybackYear: null,
};

describe('toHeadlineFigures', () => {
  it('lists every headline figure the comparison table shows, with units', () => {
    const figures = toHeadlineFigures(headline, 'Shanghai');
    expect(figures.map((f) => [f.key, f.value, f.unit])).toEqual([
      ['cumulativeProductionMt', 1234.5, 'Mt'],
      ['tunnelSharePct', 12.5, '%'],
      ['tunnelCost', 40, 'USD/t'],
      ['seaCost', 55, 'USD/t'],
      ['tunnelMinusSea', -15, 'USD/t'],
      ['firstIceFreeYear', 2072, ''],
      ['presentValue:Russia', 100, 'bn USD'],
      ['presentValue:China', 50, 'bn USD'],
      ['presentValue:United States', null, 'bn USD'],
      ['paybackYear', null, ''],
    ]);
  });

  it('names the destination and year of the cost comparison in the labels', () => {
    const figures = toHeadlineFigures(headline, 'Seattle');
    expect(figures.find((f) => f.key === 'tunnelCost')?.label).toBe('Cost per tonne by tunnel to Seattle, 2050');
  });

  it('has no tunnel-minus-sea figure without a tunnel cost, and says why a figure is missing', () => {
    const figures = toHeadlineFigures({ ...headline, tunnelCostUsdPerTonne: null }, 'Shanghai');
    expect(figures.find((f) => f.key === 'tunnelMinusSea')?.value).toBeNull();
    expect(figures.find((f) => f.key === 'tunnelCost')?.missingText).toBe('no tunnel');
    expect(figures.filter((f) => f.kind === 'year').map((f) => f.key)).toEqual(['firstIceFreeYear', 'paybackYear']);
  });
});
