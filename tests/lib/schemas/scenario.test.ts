import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import {
  SCENARIO_DESCRIPTION_MAX_LENGTH,
  SCENARIO_NAME_MAX_LENGTH,
  ScenarioCreateSchema,
  ScenarioListSchema,
  ScenarioRecordSchema,
} from '@/lib/schemas/scenario';

const RECORD = {
  id: 'reference',
  name: 'Reference',
  description: '',
  isPreset: true,
  version: 1,
  createdAt: '2026-11-30T12:00:00.000Z',
  updatedAt: '2026-11-30T12:00:00.000Z',
  assumptions: DEFAULT_ASSUMPTIONS,
};

describe('ScenarioRecordSchema', () => {
  it('accepts a scenario as the API writes it and drops columns it does not describe', () => {
    expect(ScenarioRecordSchema.parse({ ...RECORD, presetOrder: 0 })).toEqual(RECORD);
  });

  it.each([
    ['a version below 1', { version: 0 }, 'version'],
    ['a date that is not ISO 8601', { updatedAt: 'yesterday' }, 'updatedAt'],
    ['assumptions outside the contract', { assumptions: { ...DEFAULT_ASSUMPTIONS, horizonYear: 2200 } }, 'assumptions.horizonYear'],
    ['an id with spaces', { id: 'not an id' }, 'id'],
  ])('rejects %s, naming the field', (_, change, path) => {
    const parsed = ScenarioRecordSchema.safeParse({ ...RECORD, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});

describe('ScenarioListSchema', () => {
  it('accepts list rows without assumptions or creation time', () => {
    const { assumptions: _a, createdAt: _c, ...summary } = RECORD;
    expect(ScenarioListSchema.parse([summary])).toEqual([summary]);
  });
});

describe('ScenarioCreateSchema length limits', () => {
  const body = (name: string, description = '') => ({ name, description, assumptions: DEFAULT_ASSUMPTIONS });

  it('accepts a name and a description at their limits', () => {
    expect(
      ScenarioCreateSchema.safeParse(body('n'.repeat(SCENARIO_NAME_MAX_LENGTH), 'd'.repeat(SCENARIO_DESCRIPTION_MAX_LENGTH))).success,
    ).toBe(true);
  });

  it('rejects one character more than each limit', () => {
    expect(ScenarioCreateSchema.safeParse(body('n'.repeat(SCENARIO_NAME_MAX_LENGTH + 1))).error?.issues[0]?.message).toBe(
      `must be at most ${SCENARIO_NAME_MAX_LENGTH} characters`,
    );
    expect(ScenarioCreateSchema.safeParse(body('n', 'd'.repeat(SCENARIO_DESCRIPTION_MAX_LENGTH + 1))).error?.issues[0]?.message).toBe(
      `must be at most ${SCENARIO_DESCRIPTION_MAX_LENGTH} characters`,
    );
  });
});
