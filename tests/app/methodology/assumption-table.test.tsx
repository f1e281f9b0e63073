// The methodology's assumption tables rendered to HTML (no browser): they follow the field table
// they are given, so a new field needs no edit of the page.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DefaultAssumptionTables } from '@/app/methodology/_components/assumption-table';
import { ASSUMPTION_FIELDS, type BooleanFieldSpec } from '@/lib/model/assumption-fields';

const NEW_FIELD: BooleanFieldSpec = {
  kind: 'boolean',
  path: 'access.chinaToNorthAmerica',
  param: 'cnNa',
  label: 'Chinese cargo may be sold in North America',
  group: 'Access',
  default: true,
  trueText: 'allowed',
  falseText: 'barred',
  source: 'assumption: no sanctions on Chinese bulk cargo',
  help: 'Whether Chinese-origin cargo may be sold to North American destinations.',
};

describe('DefaultAssumptionTables', () => {
  it('renders a row, anchored and labelled, for a field added to a copy of the table', () => {
    const html = renderToStaticMarkup(<DefaultAssumptionTables fields={[...ASSUMPTION_FIELDS, NEW_FIELD]} />);
    const row = /<tr id="assumption-access-chinaToNorthAmerica">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row).toContain('Chinese cargo may be sold in North America');
    expect(row).toContain('<td data-label="Default">allowed</td>');
    expect(row).toContain('no sanctions on Chinese bulk cargo');
    expect(row).toContain('data-flag="assumption"');
  });

  it('renders one row per field of the app’s table by default', () => {
    const html = renderToStaticMarkup(<DefaultAssumptionTables />);
    expect(html.match(/<tr id="assumption-/g)).toHaveLength(ASSUMPTION_FIELDS.length);
  });
});
