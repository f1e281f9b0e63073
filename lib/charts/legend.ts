// Pure: reads no database, clock or globals. The legend of a chart: one entry per line group
// (a current line and its dashed baseline share one), with how its sample is drawn.
import type { LineDef } from './types';

/** One legend entry: the group it hides or shows, its label and sample. */
export interface LegendEntry {
  group: string;
  label: string;
  color: string;
  /** The group is drawn as bars (a filled sample) rather than a line. */
  isBar: boolean;
  /** The current line's own stroke pattern, if it has one. */
  dashPattern?: string;
  /** A dashed baseline line belongs to the group. */
  hasBaseline: boolean;
}

/** Legend entries in first-seen order; a group's label is its current line's (or the group name when only a baseline draws). */
export function toLegendEntries(lines: readonly LineDef[]): LegendEntry[] {
  const byGroup = new Map<string, LegendEntry>();
  for (const line of lines) {
    const entry = byGroup.get(line.group);
    if (!entry) {
      byGroup.set(line.group, {
        group: line.group,
        label: line.isDashed ? line.group : line.label,
        color: line.color,
        isBar: line.mark === 'bar',
        ...(line.dashPattern === undefined ? {} : { dashPattern: line.dashPattern }),
        hasBaseline: Boolean(line.isDashed),
      });
    } else if (line.isDashed) {
      entry.hasBaseline = true;
    } else {
      entry.label = line.label;
      entry.color = line.color;
      entry.isBar = line.mark === 'bar';
      entry.dashPattern = line.dashPattern;
    }
  }
  return [...byGroup.values()];
}
