'use client';
// Why routes cost what they cost, for each compared scenario (ADR 048): for a destination and year
// picked here, each route's cost per tonne by component, one stacked bar per scenario grouped by
// route, and the numbers as a table. The sources come slim from the server (years, ice premium rows,
// summary); the groups are built by lib/compare/route-costs.ts, no arithmetic here.
import { useMemo, useState } from 'react';
import { ChartCard } from '@/app/_components/charts/chart-card';
import { CostBarChart } from '@/app/_components/charts/cost-bar-chart';
import { useToggleSet } from '@/app/_components/charts/use-toggle-set';
import chartStyles from '@/app/_components/charts/charts.module.css';
import { COST_COMPONENTS } from '@/lib/charts/route-cost-bars';
import {
  hasAnyRouteCost,
  toCompareCostBarRows,
  toCompareRouteCostCsv,
  toCompareRouteCosts,
  type CompareRouteCostData,
  type CompareRouteCosts,
} from '@/lib/compare/route-costs';
import { downloadText } from '@/app/_components/dashboard/download';
import { RouteCostCells } from '@/app/_components/dashboard/route-cost-table';
import { ScenarioSwatch } from './scenario-key';
import { Picker, plainOptions } from './picker';
import styles from './compare.module.css';

/** Every route's components and total per scenario, USD per tonne; a missing cost says why. */
function CompareRouteCostTable({ costs }: { costs: CompareRouteCosts }) {
  return (
    <details className={chartStyles.costTable}>
      <summary>Table of the numbers</summary>
      <table>
        <caption className="visually-hidden">
          Cost per tonne to {costs.destination} by route, scenario and component, {costs.year}, USD per tonne
        </caption>
        <thead>
          <tr>
            <th scope="col">Route, origin → destination</th>
            <th scope="col">Scenario</th>
            {COST_COMPONENTS.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        {costs.groups.map((group) => (
          <tbody key={group.key}>
            {group.entries.map((entry, i) => (
              <tr key={entry.scenarioIndex} data-compare-route-cost={`${group.key}|s${entry.scenarioIndex}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={group.entries.length}>
                    {group.label}
                    <br />
                    {group.kmText}
                  </th>
                ) : null}
                <td>
                  <ScenarioSwatch index={entry.scenarioIndex} /> {entry.scenarioName}
                </td>
                <RouteCostCells cost={entry} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </details>
  );
}

/** The route-cost card of /compare, with its destination and year pickers. */
export function CompareRouteCosts({ data }: { data: CompareRouteCostData }) {
  const [destination, setDestination] = useState(data.destinations[0] ?? '');
  const [year, setYear] = useState(data.defaultYear ?? 0);
  const [hidden, toggle] = useToggleSet();
  const costs = useMemo(() => toCompareRouteCosts(data.sources, year, destination), [data.sources, year, destination]);
  const rows = useMemo(() => toCompareCostBarRows(costs), [costs]);
  if (data.defaultYear === null || data.destinations.length === 0) return null;
  const title = `Cost per tonne to ${destination} by route and component, ${year}`;
  return (
    <div className={styles.wide}>
      <ChartCard
        id="compare-route-costs"
        title={title}
        description="Why each route costs what it costs in every scenario: line haul (km × rate), handling, tariff or toll, ice premium and carbon, USD per tonne. One bar per scenario under each route."
        onDownloadCsv={() => downloadText(`compare-route-costs-${destination}-${year}.csv`, toCompareRouteCostCsv(costs))}
        controls={
          <>
            <Picker
              label="Destination"
              name="route-cost-destination"
              value={destination}
              options={plainOptions(data.destinations)}
              onChange={setDestination}
            />
            <Picker
              label="Year"
              name="route-cost-year"
              value={String(year)}
              options={plainOptions(data.years)}
              onChange={(v) => setYear(Number(v))}
            />
          </>
        }
      >
        {hasAnyRouteCost(costs) ? (
          <CostBarChart rows={rows} ariaLabel={title} hidden={hidden} onToggle={toggle} />
        ) : (
          <p className={styles.noData}>
            No compared scenario has a route to {destination} with a cost in {year}: the table says why for each.
          </p>
        )}
        <CompareRouteCostTable costs={costs} />
      </ChartCard>
    </div>
  );
}
