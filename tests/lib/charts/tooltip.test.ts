// The tooltip's entries: baseline beside the current value only where it differs.
import { describe, expect, it } from 'vitest';
import { toTooltipEntries } from '@/lib/charts/tooltip';
import type { LineDef } from '@/lib/charts/types';

const line = (key: string, group: string, isDashed = false): LineDef => ({
  key,
  label: isDashed ? `${group} (baseline)` : group,
  unit: 'Mt per year',
  color: '#123456',
  isDashed,
  group,
  source: { variable: group, region: 'World', scenario: isDashed ? 'baseline' : 'current' },
});
const lines = [
  line('cur_0', 'Oil'),
  line('cur_1', 'Coal'),
  line('cur_2', 'Gold'),
  line('base_0', 'Oil', true),
  line('base_1', 'Coal', true),
  line('base_2', 'Gold', true),
];

describe('toTooltipEntries', () => {
  it('gives one entry per group: the baseline beside a changed value, "= baseline" for an unchanged one', () => {
    const entries = toTooltipEntries({ year: 2050, cur_0: 12.3, base_0: 10.1, cur_1: 5, base_1: 5, cur_2: 1, base_2: 1.0001 }, lines);
    expect(entries.map((e) => [e.label, e.value, e.baseline])).toEqual([
      ['Oil', '12.3 Mt per year', 'baseline 10.1 Mt per year'],
      ['Coal', '5 Mt per year', '= baseline'],
      ['Gold', '1 Mt per year', '= baseline'], // equal at the two decimals shown
    ]);
  });

  it('lists a baseline alone where the current line has no value, and leaves out lines without a value', () => {
    const entries = toTooltipEntries({ year: 2030, cur_0: null, base_0: 3, cur_1: null, base_1: null, cur_2: 2, base_2: null }, lines);
    expect(entries.map((e) => [e.label, e.value, e.baseline, e.isDashed])).toEqual([
      ['Gold', '2 Mt per year', '', false],
      ['Oil (baseline)', '3 Mt per year', '', true],
    ]);
  });
});
