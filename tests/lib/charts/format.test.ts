import fc from 'fast-check';
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

describe('formatNumber without Intl (ADR 081)', () => {
  const intl = (value: number, digits: number) => {
    const abs = Math.abs(value);
    const fractionDigits = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
  };

  it('writes what Intl.NumberFormat writes, ties and negative zero included', () => {
    for (const value of [0, -0, 0.5, 1.5, 2.5, -2.5, 0.15, 1.005, 9.95, -10.95, 99.95, 999.5, 1234567.5, -0.04, 5e-7, 1e21, 1.5e22]) {
      for (const digits of [0, 1, 2, 3]) expect(formatNumber(value, digits)).toBe(intl(value, digits));
    }
  });

  it('agrees with Intl.NumberFormat on any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(intl(value, digits));
      }),
      { numRuns: 5_000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (n, scale, digits) => {
          const value = n / 10 ** scale;
          expect(formatNumber(value, digits)).toBe(intl(value, digits));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
