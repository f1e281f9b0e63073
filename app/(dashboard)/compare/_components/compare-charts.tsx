'use client';
// The overlaid charts of /compare: one line per scenario in its own colour, the legend naming
// the scenarios. Rows and lines come ready from the server (lib/compare); this only picks which
// prepared chart to show.
import { useId, useState, type ReactNode } from 'react';
import { ChartCard } from '@/app/_components/charts/chart-card';
import { SeriesChart } from '@/app/_components/charts/series-chart';
import type { CompareChartsData } from '@/lib/compare/compare-charts';
import { Picker, plainOptions } from './picker';
import styles from './compare.module.css';

export interface CompareChartsProps {
  data: CompareChartsData;
  /** The route-cost card, placed after the transport-cost chart across both columns. */
  routeCosts?: ReactNode;
}

/** Production, transport cost, sea-ice extent and tunnel volume, overlaid for every scenario. */
export function CompareCharts({ data, routeCosts }: CompareChartsProps) {
  const id = useId();
  const [commodity, setCommodity] = useState(data.production[0]?.value ?? '');
  const [destination, setDestination] = useState(data.destinations[0] ?? '');
  const [route, setRoute] = useState(() => data.costs.find((c) => c.destination === data.destinations[0])?.route ?? data.routes[0] ?? '');

  const production = data.production.find((o) => o.value === commodity) ?? data.production[0];
  const cost = data.costs.find((c) => c.route === route && c.destination === destination);
  const routesToDestination = new Set(data.costs.filter((c) => c.destination === destination).map((c) => c.route));

  return (
    <div className={styles.charts}>
      {production ? (
        <ChartCard
          id="compare-production"
          title="Production"
          description="Output per year, Mt of product (all commodities or one)."
          controls={<Picker label="Commodity" value={production.value} options={data.production} onChange={setCommodity} />}
        >
          <SeriesChart {...production.spec} ariaLabel={`${production.label}: production per year by scenario`} />
        </ChartCard>
      ) : null}

      <ChartCard
        id="compare-cost"
        title="Transport cost per tonne"
        description="Cost of moving one tonne along a route to a destination, USD per tonne; a gap means the route is not available that year."
        controls={
          <>
            <Picker label="Destination" value={destination} options={plainOptions(data.destinations)} onChange={setDestination} />
            <Picker
              label="Route"
              value={route}
              options={data.routes.map((r) => ({ value: r, label: routesToDestination.has(r) ? r : `${r} (no service)` }))}
              onChange={setRoute}
            />
          </>
        }
      >
        {cost ? (
          <SeriesChart {...cost.spec} ariaLabel={`Transport cost per tonne, ${route} to ${destination}, by scenario`} />
        ) : (
          <p className={styles.noData} id={`${id}-no-cost`}>
            No scenario ships to {destination || 'this destination'} by {route || 'this route'}. Pick another route.
          </p>
        )}
      </ChartCard>

      {routeCosts}

      <ChartCard
        id="compare-ice"
        title="Sea-ice extent"
        description="September Arctic sea-ice extent, million km²: observed, then projected."
      >
        <SeriesChart {...data.seaIce} ariaLabel="September sea-ice extent by scenario" />
      </ChartCard>

      {data.tunnelVolume ? (
        <ChartCard id="compare-tunnel" title="Tunnel volume" description="Freight through the Bering tunnel, Mt per year.">
          <SeriesChart {...data.tunnelVolume} ariaLabel="Freight through the tunnel per year by scenario" />
        </ChartCard>
      ) : null}
    </div>
  );
}
