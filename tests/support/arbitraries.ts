// fast-check arbitraries built from the field table: any assumptions object within the table's
// contract bounds. Numbers are drawn at the URL's precision (4 decimals; whole numbers where the
// field is an integer), so the URL can carry them exactly.
import fc from 'fast-check';
import { ASSUMPTION_FIELDS, setAtPath, type FieldSpec, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';

const STEPS = 10_000;

/** A number of the field within [min, max] (strictly above min when exclusive), at 4 decimals. */
export function numberInBounds(f: NumberFieldSpec): fc.Arbitrary<number> {
  if (f.isInteger) return fc.integer({ min: Math.ceil(f.min + (f.isMinExclusive ? 1 : 0)), max: Math.floor(f.max) });
  const lo = Math.round(f.min * STEPS) + (f.isMinExclusive ? 1 : 0);
  const hi = Math.round(f.max * STEPS);
  return fc.integer({ min: lo, max: hi }).map((k) => k / STEPS);
}

function valueOf(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'number': {
      const n = numberInBounds(f);
      return f.nullText === undefined ? n : fc.option(n, { nil: null, freq: 5 });
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...f.options);
    default: {
      const never: never = f;
      throw new Error(`unknown field ${JSON.stringify(never)}`);
    }
  }
}

/** Fractions at 4 decimals adding up to exactly 1 (the last takes the rest), `n` of them. */
export function sharesArbitrary(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: STEPS }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const sorted = [...cuts].sort((x, y) => x - y);
    const bounds = [0, ...sorted, STEPS];
    return bounds.slice(1).map((b, i) => (b - (bounds[i] ?? 0)) / STEPS);
  });
}

/** Any assumptions object allowed by a field table (its sum-to-1 groups included). */
export function assumptionsArbitrary(fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): fc.Arbitrary<Assumptions> {
  const plain = fields.filter((f) => !(f.kind === 'number' && f.sumGroup !== undefined));
  const groups = [...new Set(fields.flatMap((f) => (f.kind === 'number' && f.sumGroup !== undefined ? [f.sumGroup] : [])))];
  const members = groups.map((g) => fields.filter((f) => f.kind === 'number' && f.sumGroup === g));
  return fc
    .tuple(fc.tuple(...plain.map(valueOf)), fc.tuple(...members.map((m) => sharesArbitrary(m.length))))
    .map(([values, groupShares]) => {
      let a: Record<string, unknown> = {};
      plain.forEach((f, i) => {
        a = setAtPath(a, f.path, values[i]);
      });
      members.forEach((m, g) =>
        m.forEach((f, i) => {
          a = setAtPath(a, f.path, groupShares[g]?.[i] ?? 0);
        }),
      );
      return a as unknown as Assumptions;
    });
}
