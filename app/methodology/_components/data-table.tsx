// A semantic table that stacks into labelled blocks at phone width (see methodology.module.css),
// and the source cell every row of the methodology tables shares.
import type { ReactNode } from 'react';
import { toPlainText, toWords } from '@/lib/methodology/plain-text';
import styles from '../methodology.module.css';

interface DataTableProps {
  caption: string;
  headers: string[];
  /** One entry per row: a stable key, an optional element id (a link target) and one cell per header. */
  rows: { key: string; id?: string; cells: ReactNode[] }[];
}

/** A captioned table; each cell carries its column's name for the stacked phone layout. */
export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} id={row.id}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" data-label={headers[i]}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} data-label={headers[i]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The "assumption" badge: a modeller's choice, not a cited figure. */
export function AssumptionBadge({ what }: { what?: string }) {
  return (
    <span className={styles.assumption} data-flag="assumption">
      assumption{what ? <span className={styles.assumedWhat}>: {what}</span> : null}
    </span>
  );
}

/** A citation, with the fields that are assumptions flagged after it. */
export function SourceCell({ source, assumedFields = [] }: { source: string; assumedFields?: string[] }) {
  const text = toPlainText(source.trim());
  const isAssumption = /^assumption\b/i.test(text);
  return (
    <>
      {isAssumption ? <AssumptionBadge what={text.replace(/^assumption:?\s*/i, '')} /> : <span>{text}</span>}
      {assumedFields.length > 0 ? (
        <span className={styles.assumedFields}>
          {' '}
          <AssumptionBadge what={assumedFields.map(toWords).join(', ')} />
        </span>
      ) : null}
    </>
  );
}

/** A value for display: numbers with thousands grouping from 10,000, booleans as yes/no, null as "none". */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  // Group thousands only from 10,000 up, so years read as years (2042, not 2,042).
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10_000 });
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${toWords(k)} ${formatValue(v)}`)
    .join(', ');
}

/** Every field of an entity except `skip`, as a list; assumed fields carry the badge. */
export function FieldList({ entity, skip, assumedFields }: { entity: object; skip: string[]; assumedFields: string[] }) {
  const fields = Object.entries(entity).filter(([key]) => !skip.includes(key));
  return (
    <dl className={styles.fields}>
      {fields.map(([key, value]) => (
        <div key={key}>
          <dt>{toWords(key)}</dt>
          <dd>
            {formatValue(value)}
            {assumedFields.includes(key) ? (
              <>
                {' '}
                <AssumptionBadge />
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
