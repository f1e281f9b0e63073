import { describe, expect, it } from 'vitest';
import { listHeadlineDifferences, type HeadlineFigure } from '@/lib/compare/headline-differences';

const fig = (key: string, value: number | null, extra: Partial<HeadlineFigure> = {}): HeadlineFigure => ({
  key,
  label: key,
  unit: 'Mt',
  kind: 'quantity',
  value,
  ...extra,
});

describe('listHeadlineDifferences', () => {
  it('gives one value per scenario and the change from the first', () => {
    const rows = listHeadlineDifferences([[fig('a', 10)], [fig('a', 12.5)], [fig('a', 7)]]);
    expect(rows).toEqual([
      { key: 'a', label: 'a', unit: 'Mt', kind: 'quantity', missingText: '–', values: [10, 12.5, 7], deltas: [0, 2.5, -3], differs: true },
    ]);
  });

  it('marks equal figures as not differing', () => {
    const [row] = listHeadlineDifferences([[fig('a', 3)], [fig('a', 3)]]);
    expect(row?.differs).toBe(false);
  });

  it('has no change where either value is missing, and missing vs present differs', () => {
    const [row] = listHeadlineDifferences([
      [fig('year', null, { kind: 'year', missingText: 'never' })],
      [fig('year', 2060, { kind: 'year' })],
    ]);
    expect(row).toMatchObject({ values: [null, 2060], deltas: [null, null], differs: true, missingText: 'never' });
  });

  it('treats two missing values as equal', () => {
    const [row] = listHeadlineDifferences([[fig('a', null)], [fig('a', null)]]);
    expect(row).toMatchObject({ differs: false, deltas: [null, null] });
  });

  it('keeps the first scenario order and adds keys only another scenario has, as missing elsewhere', () => {
    const rows = listHeadlineDifferences([
      [fig('b', 1), fig('a', 2)],
      [fig('a', 2), fig('c', 5)],
    ]);
    expect(rows.map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(rows[2]?.values).toEqual([null, 5]);
    expect(rows[0]?.values).toEqual([1, null]);
  });

  it('returns no rows for no scenarios', () => {
    expect(listHeadlineDifferences([])).toEqual([]);
  });
});
