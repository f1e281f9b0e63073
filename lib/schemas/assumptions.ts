// The scenario assumptions contract (DESIGN.md, "Contract for programs") as a zod schema, built
// from the one table of assumption fields (lib/model/assumption-fields.ts): every outside value
// (API body, URL state, stored JSON) is parsed with it before use. Unknown keys are rejected;
// fields added after the first contract default when missing, so stored scenarios still parse.
import { z } from 'zod';
import { ASSUMPTION_FIELDS, buildDefaults, getAtPath, type FieldSpec, type NumberFieldSpec } from '@/lib/model/assumption-fields';
import type { Assumptions } from '@/lib/model/types';

/** Tolerance for shares that must add up to 1 (sliders round to 0.01). */
const SHARE_SUM_TOLERANCE = 1e-6;

function numberSchema(f: NumberFieldSpec): z.ZodType {
  let n = z.number(`must be a number`);
  if (f.isInteger) n = n.int(f.unit === '' ? 'must be a whole year' : 'must be a whole number');
  n = f.isMinExclusive ? n.gt(f.min, `must be greater than ${f.min}`) : n.min(f.min, minText(f));
  n = n.max(f.max, maxText(f));
  return f.nullText === undefined ? n : n.nullable();
}

const minText = (f: NumberFieldSpec) => (f.unit === '' && f.isInteger ? `must be ${f.min} or later` : `must be at least ${f.min}`);
const maxText = (f: NumberFieldSpec) => (f.unit === '' && f.isInteger ? `must be ${f.max} or earlier` : `must be at most ${f.max}`);

/** The zod schema of one field's value. */
export function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'number':
      return numberSchema(f);
    case 'boolean':
      return z.boolean('must be true or false');
    case 'choice':
      return z.enum(f.options as [string, ...string[]], `must be one of ${f.options.join(', ')}`);
    default: {
      const never: never = f;
      throw new Error(`unknown field kind in ${JSON.stringify(never)}`);
    }
  }
}

interface Node {
  children: Map<string, Node>;
  field?: FieldSpec;
}

function buildTree(fields: readonly FieldSpec[]): Node {
  const root: Node = { children: new Map() };
  for (const f of fields) {
    let node = root;
    for (const key of f.path.split('.')) {
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.field = f;
  }
  return root;
}

const leaves = (node: Node): FieldSpec[] => (node.field !== undefined ? [node.field] : [...node.children.values()].flatMap(leaves));

function nodeSchema(node: Node, path: string, fields: readonly FieldSpec[]): z.ZodType {
  if (node.field !== undefined) return fieldSchema(node.field);
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of node.children) {
    const childPath = path === '' ? key : `${path}.${key}`;
    let schema = nodeSchema(child, childPath, fields);
    const inner = leaves(child);
    if (inner.every((f) => f.hasInputDefault === true)) {
      const value = child.field !== undefined ? child.field.default : getAtPath(buildDefaults(inner), childPath);
      schema = schema.default(value as never);
    }
    shape[key] = schema;
  }
  let object: z.ZodType = z.strictObject(shape);
  // Fractions that must add up to 1 (cooperation shares) are checked on their parent object.
  const sumGroup = [...node.children.values()].map((c) => c.field).find((f) => f?.kind === 'number' && f.sumGroup === path);
  if (sumGroup !== undefined) {
    const keys = [...node.children.keys()];
    object = object.refine(
      (v) => Math.abs(keys.reduce((sum, k) => sum + Number((v as Record<string, unknown>)[k]), 0) - 1) <= SHARE_SUM_TOLERANCE,
      { message: `${keys.join(' + ')} must add up to 1` },
    );
  }
  return object;
}

/**
 * The assumptions schema of a field table: nested strict objects by path, each leaf from its
 * field (bounds, integer, nullable, enum), defaults for fields marked `hasInputDefault`, and a
 * sum-to-1 check on every `sumGroup`.
 */
export function buildAssumptionsSchema(fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): z.ZodType<Assumptions, unknown> {
  return nodeSchema(buildTree(fields), '', fields) as z.ZodType<Assumptions, unknown>;
}

/** Scenario assumptions; unknown keys are rejected. */
export const AssumptionsSchema = buildAssumptionsSchema();

/** Assumptions as parsed from outside input. */
export type AssumptionsInput = Assumptions;

/** A field-level validation problem, as the API reports it. */
export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "assumptions.link.openYear". */
  path: string;
  message: string;
}

const dotted = (path: PropertyKey[]) => path.map(String).join('.') || '(body)';

/**
 * Turns zod issues into `{ path, message }` pairs with dotted paths. An unknown key is named by its
 * own path (`assumptions.link.extra`), one issue per key, so every issue names a field.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: 'is not a known field' }))
      : [{ path: dotted(issue.path), message: issue.message }],
  );
}
