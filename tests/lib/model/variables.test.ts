import { describe, expect, it } from 'vitest';
import { COMMODITIES, type SimulationResult } from '@/lib/model/types';
import {
  costVariable,
  crossingVariable,
  energyVariable,
  parseCost,
  parseProduction,
  parseVolume,
  productionVariable,
  icePremiumVariable,
  totalProductionMt,
  volumeVariable,
} from '@/lib/model/variables';

describe('variable names', () => {
  it('parses back every production, volume and cost name it builds', () => {
    for (const c of COMMODITIES) expect(parseProduction(productionVariable(c))).toBe(c);
    expect(parseVolume(volumeVariable('Tunnel Rail'))).toBe('Tunnel Rail');
    expect(parseCost(costVariable('Tunnel Rail', 'Chicago'))).toEqual({ route: 'Tunnel Rail', destination: 'Chicago' });
  });

  it('rejects names of other variables', () => {
    expect(parseProduction(energyVariable('Oil'))).toBeNull();
    expect(parseProduction('Production|Iron')).toBeNull();
    expect(parseCost('Transport Cost|Suez')).toBeNull();
    expect(parseCost('Transport Cost|Suez|Shanghai|Carbon')).toBeNull();
    expect(parseCost(icePremiumVariable('Bering Strait'))).toBeNull();
    expect(parseVolume('Transport Volume|Suez|x')).toBeNull();
    expect(crossingVariable('Eastbound', 'Transit')).toBe('Strait Crossing|Eastbound|Transit');
  });
});

describe('totalProductionMt', () => {
  const result: SimulationResult = {
    years: [2025, 2026, 2027],
    series: [
      { variable: 'Production|Oil', region: 'World', unit: 'Mt per year', values: [1, null, 2] },
      { variable: 'Production|Oil|Energy', region: 'World', unit: 'Mtoe per year', values: [9, 9, 9] },
      { variable: 'Production|Coal', region: 'World', unit: 'Mt per year', values: [3, null, null] },
      { variable: 'Production|Coal', region: 'World', unit: 'Mt per year', values: [100, 100, 100] },
      { variable: 'Production|Coal', region: 'Russia', unit: 'Mt per year', values: [5, 5, 5] },
    ],
  };

  it('adds the commodity rows of the region, once each, leaving out energy rows and nulls', () => {
    expect(totalProductionMt(result, 'World')).toEqual([4, null, 2]);
    expect(totalProductionMt(result, 'Russia')).toEqual([5, 5, 5]);
    expect(totalProductionMt(result, 'China')).toEqual([null, null, null]);
  });
});
