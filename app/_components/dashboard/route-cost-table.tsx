// The route-cost bars as a table: the chart's text alternative, in a disclosure under it.
import { formatNumber } from '@/lib/charts/format';
import { COST_COMPONENTS, type RouteCostBar, type RouteCostChart } from '@/lib/charts/route-cost-bars';
import styles from '../charts/charts.module.css';

/** One route's cost cells: each component and the total, USD per tonne, or why it has none. */
export function RouteCostCells({ cost }: { cost: Pick<RouteCostBar, 'components' | 'totalUsdPerTonne' | 'note'> }) {
  if (cost.totalUsdPerTonne === null) return <td colSpan={COST_COMPONENTS.length + 1}>{cost.note}</td>;
  return (
    <>
      {COST_COMPONENTS.map((c) => (
        <td key={c.id}>{formatNumber(cost.components[c.id], 1)}</td>
      ))}
      <td>{formatNumber(cost.totalUsdPerTonne, 1)}</td>
    </>
  );
}

/** Every bar's components and total, USD per tonne; a route without a cost shows why. */
export function RouteCostTable({ chart }: { chart: RouteCostChart }) {
  return (
    <details className={styles.costTable}>
      <summary>Table of the numbers</summary>
      <table>
        <caption className="visually-hidden">
          Cost per tonne to {chart.destination} by route and component, {chart.year ?? ''}, USD per tonne
        </caption>
        <thead>
          <tr>
            <th scope="col">Route, origin → destination</th>
            <th scope="col">km</th>
            {COST_COMPONENTS.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.key} data-route-cost={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{bar.kmText}</td>
              <RouteCostCells cost={bar} />
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
