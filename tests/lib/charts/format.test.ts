import { describe, expect, it } from 'vitest';
import { formatDelta, formatNumber, formatWithUnit } from '@/lib/charts/format';

describe('chart number formats', () => {
  it.each([
    [1234.56, '1,235'],
    [12.345, '12.3'],
    [1.2345, '1.2'],
    [0, '0'],
    [null, '–'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('puts the unit after the value and none after a missing value', () => {
    expect(formatWithUnit(3.5, 'Mt/yr')).toBe('3.5 Mt/yr');
    expect(formatWithUnit(null, 'Mt/yr')).toBe('–');
  });

  it('signs deltas and calls zero ±0', () => {
    expect(formatDelta(1.25)).toBe('+1.3');
    expect(formatDelta(-4)).toBe('−4');
    expect(formatDelta(0.001)).toBe('±0');
  });
});
