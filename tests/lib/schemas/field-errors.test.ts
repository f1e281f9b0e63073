import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { toFieldErrors } from '@/lib/schemas/field-errors';
import { ScenarioCreateSchema } from '@/lib/schemas/scenario';

describe('toFieldErrors', () => {
  it('keeps the first message of each path, in issue order', () => {
    expect(
      toFieldErrors([
        { path: 'name', message: 'must not be empty' },
        { path: 'assumptions.link.openYear', message: 'must be 2030 or later' },
        { path: 'name', message: 'must be at most 120 characters' },
      ]),
    ).toEqual({ name: 'must not be empty', 'assumptions.link.openYear': 'must be 2030 or later' });
  });

  it('gives no errors for no issues', () => {
    expect(toFieldErrors([])).toEqual({});
  });

  it('reads a ZodError the same way as the issues the server sends for it', () => {
    const parsed = ScenarioCreateSchema.safeParse({ name: ' ', assumptions: { ...DEFAULT_ASSUMPTIONS, horizonYear: 1999 } });
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({ name: 'must not be empty', 'assumptions.horizonYear': 'must be 2050 or later' });
  });
});
