import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_FIELDS,
  buildDefaults,
  FIELD_GROUPS,
  formatFieldValue,
  getAtPath,
  isSameAssumptions,
  setAtPath,
  type FieldSpec,
  type NumberFieldSpec,
} from '@/lib/model/assumption-fields';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { Assumptions } from '@/lib/model/types';
import { listAssumptionDifferences } from '@/lib/compare/assumption-differences';
import { AssumptionsSchema, buildAssumptionsSchema } from '@/lib/schemas/assumptions';
import { parseUrlState, toUrlSearchParams, type UrlState } from '@/lib/schemas/url-state';
import { assumptionsArbitrary } from '../../support/arbitraries';

const RUNS = { numRuns: 150 };
const numberFields = ASSUMPTION_FIELDS.filter((f): f is NumberFieldSpec => f.kind === 'number');
const viewOf = (assumptions: Assumptions): UrlState => ({
  assumptions,
  baseId: null,
  view: { productionView: 'commodity', destination: null, costYear: null },
});

describe('the assumption field table', () => {
  it('has one field per path and per URL parameter, each in a known group with a source', () => {
    expect(new Set(ASSUMPTION_FIELDS.map((f) => f.path)).size).toBe(ASSUMPTION_FIELDS.length);
    expect(new Set(ASSUMPTION_FIELDS.map((f) => f.param)).size).toBe(ASSUMPTION_FIELDS.length);
    for (const f of ASSUMPTION_FIELDS) {
      expect(FIELD_GROUPS).toContain(f.group);
      expect(f.source.length, f.path).toBeGreaterThan(10);
      expect(f.label.length, f.path).toBeGreaterThan(2);
    }
  });

  it('keeps every number default, slider range and distribution within the contract bounds', () => {
    for (const f of numberFields) {
      const inBounds = (v: number) => v >= f.min && v <= f.max;
      if (f.default !== null) expect(inBounds(f.default), `${f.path} default`).toBe(true);
      expect(inBounds(f.slider.min) && inBounds(f.slider.max) && f.slider.min < f.slider.max, `${f.path} slider`).toBe(true);
      if (f.default !== null) {
        const stepsFromMin = (f.default - f.slider.min) / f.slider.step;
        expect(Math.abs(stepsFromMin - Math.round(stepsFromMin)), `${f.path} default on the slider grid`).toBeLessThan(1e-6);
      }
      const d = f.distribution;
      if (d !== null)
        expect(inBounds(d.low) && d.low <= d.mode && d.mode <= d.high && inBounds(d.high), `${f.path} distribution`).toBe(true);
    }
  });

  it('builds the default assumptions that the schema accepts unchanged', () => {
    expect(AssumptionsSchema.parse(structuredClone(DEFAULT_ASSUMPTIONS))).toEqual(DEFAULT_ASSUMPTIONS);
    expect(buildDefaults()).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it('reads a stored scenario written before the prices, freight and access fields with their defaults', () => {
    const { freight: _f, access: _a, ...rest } = structuredClone(DEFAULT_ASSUMPTIONS);
    const { prices: _p, realPriceChangePctPerYear: _r, ...markets } = rest.markets;
    const old = { ...rest, markets };
    expect(AssumptionsSchema.parse(old)).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it.each(PRESETS.map((p) => [p.id, p.assumptions] as const))('accepts preset %s', (_id, a) => {
    expect(AssumptionsSchema.safeParse(a).success).toBe(true);
  });
});

describe('assumptions built from the table (property)', () => {
  it('round-trip through the URL unchanged', () => {
    const fallback: Assumptions = { ...DEFAULT_ASSUMPTIONS, horizonYear: 2051 };
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => {
        const query = toUrlSearchParams(viewOf(a)).toString();
        const parsed = parseUrlState(new URLSearchParams(query), fallback);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state.assumptions).toEqual(a);
      }),
      RUNS,
    );
  });

  it('round-trip through the API schema as JSON unchanged', () => {
    fc.assert(
      fc.property(assumptionsArbitrary(), (a) => {
        const parsed = AssumptionsSchema.safeParse(JSON.parse(JSON.stringify(a)));
        expect(parsed.success && parsed.data).toEqual(a);
      }),
      RUNS,
    );
  });

  it('are refused when one number lies outside its bounds, naming its path', () => {
    const outside = fc
      .constantFrom(...numberFields)
      .chain((f) =>
        fc.tuple(
          fc.constant(f),
          fc.oneof(
            fc.double({ min: f.max + 1e-3, max: f.max + 1e6, noNaN: true }),
            fc.double({ min: f.min - 1e6, max: f.min - 1e-3, noNaN: true }),
            ...(f.isMinExclusive ? [fc.constant(f.min)] : []),
          ),
        ),
      );
    fc.assert(
      fc.property(assumptionsArbitrary(), outside, (a, [f, value]) => {
        const result = AssumptionsSchema.safeParse(setAtPath(a, f.path, value));
        expect(result.success).toBe(false);
        const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
        // A share out of bounds may also break its group's sum; its own path is always named.
        expect(paths).toContain(f.path);
      }),
      RUNS,
    );
  });
});

describe('a field added to a copy of the table', () => {
  const lever: NumberFieldSpec = {
    kind: 'number',
    path: 'markets.testLeverPct',
    param: 'testLever',
    label: 'Test lever',
    group: 'Markets',
    unit: '%',
    min: 0,
    max: 10,
    slider: { min: 0, max: 10, step: 0.5 },
    decimals: 1,
    default: 2,
    distribution: null,
    source: 'assumption: a field that exists only in this test',
    help: 'A test lever.',
    hasInputDefault: true,
  };
  const fields: FieldSpec[] = [...ASSUMPTION_FIELDS, lever];
  const withLever = (v: number) => setAtPath(DEFAULT_ASSUMPTIONS, lever.path, v);

  it('appears in the defaults and the schema (bounds checked, default for stored scenarios)', () => {
    expect(getAtPath(buildDefaults(fields), lever.path)).toBe(2);
    const schema = buildAssumptionsSchema(fields);
    expect(getAtPath(schema.parse(withLever(7.5)), lever.path)).toBe(7.5);
    expect(getAtPath(schema.parse(DEFAULT_ASSUMPTIONS), lever.path)).toBe(2);
    const refused = schema.safeParse(withLever(11));
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join('.'))).toEqual([lever.path]);
  });

  it('is written to and read from the URL', () => {
    const query = toUrlSearchParams(viewOf(withLever(7.5)), fields);
    expect(query.get('testLever')).toBe('7.5');
    const parsed = parseUrlState(query, withLever(2), fields);
    expect(parsed.ignored).toEqual([]);
    expect(getAtPath(parsed.state.assumptions, lever.path)).toBe(7.5);
  });

  it('counts in equality and in the compare differences, with its label and unit', () => {
    expect(isSameAssumptions(withLever(1), withLever(2), fields)).toBe(false);
    expect(isSameAssumptions(withLever(1), withLever(2))).toBe(true);
    const rows = listAssumptionDifferences([withLever(1), withLever(2)], fields);
    expect(rows).toEqual([{ path: lever.path, label: 'Test lever', values: ['1.0 %', '2.0 %'] }]);
  });
});

describe('formatFieldValue', () => {
  const field = (path: string) => ASSUMPTION_FIELDS.find((f) => f.path === path)!;

  it.each([
    ['link.openYear', null, 'no tunnel'],
    ['ice.iceFreeYear', 2052, '2052'],
    ['link.capacityMtPerYear', 100, '100 Mt/yr'],
    ['freight.seaCentsPerTonneKm', 0.3, '0.30 US¢/tkm'],
    ['cooperation.shares.us', 0.25, '25 %'],
    ['access.russiaToNorthAmerica', false, 'barred'],
    ['ice.pathway', 'SSP5-8.5', 'SSP5-8.5 — high emissions'],
    ['link.tariffUsdPerTonne', 'x', '–'],
  ] as const)('shows %s = %j as %s', (path, value, text) => {
    expect(formatFieldValue(field(path), value)).toBe(text);
  });
});
