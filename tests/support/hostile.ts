// Hostile inputs shared by the service property tests and the HTTP corpus: values that no field of
// the assumptions contract accepts, generated from the shape of the default assumptions (so fields
// added later are covered too), plus a hand-written corpus of nasty bodies.
import fc from 'fast-check';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';

/** Every leaf of an object: its dotted path and its value. */
export function leavesOf(value: unknown, prefix: string[] = []): { path: string[]; value: unknown }[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leavesOf(inner, [...prefix, key]));
  }
  return [{ path: prefix, value }];
}

/** The leaves of the default assumptions. */
export const ASSUMPTION_LEAVES = leavesOf(DEFAULT_ASSUMPTIONS);

/** A copy of `object` with the value at `path` replaced. */
export function withValueAt<T>(object: T, path: string[], value: unknown): T {
  const copy = structuredClone(object) as Record<string, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>;
  cursor[path[path.length - 1]!] = value;
  return copy as T;
}

const deepArray = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Values no field accepts, whatever its type: for a number field, a wrong type or out of any bound. */
export function hostileValueFor(sample: unknown): fc.Arbitrary<unknown> {
  const wrongTypes = fc.oneof(
    fc.string({ maxLength: 20 }).map((s) => `x${s}`),
    fc.constantFrom<unknown>([], {}, [1, 2], { value: 1 }, deepArray(200), '<script>alert(1)</script>', "1'; drop table scenarios; --"),
  );
  if (typeof sample === 'number') {
    return fc.oneof(
      wrongTypes,
      fc.boolean(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -1e9),
    );
  }
  if (typeof sample === 'boolean') return fc.oneof(wrongTypes, fc.constantFrom<unknown>(null, 0, 1, 'true', 'false'));
  return fc.oneof(
    wrongTypes.filter((v) => v !== sample),
    fc.constantFrom<unknown>(null, 0, 1, true),
  );
}

/** One leaf of the assumptions and a value it must refuse. */
export const hostileLeaf = fc
  .constantFrom(...ASSUMPTION_LEAVES)
  .chain((leaf) => hostileValueFor(leaf.value).map((value) => ({ path: leaf.path, value })));

/** Shares in [0, 1] that do not add up to 1. */
export const unbalancedShares = fc
  .record({
    russia: fc.double({ min: 0, max: 1, noNaN: true }),
    china: fc.double({ min: 0, max: 1, noNaN: true }),
    us: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .filter((s) => Math.abs(s.russia + s.china + s.us - 1) > 1e-3);

/** A key that is not in the contract, including prototype-polluting names. */
export const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isPreset', 'version', 'id'),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x_${s}`),
);

/** Hand-written request bodies (raw text) that must all be refused with a 4xx. */
export const HOSTILE_BODIES: { label: string; body: string | Uint8Array<ArrayBuffer> }[] = [
  { label: 'an empty body', body: '' },
  { label: 'not JSON', body: '{"name": ' },
  { label: 'JSON null', body: 'null' },
  { label: 'a bare number', body: '42' },
  { label: 'a string', body: '"hello"' },
  { label: 'an array', body: '[1,2,3]' },
  { label: 'arrays nested 10,000 deep', body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  { label: 'objects nested 5,000 deep', body: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}` },
  { label: 'a __proto__ key', body: '{"__proto__": {"isPreset": true}, "name": "x"}' },
  { label: 'a constructor key', body: '{"constructor": {"prototype": {"polluted": true}}}' },
  { label: 'a huge number', body: '{"name": "x", "version": 1e999, "assumptions": 1e999}' },
  { label: 'bytes that are not UTF-8', body: new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) },
  { label: 'a UTF-16 byte order mark and text', body: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]) },
  { label: 'a body over 64 KB', body: JSON.stringify({ name: 'x', description: 'y'.repeat(70 * 1024) }) },
];
