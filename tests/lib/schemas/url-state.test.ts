import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { Assumptions } from '@/lib/model/types';
import { AssumptionsSchema } from '@/lib/schemas/assumptions';
import { normaliseShares, parseUrlState, toUrlSearchParams, type UrlState } from '@/lib/schemas/url-state';

const fallback = DEFAULT_ASSUMPTIONS;
const parse = (query: string) => parseUrlState(new URLSearchParams(query), fallback);

describe('parseUrlState', () => {
  it('returns the fallback assumptions and default view for empty params', () => {
    const { state, ignored } = parse('');
    expect(state.assumptions).toEqual(fallback);
    expect(state.baseId).toBeNull();
    expect(state.view).toEqual({ productionView: 'commodity', destination: null, costYear: null });
    expect(ignored).toEqual([]);
  });

  it('reads every assumption from readable params', () => {
    const { state, ignored } = parse(
      'horizon=2090&pathway=SSP5-8.5&iceFree=2052&open=2040&cap=120&capex=80&tariff=20&build=9&tunnelShare=25&carbon=50&combustion=1&rate=5.5&coop=0.8&ru=0.5&cn=0.3&us=0.2' +
        '&oil=90&lng=12.5&coal=150&copper=9000&zinc=2800&gold=2000&priceTrend=-1.5&rail=2.5&sea=0.25&ice=1.5&ruNa=1&usStakes=1' +
        '&transit=250&transitGrowth=0.5&vot=10' +
        '&base=fast-melt-no-tunnel&view=country&dest=Rotterdam&year=2060',
    );
    expect(ignored).toEqual([]);
    expect(state.assumptions).toEqual({
      horizonYear: 2090,
      ice: { pathway: 'SSP5-8.5', iceFreeYear: 2052 },
      link: { openYear: 2040, capacityMtPerYear: 120, capexBnUsd: 80, tariffUsdPerTonne: 20, buildYears: 9, tunnelCapexSharePct: 25 },
      markets: {
        prices: {
          oilUsdPerBarrel: 90,
          lngUsdPerMmbtu: 12.5,
          coalUsdPerTonne: 150,
          copperUsdPerTonne: 9000,
          zincUsdPerTonne: 2800,
          goldUsdPerOunce: 2000,
        },
        realPriceChangePctPerYear: -1.5,
        carbonPriceUsdPerTonne: 50,
        carbonOnCombustion: true,
        discountRatePct: 5.5,
      },
      freight: { railCentsPerTonneKm: 2.5, seaCentsPerTonneKm: 0.25, iceCostMultiplier: 1.5 },
      access: { russiaToNorthAmerica: true, usStakesInRussia: true },
      transit: { volumeMtPerYear: 250, growthPctPerYear: 0.5, valueOfTimeUsdPerTonneDay: 10 },
      cooperation: { level: 0.8, shares: { russia: 0.5, china: 0.3, us: 0.2 } },
    });
    expect(state.baseId).toBe('fast-melt-no-tunnel');
    expect(state.view).toEqual({ productionView: 'country', destination: 'Rotterdam', costYear: 2060 });
  });

  it('reads "never" and "none" as null years', () => {
    const { state } = parse('iceFree=never&open=none');
    expect(state.assumptions.ice.iceFreeYear).toBeNull();
    expect(state.assumptions.link.openYear).toBeNull();
  });

  it('takes a next.js params record with repeated keys (first wins)', () => {
    const { state } = parseUrlState({ cap: ['150', '20'], pathway: 'SSP1-2.6', other: 'x' }, fallback);
    expect(state.assumptions.link.capacityMtPerYear).toBe(150);
    expect(state.assumptions.ice.pathway).toBe('SSP1-2.6');
  });

  it.each([
    ['horizon', '2049'],
    ['horizon', '2075.5'],
    ['horizon', 'soon'],
    ['pathway', 'SSP9-9.9'],
    ['iceFree', '2101'],
    ['iceFree', 'nevermore'],
    ['open', '1999'],
    ['cap', '0'],
    ['cap', '-5'],
    ['cap', '1e3'],
    ['capex', '1001'],
    ['tariff', 'NaN'],
    ['carbon', 'Infinity'],
    ['combustion', 'yes'],
    ['rate', '25'],
    ['coop', '1.5'],
    ['base', '../etc/passwd'],
    ['view', 'pie'],
    ['year', '1900'],
  ])('ignores an invalid %s=%s and keeps the scenario value', (name, value) => {
    const { state, ignored } = parse(`${name}=${encodeURIComponent(value)}`);
    expect(ignored).toEqual([name]);
    expect(state.assumptions).toEqual(fallback);
    expect(state.baseId).toBeNull();
  });

  it('keeps the valid params when others are invalid', () => {
    const { state, ignored } = parse('cap=abc&tariff=30');
    expect(ignored).toEqual(['cap']);
    expect(state.assumptions.link.tariffUsdPerTonne).toBe(30);
    expect(state.assumptions.link.capacityMtPerYear).toBe(fallback.link.capacityMtPerYear);
  });

  it('ignores shares that do not add up to 1 or are incomplete', () => {
    expect(parse('ru=0.9&cn=0.9&us=0.9').state.assumptions.cooperation.shares).toEqual(fallback.cooperation.shares);
    const partial = parse('ru=0.6');
    expect(partial.state.assumptions.cooperation.shares).toEqual(fallback.cooperation.shares);
    expect(partial.ignored).toEqual(['ru']);
  });

  it('rescales shares that are off by rounding so they sum to exactly 1', () => {
    const { shares } = parse('ru=0.333&cn=0.333&us=0.333').state.assumptions.cooperation;
    expect(shares.russia + shares.china + shares.us).toBeCloseTo(1, 9);
    expect(AssumptionsSchema.safeParse({ ...fallback, cooperation: { level: 0.5, shares } }).success).toBe(true);
  });
});

describe('toUrlSearchParams', () => {
  it.each(PRESETS.map((p) => [p.id, p.assumptions] as const))('round-trips preset %s through the URL', (_id, assumptions) => {
    const state: UrlState = {
      assumptions,
      baseId: 'reference',
      view: { productionView: 'country', destination: 'Shanghai', costYear: 2055 },
    };
    const query = toUrlSearchParams(state).toString();
    // parse against a different fallback: the URL alone must reproduce the state
    const other: Assumptions = { ...fallback, horizonYear: 2051, ice: { pathway: 'SSP3-7.0', iceFreeYear: 2031 } };
    expect(parseUrlState(new URLSearchParams(query), other)).toEqual({ state, ignored: [] });
  });

  it('writes readable names and values', () => {
    const query = toUrlSearchParams({
      assumptions: PRESETS[3]!.assumptions,
      baseId: null,
      view: { productionView: 'commodity', destination: null, costYear: null },
    }).toString();
    expect(query).toBe(
      'pathway=SSP5-8.5&iceFree=2052&horizon=2075&open=none&cap=100&capex=65&tariff=15&build=12&tunnelShare=17' +
        '&oil=80&lng=14.4&coal=136&copper=9380&zinc=3008&gold=2400&priceTrend=0&carbon=0&combustion=0&rate=7' +
        '&rail=2.1&sea=0.2&ice=1&transit=300&transitGrowth=1.5&vot=3.5&ruNa=0&usStakes=0&coop=0.5&ru=0.4&cn=0.35&us=0.25',
    );
  });
});

describe('normaliseShares', () => {
  it('turns all-zero shares into an equal split', () => {
    const s = normaliseShares({ russia: 0, china: 0, us: 0 });
    expect(s.russia + s.china + s.us).toBeCloseTo(1, 9);
  });
});
