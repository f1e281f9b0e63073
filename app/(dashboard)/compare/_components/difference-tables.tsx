// Server component: the tables of /compare. Headline figures of every scenario with the change
// from the first; then only the assumptions that differ.
import type { AssumptionDifferenceRow } from '@/lib/compare/assumption-differences';
import type { HeadlineDifferenceRow } from '@/lib/compare/headline-differences';
import { formatDelta, formatNumber } from '@/lib/charts/format';
import type { CompareScenario } from './scenario-key';
import { ScenarioSwatch } from './scenario-key';
import styles from './compare.module.css';

function formatValue(row: HeadlineDifferenceRow, value: number | null): string {
  if (value === null) return row.missingText;
  if (row.kind === 'year') return String(Math.round(value));
  return row.unit ? `${formatNumber(value)} ${row.unit}` : formatNumber(value);
}

function formatChange(row: HeadlineDifferenceRow, delta: number | null): string {
  if (delta === null) return '';
  if (row.kind === 'year') return delta === 0 ? '±0 yr' : `${delta > 0 ? '+' : '−'}${Math.abs(Math.round(delta))} yr`;
  const text = formatDelta(delta);
  return text === '±0' || !row.unit ? text : `${text} ${row.unit}`;
}

function ScenarioHeaders({ scenarios }: { scenarios: CompareScenario[] }) {
  return (
    <>
      {scenarios.map((s, i) => (
        <th key={s.id} scope="col">
          <ScenarioSwatch index={i} /> {s.name}
        </th>
      ))}
    </>
  );
}

/** Headline figures, one column per scenario; columns after the first show the change from it. */
export function HeadlineTable({ scenarios, rows }: { scenarios: CompareScenario[]; rows: HeadlineDifferenceRow[] }) {
  const first = scenarios[0]?.name ?? 'the first scenario';
  return (
    <section aria-labelledby="compare-headlines" className={styles.section}>
      <h2 id="compare-headlines">Headline figures</h2>
      <p className={styles.note}>Changes in brackets are against “{first}”. Rows that differ are marked ≠.</p>
      <div className={styles.tableScroll} role="region" aria-labelledby="compare-headlines" tabIndex={0}>
        <table className={styles.table} data-table="headlines">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <ScenarioHeaders scenarios={scenarios} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-differs={row.differs ? '' : undefined}>
                <th scope="row">
                  {row.differs ? (
                    <span className={styles.differs} title="differs between scenarios" aria-label="differs:">
                      ≠
                    </span>
                  ) : null}
                  {row.label}
                </th>
                {row.values.map((value, i) => {
                  const change = i === 0 ? '' : formatChange(row, row.deltas[i] ?? null);
                  return (
                    <td key={scenarios[i]?.id ?? i}>
                      {formatValue(row, value)}
                      {change ? <span className={styles.delta}> ({change})</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The assumptions that differ; a sentence when they are all the same. */
export function AssumptionTable({ scenarios, rows }: { scenarios: CompareScenario[]; rows: AssumptionDifferenceRow[] }) {
  return (
    <section aria-labelledby="compare-assumptions" className={styles.section}>
      <h2 id="compare-assumptions">Assumptions that differ</h2>
      {scenarios.length < 2 ? (
        <p className={styles.note}>Add another scenario to see which assumptions differ.</p>
      ) : rows.length === 0 ? (
        <p className={styles.note}>These scenarios use the same assumptions.</p>
      ) : (
        <div className={styles.tableScroll} role="region" aria-labelledby="compare-assumptions" tabIndex={0}>
          <table className={styles.table} data-table="assumptions">
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <ScenarioHeaders scenarios={scenarios} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.path}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, i) => (
                    <td key={scenarios[i]?.id ?? i}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
