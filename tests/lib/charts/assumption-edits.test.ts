// The dashboard's assumption edits for any field of the table, on the real table and defaults.
import { describe, expect, it } from 'vitest';
import {
  describeField,
  fieldValueOf,
  parseTypedValue,
  resetFieldValue,
  setFieldValue,
  sumGroupOf,
  summariseGroup,
  toShownNumber,
} from '@/lib/charts/assumption-edits';
import {
  ASSUMPTION_FIELDS,
  fieldsOfGroup,
  findField,
  setAtPath,
  type FieldSpec,
  type NumberFieldSpec,
} from '@/lib/model/assumption-fields';
import { AssumptionsSchema } from '@/lib/schemas/assumptions';
import { PATHWAY_ICE_FREE_YEAR } from '@/lib/model/presets';
import { makeAssumptions } from '../../builders';

const field = (path: string): FieldSpec => {
  const f = findField(path);
  if (!f) throw new Error(`no field ${path}`);
  return f;
};
const numberField = (path: string) => field(path) as NumberFieldSpec;
const base = makeAssumptions();

describe('setFieldValue', () => {
  it('sets a number, a boolean and a nullable year at their paths without touching the input', () => {
    const oil = setFieldValue(base, field('markets.prices.oilUsdPerBarrel'), 95);
    expect(oil.markets.prices.oilUsdPerBarrel).toBe(95);
    expect(base.markets.prices.oilUsdPerBarrel).toBe(80);
    expect(setFieldValue(base, field('access.russiaToNorthAmerica'), true).access.russiaToNorthAmerica).toBe(true);
    expect(setFieldValue(base, field('link.openYear'), null).link.openYear).toBeNull();
  });

  it('rebalances the other shares of a sum group so the group adds up to 1', () => {
    const next = setFieldValue(base, field('cooperation.shares.russia'), 0.7);
    const { russia, china, us } = next.cooperation.shares;
    expect(russia).toBe(0.7);
    expect(russia + china + us).toBeCloseTo(1, 10);
    // China and the US keep their 35:25 proportion.
    expect(china / us).toBeCloseTo(0.35 / 0.25, 2);
  });

  it('keeps every share group summing to 1 over many moves', () => {
    let a = base;
    for (let i = 0; i <= 100; i += 7) {
      a = setFieldValue(a, field(i % 2 ? 'cooperation.shares.china' : 'cooperation.shares.us'), i / 100);
      const s = a.cooperation.shares;
      expect(s.russia + s.china + s.us).toBeCloseTo(1, 10);
      expect(Math.min(s.russia, s.china, s.us)).toBeGreaterThanOrEqual(0);
    }
  });

  it('splits the rest equally when the other shares are zero, and clamps a share above 1', () => {
    const alone = setAtPath(base, 'cooperation.shares', { russia: 1, china: 0, us: 0 });
    expect(setFieldValue(alone, field('cooperation.shares.russia'), 0.5).cooperation.shares).toEqual({
      russia: 0.5,
      china: 0.25,
      us: 0.25,
    });
    expect(setFieldValue(base, field('cooperation.shares.us'), 1.2).cooperation.shares).toEqual({ russia: 0, china: 0, us: 1 });
  });

  it('gives shares that the contract accepts at every slider step', () => {
    let a = base;
    for (let i = 0; i <= 100; i++) {
      a = setFieldValue(a, field(i % 2 ? 'cooperation.shares.china' : 'cooperation.shares.us'), i / 100);
      expect(AssumptionsSchema.safeParse(a).success).toBe(true);
    }
  });

  it('sets the central ice-free year of a chosen pathway', () => {
    const next = setFieldValue(base, field('ice.pathway'), 'SSP5-8.5');
    expect(next.ice).toEqual({ pathway: 'SSP5-8.5', iceFreeYear: PATHWAY_ICE_FREE_YEAR['SSP5-8.5'] });
  });
});

describe('resetFieldValue', () => {
  it('brings one field back to the baseline and a share back with its whole group', () => {
    const moved = setFieldValue(setFieldValue(base, field('freight.railCentsPerTonneKm'), 4), field('cooperation.shares.us'), 0.6);
    const railBack = resetFieldValue(moved, field('freight.railCentsPerTonneKm'), base);
    expect(railBack.freight.railCentsPerTonneKm).toBe(base.freight.railCentsPerTonneKm);
    expect(railBack.cooperation.shares.us).toBe(0.6);
    expect(resetFieldValue(moved, field('cooperation.shares.russia'), base).cooperation.shares).toEqual(base.cooperation.shares);
  });
});

describe('fieldValueOf', () => {
  it('reads a missing field as its default', () => {
    expect(fieldValueOf(field('freight.iceCostMultiplier'), { freight: {} })).toBe(1);
  });
});

describe('parseTypedValue', () => {
  it.each([
    ['markets.prices.oilUsdPerBarrel', '95', 95],
    ['markets.prices.oilUsdPerBarrel', ' 250.5 ', 250.5], // beyond the slider, within the contract
    ['freight.railCentsPerTonneKm', '2,4', 2.4],
    ['cooperation.shares.russia', '55', 0.55], // shown in percent
    ['ice.iceFreeYear', '2050', 2050],
  ])('reads %s from %j as %d', (path, text, value) => {
    expect(parseTypedValue(numberField(path), text)).toEqual({ ok: true, value });
  });

  it.each([
    ['markets.prices.oilUsdPerBarrel', 'abc', 'Type a number.'],
    ['markets.prices.oilUsdPerBarrel', '', 'Type a number.'],
    ['markets.prices.oilUsdPerBarrel', '501', 'Type a value from 0 USD/bbl to 500 USD/bbl.'],
    ['link.capacityMtPerYear', '0', 'Type a value from more than 0 Mt/yr to 1000 Mt/yr.'],
    ['ice.iceFreeYear', '2050.5', 'Type a whole year.'],
    ['cooperation.shares.us', '120', 'Type a value from 0 % to 100 %.'],
  ])('refuses %s from %j with a message', (path, text, message) => {
    expect(parseTypedValue(numberField(path), text)).toEqual({ ok: false, message });
  });
});

describe('toShownNumber', () => {
  it('scales shares to percent and rounds to the field decimals', () => {
    expect(toShownNumber(numberField('cooperation.shares.china'), 0.35)).toBe(35);
    expect(toShownNumber(numberField('markets.prices.lngUsdPerMmbtu'), 14.400000001)).toBe(14.4);
  });
});

describe('describeField', () => {
  it('gives the source, both ranges and the triangular uncertainty with its basis', () => {
    const f = numberField('link.capacityMtPerYear');
    const info = describeField(f);
    expect(info.source).toBe(f.source);
    expect(info.range).toBe('Allowed above 0 Mt/yr to 1000 Mt/yr; slider 10 Mt/yr to 500 Mt/yr.');
    expect(info.uncertainty).toBe('Low 70 Mt/yr · most likely 100 Mt/yr · high 400 Mt/yr (triangular).');
    expect(info.basis).toBe(f.distribution!.basis);
  });

  it('says "never" is allowed for a nullable year, and calls choices and switches scenario choices', () => {
    expect(describeField(field('ice.iceFreeYear')).range).toMatch(/or “never”/);
    expect(describeField(field('access.usStakesInRussia'))).toMatchObject({ range: 'allowed or barred.', basis: '' });
    expect(describeField(field('ice.pathway')).range).toMatch(/^One of SSP1-2\.6/);
  });

  it('describes every field of the table', () => {
    for (const f of ASSUMPTION_FIELDS) expect(describeField(f).source.length).toBeGreaterThan(0);
  });
});

describe('sumGroupOf', () => {
  it('finds the three cooperation shares and nothing for other fields', () => {
    expect(sumGroupOf(field('cooperation.shares.us')).map((f) => f.path)).toEqual([
      'cooperation.shares.russia',
      'cooperation.shares.china',
      'cooperation.shares.us',
    ]);
    expect(sumGroupOf(field('link.capexBnUsd'))).toEqual([]);
  });
});

describe('summariseGroup', () => {
  it("counts a group's settings and those that differ from the baseline, a sum group counting each moved share", () => {
    const link = fieldsOfGroup('Link');
    expect(summariseGroup(link, base, base)).toEqual({ count: link.length, changed: 0, text: `${link.length} settings` });
    const edited = setFieldValue(setFieldValue(base, field('link.openYear'), null), field('link.capacityMtPerYear'), 250);
    expect(summariseGroup(link, edited, base)).toEqual({
      count: link.length,
      changed: 2,
      text: `${link.length} settings, 2 changed from baseline`,
    });
    // Moving one cooperation share rescales the others: all three differ.
    const shares = sumGroupOf(field('cooperation.shares.us'));
    expect(summariseGroup(shares, setFieldValue(base, shares[0]!, 0.9), base).changed).toBe(3);
    expect(summariseGroup([field('link.openYear')], base, base).text).toBe('1 setting');
  });
});
