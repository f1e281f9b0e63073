// The default scenario assumptions, one table per dashboard group, built from the one table of
// assumption fields (lib/methodology/assumption-rows.ts). Each row is the link target of the
// dashboard's info buttons (`/methodology#<fieldAnchor>`), highlighted when targeted.
import type { FieldSpec } from '@/lib/model/assumption-fields';
import { ASSUMPTION_FIELDS } from '@/lib/model/assumption-fields';
import { buildAssumptionGroups, type AssumptionRow } from '@/lib/methodology/assumption-rows';
import styles from '../methodology.module.css';
import { AssumptionBadge, DataTable } from './data-table';

const HEADERS = ['Assumption', 'Default', 'Unit', 'Range accepted', 'Stated uncertainty', 'Source'];

function cells(row: AssumptionRow) {
  return [
    <>
      {row.label}
      <span className={styles.sub}>{row.help}</span>
    </>,
    row.defaultText,
    row.unit,
    row.range,
    <>
      {row.uncertainty}
      {row.uncertaintyBasis ? <span className={styles.sub}>{row.uncertaintyBasis}</span> : null}
    </>,
    row.source.isAssumption ? <AssumptionBadge what={row.source.text || undefined} /> : <span>{row.source.text}</span>,
  ];
}

/** Every assumption of `fields` (by default the app's table) with its default, unit, range, uncertainty and source. */
export function DefaultAssumptionTables({ fields = ASSUMPTION_FIELDS }: { fields?: readonly FieldSpec[] }) {
  return (
    <>
      {buildAssumptionGroups(fields).map((group) => (
        <section key={group.group} id={group.anchor} className={styles.group} aria-label={`${group.group} assumptions`}>
          <DataTable
            caption={group.group}
            headers={HEADERS}
            rows={group.rows.map((row) => ({ key: row.anchor, id: row.anchor, cells: cells(row) }))}
          />
        </section>
      ))}
    </>
  );
}
