// Pure: reads no database, clock or globals. What a chart's tooltip lists for the hovered year:
// one entry per line group, the current value with the baseline's beside it only where it differs
// (an unchanged baseline is marked "= baseline"), so the tooltip stays short and leaves the chart
// readable (issue 8).
import { formatWithUnit } from './format';
import type { ChartRow, LineDef } from './types';

/** One row of the tooltip. */
export interface TooltipEntry {
  key: string;
  label: string;
  color: string;
  /** Dash pattern of the line the entry names (a baseline-only entry is dashed). */
  isDashed: boolean;
  /** "12.3 Mt per year". */
  value: string;
  /**
   * "= baseline" when the baseline of this line has the same shown value; "baseline 10.1 Mt
   * per year" when it differs; "" when the line has no baseline partner.
   */
  baseline: string;
}

/** Decimals of tooltip values (and of the comparison with the baseline). */
const DIGITS = 2;

const valueOf = (row: ChartRow, line: LineDef): number | null => {
  const v = row[line.key];
  return typeof v === 'number' ? v : null;
};

/**
 * The tooltip entries of `row` for `lines` (the visible lines, in chart order): a current line and
 * the dashed baseline line of its group make one entry; a baseline whose current line has no value
 * that year stands alone. Lines without a value in the year are left out.
 */
export function toTooltipEntries(row: ChartRow, lines: readonly LineDef[]): TooltipEntry[] {
  const baselineOf = new Map<string, LineDef>();
  for (const line of lines) if (line.isDashed && !baselineOf.has(line.group)) baselineOf.set(line.group, line);
  const entries: TooltipEntry[] = [];
  const paired = new Set<string>();
  for (const line of lines) {
    if (line.isDashed) continue;
    const v = valueOf(row, line);
    if (v === null) continue;
    const value = formatWithUnit(v, line.unit, DIGITS);
    const partner = baselineOf.get(line.group);
    const b = partner ? valueOf(row, partner) : null;
    let baseline = '';
    if (partner && b !== null) {
      paired.add(partner.key);
      const text = formatWithUnit(b, partner.unit, DIGITS);
      baseline = text === value ? '= baseline' : `baseline ${text}`;
    }
    entries.push({ key: line.key, label: line.label, color: line.color, isDashed: false, value, baseline });
  }
  for (const line of lines) {
    if (!line.isDashed || paired.has(line.key)) continue;
    const v = valueOf(row, line);
    if (v === null) continue;
    entries.push({
      key: line.key,
      label: line.label,
      color: line.color,
      isDashed: true,
      value: formatWithUnit(v, line.unit, DIGITS),
      baseline: '',
    });
  }
  return entries;
}
