import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, FIELD_GROUPS, fieldAnchor, type BooleanFieldSpec, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import { buildAssumptionGroups, groupAnchor, toAssumptionRow, toRowSource } from '@/lib/methodology/assumption-rows';

/** A field that is not in the app's table: what a new lever would look like. */
const NEW_FIELD: NumberFieldSpec = {
  kind: 'number',
  path: 'link.maintenanceBnUsdPerYear',
  param: 'maint',
  label: 'Tunnel upkeep',
  group: 'Link',
  unit: 'bn USD/yr',
  min: 0,
  max: 10,
  slider: { min: 0, max: 5, step: 0.1 },
  decimals: 1,
  default: 0.8,
  distribution: { kind: 'triangular', low: 0.5, mode: 0.8, high: 1.5, basis: 'Channel Tunnel upkeep scaled by length' },
  source: 'Eurotunnel annual report 2023, scaled by tunnel length',
  help: 'What keeping the tunnel running costs each year.',
};

describe('buildAssumptionGroups', () => {
  it('gives every field of the table exactly one row, anchored at fieldAnchor, in its dashboard group', () => {
    const groups = buildAssumptionGroups();
    const rows = groups.flatMap((g) => g.rows.map((r) => ({ group: g.group, anchor: r.anchor, label: r.label })));
    expect(rows).toHaveLength(ASSUMPTION_FIELDS.length);
    for (const f of ASSUMPTION_FIELDS) {
      expect(rows.filter((r) => r.anchor === fieldAnchor(f))).toEqual([{ group: f.group, anchor: fieldAnchor(f), label: f.label }]);
    }
  });

  it('orders the groups like the dashboard and anchors each group section', () => {
    const groups = buildAssumptionGroups();
    expect(groups.map((g) => g.group)).toEqual([...FIELD_GROUPS]);
    expect(groups.map((g) => g.anchor)).toEqual(FIELD_GROUPS.map(groupAnchor));
  });

  it('shows a field added to a copy of the table in its group, after the fields before it, with its unit, source, range and uncertainty', () => {
    const groups = buildAssumptionGroups([...ASSUMPTION_FIELDS, NEW_FIELD]);
    const link = groups.find((g) => g.group === 'Link');
    expect(link?.rows.at(-1)).toEqual({
      anchor: 'assumption-link-maintenanceBnUsdPerYear',
      label: 'Tunnel upkeep',
      help: 'What keeping the tunnel running costs each year.',
      defaultText: '0.8 bn USD/yr',
      unit: 'bn USD/yr',
      range: '0 to 10 bn USD/yr',
      uncertainty: '0.5 to 1.5 bn USD/yr, most likely 0.8 bn USD/yr',
      uncertaintyBasis: 'Channel Tunnel upkeep scaled by length',
      source: { isAssumption: false, text: 'Eurotunnel annual report 2023, scaled by tunnel length' },
    });
    expect(groups.flatMap((g) => g.rows)).toHaveLength(ASSUMPTION_FIELDS.length + 1);
  });

  it('leaves out groups that have no field', () => {
    expect(buildAssumptionGroups([NEW_FIELD]).map((g) => g.group)).toEqual(['Link']);
  });
});

describe('toAssumptionRow', () => {
  // Local field specs, so the expected texts follow from the fixture and not from today's table.
  const capacity: NumberFieldSpec = {
    ...NEW_FIELD,
    path: 'link.capacityMtPerYear',
    unit: 'Mt/yr',
    min: 0,
    max: 1000,
    isMinExclusive: true,
    decimals: 0,
    default: 100,
    distribution: { kind: 'triangular', low: 70, mode: 100, high: 400, basis: 'plans of 2007 and 2011' },
  };
  const year: NumberFieldSpec = {
    ...NEW_FIELD,
    unit: '',
    min: 2030,
    max: 2100,
    isInteger: true,
    decimals: 0,
    nullText: 'never',
    nullToken: 'never',
    default: 2072,
  };
  const share: NumberFieldSpec = { ...NEW_FIELD, unit: '%', min: 0, max: 1, scale: 100, decimals: 0, default: 0.4, distribution: null };
  const rate: NumberFieldSpec = {
    ...NEW_FIELD,
    unit: 'US¢/tkm',
    min: 0,
    max: 10,
    decimals: 2,
    default: 0.2,
    distribution: { kind: 'triangular', low: 0.15, mode: 0.2, high: 0.5, basis: 'spot rates' },
  };

  it('gives a capacity its unit, an exclusive lower bound and its triangular range', () => {
    expect(toAssumptionRow(capacity)).toMatchObject({
      defaultText: '100 Mt/yr',
      unit: 'Mt/yr',
      range: 'above 0, up to 1000 Mt/yr',
      uncertainty: '70 to 400 Mt/yr, most likely 100 Mt/yr',
      uncertaintyBasis: 'plans of 2007 and 2011',
    });
  });

  it('calls a unitless whole number a year and names its "never" value in the range', () => {
    expect(toAssumptionRow(year)).toMatchObject({ defaultText: '2072', unit: 'year', range: '2030 to 2100, or never' });
  });

  it('shows shares stored as fractions in percent, and says a scenario choice has no stated uncertainty', () => {
    expect(toAssumptionRow(share)).toMatchObject({
      defaultText: '40 %',
      unit: '%',
      range: '0 to 100 %',
      uncertainty: 'none stated: a scenario choice',
      uncertaintyBasis: '',
    });
  });

  it('writes whole bounds without decimals and keeps the decimals of the others', () => {
    expect(toAssumptionRow(rate)).toMatchObject({
      defaultText: '0.20 US¢/tkm',
      range: '0 to 10 US¢/tkm',
      uncertainty: '0.15 to 0.50 US¢/tkm, most likely 0.20 US¢/tkm',
    });
  });

  it('words a yes/no field with its own texts', () => {
    const access: BooleanFieldSpec = {
      kind: 'boolean',
      path: 'access.russiaToNorthAmerica',
      param: 'ruNa',
      label: 'Russian cargo may be sold in North America',
      group: 'Access',
      default: false,
      trueText: 'allowed',
      falseText: 'barred',
      source: 'US sanctions',
      help: 'Whether Russian-origin cargo may be sold to North American destinations.',
    };
    expect(toAssumptionRow(access)).toMatchObject({ defaultText: 'barred', unit: 'allowed or barred', range: 'allowed or barred' });
  });

  it('marks an "assumption:" source as the modeller’s choice with its reason', () => {
    expect(toAssumptionRow({ ...NEW_FIELD, source: 'assumption: no tunnel tariff has been published' }).source).toEqual({
      isAssumption: true,
      text: 'no tunnel tariff has been published',
    });
  });
});

describe('toRowSource', () => {
  it.each([
    ['assumption: constant real prices', { isAssumption: true, text: 'constant real prices' }],
    ['Assumption', { isAssumption: true, text: '' }],
    ['  TKM-World Link 2007 estimate ', { isAssumption: false, text: 'TKM-World Link 2007 estimate' }],
    ['assumptions of the 2011 plan (Railways Africa)', { isAssumption: false, text: 'assumptions of the 2011 plan (Railways Africa)' }],
  ])('reads %j', (source, expected) => {
    expect(toRowSource(source)).toEqual(expected);
  });
});
