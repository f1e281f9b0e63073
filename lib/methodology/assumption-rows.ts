// Pure: reads no database, clock or globals. The methodology page's table of default assumptions,
// built from the one table of assumption fields: one group per dashboard group, one row per
// field with its plain label, default, unit, source, contract range and stated uncertainty. A
// field added to the table appears here without another edit (ADR 056).
import {
  ASSUMPTION_FIELDS,
  FIELD_GROUPS,
  fieldAnchor,
  formatFieldValue,
  type FieldGroup,
  type FieldSpec,
  type NumberFieldSpec,
} from '@/lib/model/assumption-fields';
import { toPlainText } from './plain-text';

/** Where a default comes from: a citation, or the modeller's choice with its reason. */
export interface RowSource {
  isAssumption: boolean;
  /** The citation, or the reason for the assumption ("" when none is given). */
  text: string;
}

/** One assumption as the methodology table shows it; every text is ready to print. */
export interface AssumptionRow {
  /** Element id of the row, `fieldAnchor(field)`: the dashboard's info buttons link to it. */
  anchor: string;
  label: string;
  /** What the field means, in one sentence. */
  help: string;
  /** The default with its unit, e.g. "100 Mt/yr", "2072", "barred". */
  defaultText: string;
  /** The unit in words or symbols, e.g. "Mt/yr", "year", "yes or no". */
  unit: string;
  /** The values the API and the URL accept, e.g. "above 0, up to 1000 Mt/yr". */
  range: string;
  /** Stated uncertainty: low to high with the most likely value, or why there is none. */
  uncertainty: string;
  /** Where the uncertainty range comes from ("" when there is none). */
  uncertaintyBasis: string;
  source: RowSource;
}

/** The rows of one dashboard group, in table order. */
export interface AssumptionGroup {
  group: FieldGroup;
  /** Element id of the group's section, e.g. "assumptions-ice". */
  anchor: string;
  rows: AssumptionRow[];
}

/** A bound as people write it: whole numbers without decimals ("8", not "8.0"), others as the field shows them. */
function bound(f: NumberFieldSpec, value: number, unit: string): string {
  const isWhole = Number.isInteger(value * (f.scale ?? 1));
  return formatFieldValue({ ...f, unit, decimals: isWhole ? 0 : f.decimals }, value);
}

/** Lower end of a range, without the unit ("0 to 1000 Mt/yr" names it once). */
const bare = (f: NumberFieldSpec, value: number) => bound(f, value, '');
/** Upper end of a range, with the unit. */
const upper = (f: NumberFieldSpec, value: number) => bound(f, value, f.unit);

function unitOf(f: FieldSpec): string {
  switch (f.kind) {
    case 'number':
      if (f.unit !== '') return f.unit;
      return f.isInteger ? 'year' : 'index from 0 to 1';
    case 'boolean':
      return `${f.trueText} or ${f.falseText}`;
    case 'choice':
      return 'pathway';
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

function rangeOf(f: FieldSpec): string {
  switch (f.kind) {
    case 'number': {
      const max = upper(f, f.max);
      const span = f.isMinExclusive ? `above ${bare(f, f.min)}, up to ${max}` : `${bare(f, f.min)} to ${max}`;
      return f.nullText === undefined ? span : `${span}, or ${f.nullText}`;
    }
    case 'boolean':
      return `${f.trueText} or ${f.falseText}`;
    case 'choice':
      return f.options.join(', ');
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

function uncertaintyOf(f: FieldSpec): { uncertainty: string; uncertaintyBasis: string } {
  if (f.kind !== 'number' || f.distribution === null) {
    return { uncertainty: 'none stated: a scenario choice', uncertaintyBasis: '' };
  }
  const { low, mode, high, basis } = f.distribution;
  return {
    uncertainty: `${bare(f, low)} to ${upper(f, high)}, most likely ${formatFieldValue(f, mode)}`,
    uncertaintyBasis: basis,
  };
}

/** "assumption: no tariff published" → an assumption with its reason; anything else is a citation. File names and field identifiers are put in words. */
export function toRowSource(source: string): RowSource {
  const text = toPlainText(source.trim());
  const match = /^assumption\b:?\s*/i.exec(text);
  return match ? { isAssumption: true, text: text.slice(match[0].length) } : { isAssumption: false, text };
}

/** The methodology row of one field. */
export function toAssumptionRow(f: FieldSpec): AssumptionRow {
  return {
    anchor: fieldAnchor(f),
    label: f.label,
    help: f.help,
    defaultText: formatFieldValue(f, f.default),
    unit: unitOf(f),
    range: rangeOf(f),
    ...uncertaintyOf(f),
    source: toRowSource(f.source),
  };
}

/** Element id of a group's section on /methodology, e.g. "assumptions-cooperation". */
export const groupAnchor = (group: FieldGroup) => `assumptions-${group.toLowerCase()}`;

/**
 * Every field of `fields` as methodology rows, grouped like the dashboard's sliders (Ice, Link,
 * Markets, Freight, Access, Cooperation), fields in table order. Groups without fields are left out.
 */
export function buildAssumptionGroups(fields: readonly FieldSpec[] = ASSUMPTION_FIELDS): AssumptionGroup[] {
  return FIELD_GROUPS.map((group) => ({
    group,
    anchor: groupAnchor(group),
    rows: fields.filter((f) => f.group === group).map(toAssumptionRow),
  })).filter((g) => g.rows.length > 0);
}
