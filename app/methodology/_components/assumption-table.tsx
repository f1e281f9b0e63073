// The default scenario assumptions (lib/model/presets.ts) with the source of each.
import { ASSUMPTION_SOURCES, DEFAULT_ASSUMPTIONS } from '@/lib/model/presets';
import { AssumptionBadge, DataTable, SourceCell, formatValue } from './data-table';

/** Leaf fields of a nested object as dotted paths, in declaration order. */
function flatten(value: object, prefix = ''): { path: string; value: unknown }[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !ASSUMPTION_SOURCES[path] ? flatten(v, path) : [{ path, value: v }];
  });
}

/** Every default assumption with its value and source ("assumption" where it is a choice). */
export function DefaultAssumptionTable() {
  return (
    <DataTable
      caption="Default scenario assumptions"
      headers={['Assumption', 'Default', 'Source']}
      rows={flatten(DEFAULT_ASSUMPTIONS).map(({ path, value }) => {
        const source = ASSUMPTION_SOURCES[path];
        return {
          key: path,
          cells: [<code key="p">{path}</code>, formatValue(value), source ? <SourceCell key="s" source={source} /> : <AssumptionBadge key="s" what="no source recorded" />],
        };
      })}
    />
  );
}
