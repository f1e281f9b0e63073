import { describe, expect, it } from 'vitest';
import { addCompared, compareHref, listPickerOptions, removeCompared, type PickableScenario } from '@/lib/compare/picker';

const SCENARIOS: PickableScenario[] = [
  { id: 'reference', name: 'Reference', isPreset: true },
  { id: 'no-tunnel', name: 'No tunnel', isPreset: true },
  { id: 'a1', name: 'Mine', isPreset: false },
  { id: 'b2', name: 'Yours', isPreset: false },
  { id: 'c3', name: 'Theirs', isPreset: false },
];

describe('compareHref', () => {
  it('lists the ids in order, comma-separated and encoded', () => {
    expect(compareHref(['reference', 'a b'])).toBe('/compare?ids=reference,a%20b');
  });

  it('is the bare page when nothing is compared', () => {
    expect(compareHref([])).toBe('/compare');
  });
});

describe('addCompared', () => {
  it('appends a new id after the others', () => {
    expect(addCompared(['reference'], 'a1')).toEqual(['reference', 'a1']);
  });

  it('keeps the list when the id is already compared', () => {
    expect(addCompared(['reference', 'a1'], 'reference')).toEqual(['reference', 'a1']);
  });

  it('keeps the list when it already holds the most scenarios', () => {
    expect(addCompared(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(addCompared(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
});

describe('removeCompared', () => {
  it('drops the id and keeps the order of the others', () => {
    expect(removeCompared(['reference', 'a1', 'b2'], 'a1')).toEqual(['reference', 'b2']);
  });
});

describe('listPickerOptions', () => {
  it('offers every scenario not yet compared, presets apart from saved ones, in list order', () => {
    expect(listPickerOptions(SCENARIOS, ['no-tunnel', 'b2'])).toEqual({
      presets: [SCENARIOS[0]],
      saved: [SCENARIOS[2], SCENARIOS[4]],
      isFull: false,
    });
  });

  it('offers nothing once the comparison is full', () => {
    expect(listPickerOptions(SCENARIOS, ['reference', 'no-tunnel', 'a1', 'b2'])).toEqual({ presets: [], saved: [], isFull: true });
  });
});
