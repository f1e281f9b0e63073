import { describe, expect, it } from 'vitest';
import { toLegendEntries } from '@/lib/charts/legend';
import type { LineDef } from '@/lib/charts/types';

const line = (over: Partial<LineDef> & Pick<LineDef, 'key' | 'label' | 'group'>): LineDef => ({
  unit: 'Mt/yr',
  color: '#000',
  source: { variable: 'Production|Oil', region: 'World', scenario: 'current' },
  ...over,
});

describe('toLegendEntries', () => {
  it("gives one entry per group in first-seen order, with the current line's label, colour, mark and dash, and notes a baseline", () => {
    const entries = toLegendEntries([
      line({ key: 'b0', label: 'Oil (baseline)', group: 'Oil', isDashed: true, color: '#999' }),
      line({ key: 'c0', label: 'Oil', group: 'Oil', color: '#111', dashPattern: '2 2' }),
      line({ key: 'c1', label: 'Crossings', group: 'Crossings', color: '#222', mark: 'bar' }),
      line({ key: 'b2', label: 'LNG (baseline)', group: 'LNG', isDashed: true, color: '#333' }),
    ]);
    expect(entries).toEqual([
      { group: 'Oil', label: 'Oil', color: '#111', isBar: false, dashPattern: '2 2', hasBaseline: true },
      { group: 'Crossings', label: 'Crossings', color: '#222', isBar: true, hasBaseline: false },
      { group: 'LNG', label: 'LNG', color: '#333', isBar: false, hasBaseline: true },
    ]);
  });
});
