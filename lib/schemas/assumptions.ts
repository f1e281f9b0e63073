// The scenario assumptions contract (DESIGN.md, "Contract for programs") as a zod schema:
// every outside value (API body, URL state, stored JSON) is parsed with it before use.
import { z } from 'zod';
import { PATHWAYS } from '@/lib/model/types';

const year = (min: number, max: number) =>
  z.number().int(`must be a whole year`).min(min, `must be ${min} or later`).max(max, `must be ${max} or earlier`);

const fraction = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1');

/** Tolerance for shares that must add up to 1 (sliders round to 0.01). */
const SHARE_SUM_TOLERANCE = 1e-6;

/** Scenario assumptions; unknown keys are rejected. */
export const AssumptionsSchema = z.strictObject({
  horizonYear: year(2050, 2100),
  ice: z.strictObject({
    pathway: z.enum(PATHWAYS),
    iceFreeYear: year(2030, 2100).nullable(),
  }),
  link: z.strictObject({
    openYear: year(2030, 2100).nullable(),
    capacityMtPerYear: z.number().gt(0, 'must be greater than 0').max(1000, 'must be at most 1000'),
    capexBnUsd: z.number().min(0, 'must be at least 0').max(1000, 'must be at most 1000'),
    tariffUsdPerTonne: z.number().min(0, 'must be at least 0').max(1000, 'must be at most 1000'),
  }),
  markets: z.strictObject({
    carbonPriceUsdPerTonne: z.number().min(0, 'must be at least 0').max(1000, 'must be at most 1000'),
    carbonOnCombustion: z.boolean().default(false),
    discountRatePct: z.number().min(0, 'must be at least 0').max(20, 'must be at most 20'),
  }),
  cooperation: z.strictObject({
    level: fraction,
    shares: z
      .strictObject({ russia: fraction, china: fraction, us: fraction })
      .refine((s) => Math.abs(s.russia + s.china + s.us - 1) <= SHARE_SUM_TOLERANCE, {
        message: 'russia + china + us must add up to 1',
      }),
  }),
});

/** Assumptions as parsed from outside input. */
export type AssumptionsInput = z.infer<typeof AssumptionsSchema>;

/** A field-level validation problem, as the API reports it. */
export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "assumptions.link.openYear". */
  path: string;
  message: string;
}

/** Turns zod issues into `{ path, message }` pairs with dotted paths. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
