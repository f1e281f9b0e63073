import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatNumber, neutraliseFormula, serializeCsv } from '@/lib/export/csv-cells';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+2', `'+1+2`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
  ])('prefixes %j with a quote mark', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['Reference', 'a=b', ' =x', "'=already", '', 'Ямал — LNG'])('leaves %j unchanged', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-3.25, '-3.25'],
    [1234567.891, '1234567.891'],
    [1e-7, '0.0000001'],
    [-1.5e-9, '-0.0000000015'],
    [1.2345e-7, '0.00000012345'],
    [1e21, '1000000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('writes %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
    expect(Number(formatNumber(value))).toBe(value === 0 ? 0 : value);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %s', (value) => {
    expect(() => formatNumber(value)).toThrow(/finite/);
  });
});

describe('serializeCsv', () => {
  it('ends every record with CRLF, the last one too', () => {
    expect(
      serializeCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });

  it('writes the header alone when there are no rows', () => {
    expect(serializeCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('quotes per RFC 4180 only where needed, doubling inner quotes', () => {
    const csv = serializeCsv(['name'], [['plain'], ['with, comma'], ['say "hi"'], ['two\nlines'], ['cr\rinside']]);
    expect(csv).toBe('name\r\nplain\r\n"with, comma"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rinside"\r\n');
    expect(
      parse(csv)
        .slice(1, 6)
        .map((r) => r[0]),
    ).toEqual(['plain', 'with, comma', 'say "hi"', 'two\nlines', 'cr\rinside']);
  });

  it('neutralises formula-like text and quotes it, but keeps negative numbers numeric', () => {
    const csv = serializeCsv(
      ['scenario', 'value'],
      [
        ['=1+1', -5],
        ['-cmd', -0.5],
        ['@x', 1e-7],
      ],
    );
    expect(csv).toBe(`scenario,value\r\n"'=1+1",-5\r\n"'-cmd",-0.5\r\n"'@x",0.0000001\r\n`);
  });

  it('writes null as an empty cell', () => {
    expect(serializeCsv(['a', 'b', 'c'], [[null, 1, null]])).toBe('a,b,c\r\n,1,\r\n');
  });

  it('writes non-ASCII text as UTF-8 without a byte-order mark', () => {
    const csv = serializeCsv(['name'], [['Чукотка – Аляска']]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(new TextDecoder().decode(new TextEncoder().encode(csv))).toBe('name\r\nЧукотка – Аляска\r\n');
  });
});
