import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  IAMC_COLUMNS,
  LONG_COLUMNS,
  toIamcCsv,
  toLongCsv,
  toReportCsv,
  toSeriesCsv,
  unionYears,
  type ScenarioResult,
} from '@/lib/export/csv';
import { MODEL_VERSION } from '@/lib/model/version';
import type { SimulationResult } from '@/lib/model/types';

const RESULT: SimulationResult = {
  years: [2025, 2026, 2027],
  series: [
    { variable: 'Production|Oil', region: 'World', unit: 'Mt/yr', values: [10.5, 1234567.25, 0] },
    { variable: 'Transport Cost|Tunnel Rail|Shanghai', region: 'World', unit: 'USD/t', values: [null, null, 61.75] },
    { variable: 'Revenue', region: 'Russia', unit: 'billion USD/yr', values: [-2.5, -0.000000125, 3] },
  ],
};

const LATER: SimulationResult = {
  years: [2026, 2027, 2028],
  series: [{ variable: 'Production|Oil', region: 'World', unit: 'Mt/yr', values: [1, 2, 3] }],
};

const one = (scenario: string, result = RESULT): ScenarioResult => ({ scenario, result });
const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
/** A parsed cell back as the JSON value: empty = null, else a number. */
const toValue = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell));

describe('toIamcCsv', () => {
  it('writes the IAMC header and one row per series', () => {
    const rows = parse(toIamcCsv([one('Reference')]));
    expect(rows[0]).toEqual([...IAMC_COLUMNS, '2025', '2026', '2027']);
    expect(rows).toHaveLength(1 + RESULT.series.length);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(
      RESULT.series.map((s) => [MODEL_VERSION, 'Reference', s.region, s.variable, s.unit]),
    );
  });

  it('reads back value by value as the JSON, nulls as empty cells', () => {
    const rows = parse(toIamcCsv([one('Reference')]));
    RESULT.series.forEach((series, i) => {
      expect(rows[i + 1]!.slice(5).map(toValue)).toEqual(series.values);
    });
    expect(rows[2]!.slice(5)).toEqual(['', '', '61.75']);
  });

  it('writes numbers with a dot, no thousands separator, no exponent, negatives unprefixed', () => {
    const csv = toIamcCsv([one('Reference')]);
    expect(csv).toContain(',10.5,1234567.25,0\r\n');
    expect(csv).toContain(',-2.5,-0.000000125,3\r\n');
    expect(csv).not.toContain("'-");
  });

  it('neutralises a formula-like scenario name', () => {
    const csv = toIamcCsv([one('=HYPERLINK("x")')]);
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(parse(csv)[1]![1]).toBe(`'=HYPERLINK("x")`);
  });

  it('uses the union of years and leaves cells empty where a scenario has no such year', () => {
    const rows = parse(toIamcCsv([one('A'), one('B', LATER)]));
    expect(rows[0]!.slice(5)).toEqual(['2025', '2026', '2027', '2028']);
    expect(rows[1]!.slice(5).map(toValue)).toEqual([10.5, 1234567.25, 0, null]);
    expect(rows[4]!.slice(1, 2)).toEqual(['B']);
    expect(rows[4]!.slice(5).map(toValue)).toEqual([null, 1, 2, 3]);
  });

  it('writes the header alone for no results', () => {
    expect(toIamcCsv([])).toBe('Model,Scenario,Region,Variable,Unit\r\n');
  });

  it('refuses a series whose values do not match the years', () => {
    const broken: SimulationResult = { years: [2025, 2026], series: [{ variable: 'X', region: 'World', unit: 'Mt', values: [1] }] };
    expect(() => toIamcCsv([one('A', broken)])).toThrow(/1 values for 2 years/);
  });
});

describe('toLongCsv', () => {
  it('writes one row per series and year with the tidy header', () => {
    const rows = parse(toLongCsv([one('Reference')]));
    expect(rows[0]).toEqual([...LONG_COLUMNS]);
    expect(rows).toHaveLength(1 + RESULT.series.length * RESULT.years.length);
    expect(rows[1]).toEqual(['Reference', 'World', 'Production|Oil', 'Mt/yr', '2025', '10.5']);
  });

  it('keeps null values as rows with an empty value', () => {
    const rows = parse(toLongCsv([one('Reference')]));
    expect(rows[4]).toEqual(['Reference', 'World', 'Transport Cost|Tunnel Rail|Shanghai', 'USD/t', '2025', '']);
  });

  it('reads back value by value as the JSON', () => {
    const rows = parse(toLongCsv([one('Reference')])).slice(1);
    const back = RESULT.series.map((s) =>
      RESULT.years.map((year) => toValue(rows.find((r) => r[2] === s.variable && r[1] === s.region && r[4] === String(year))?.[5])),
    );
    expect(back).toEqual(RESULT.series.map((s) => s.values));
  });

  it('lists each scenario only for its own years', () => {
    const rows = parse(toLongCsv([one('A'), one('B', LATER)])).slice(1);
    expect(rows.filter((r) => r[0] === 'B').map((r) => r[4])).toEqual(['2026', '2027', '2028']);
  });

  it('neutralises a formula-like scenario name in every row', () => {
    const rows = parse(toLongCsv([one('@SUM(1)')])).slice(1);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["'@SUM(1)"]));
  });
});

describe('toReportCsv and toSeriesCsv', () => {
  it('chooses the layout', () => {
    expect(toReportCsv([one('A')], 'wide')).toBe(toIamcCsv([one('A')]));
    expect(toReportCsv([one('A')], 'long')).toBe(toLongCsv([one('A')]));
  });

  it('keeps only the chosen series', () => {
    const rows = parse(toSeriesCsv([one('A')], (s) => s.variable.startsWith('Production|')));
    expect(rows.map((r) => r[3])).toEqual(['Variable', 'Production|Oil']);
    const long = parse(toSeriesCsv([one('A')], (s) => s.region === 'Russia', 'long'));
    expect(long.slice(1).map((r) => r[5])).toEqual(['-2.5', '-0.000000125', '3']);
  });

  it('gives the header alone when no series is chosen', () => {
    expect(parse(toSeriesCsv([one('A')], () => false))).toEqual([[...IAMC_COLUMNS, '2025', '2026', '2027']]);
  });
});

describe('unionYears', () => {
  it('sorts and deduplicates the years of all results', () => {
    expect(unionYears([one('A', LATER), one('B')])).toEqual([2025, 2026, 2027, 2028]);
    expect(unionYears([])).toEqual([]);
  });
});
