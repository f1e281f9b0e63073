import { describe, expect, it } from 'vitest';
import { toPlainText, toWords } from '@/lib/methodology/plain-text';

describe('toWords', () => {
  it.each([
    ['plateauMtPerYear', 'plateau Mt per year'],
    ['costUsdPerTkm', 'cost USD per tkm'],
    ['link.openYear', 'link open year'],
    ['', ''],
  ])('puts %j in words', (field, words) => {
    expect(toWords(field)).toBe(words);
  });
});

describe('toPlainText', () => {
  it('drops a project file name in brackets', () => {
    expect(toPlainText('Project reference notes (arctic-reference.md) §2.3: 16.5 Mtpa')).toBe('Project reference notes §2.3: 16.5 Mtpa');
  });

  it('puts a bare file name in words', () => {
    expect(toPlainText('see arctic-reference.md §4')).toBe('see arctic reference §4');
  });

  it('puts field identifiers in words', () => {
    expect(toPlainText('resourceMt derived: 926 bcm; earliestStartYear 2028')).toBe(
      'resource Mt derived: 926 bcm; earliest start year 2028',
    );
  });

  it('leaves names, acronyms, web sites and numbers alone', () => {
    const text = 'TotalEnergies 20 %, CNPC 20 % (TASS 921957; McKenzie; energyland.info 145615), 7.33 bbl/t';
    expect(toPlainText(text)).toBe(text);
  });
});
