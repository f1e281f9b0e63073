// The reference catalog as the engine reads it (from the database): basins, routes and their
// legs, and the sources of the observed sea-ice record. Every field is listed, assumed ones flagged.
import { toOriginName } from '@/lib/charts/route-cost-bars';
import { toPlainText } from '@/lib/methodology/plain-text';
import type { Basin, Catalog, IceObservation, Route } from '@/lib/model/types';
import styles from '../methodology.module.css';
import { DataTable, FieldList, SourceCell, formatValue } from './data-table';

const BASIN_SHOWN_ELSEWHERE = ['id', 'name', 'commodity', 'country', 'origin', 'source', 'assumedFields', 'notes'];
const ROUTE_SHOWN_ELSEWHERE = ['id', 'name', 'source', 'assumedFields', 'legs'];
const LEG_SHOWN_ELSEWHERE = ['origin', 'destination', 'source', 'assumedFields', 'path'];

/** Basins and deposits with every engine parameter and its source. */
export function BasinTable({ basins }: { basins: Basin[] }) {
  return (
    <DataTable
      caption="Basins and deposits"
      headers={['Basin or deposit', 'Figures used by the engine', 'Source']}
      rows={basins.map((b) => ({
        key: b.id,
        cells: [
          <>
            {b.name}
            <span className={styles.sub}>
              {b.commodity}, {b.country}; ships from {toOriginName(b.origin)}
            </span>
          </>,
          <FieldList key="f" entity={b} skip={BASIN_SHOWN_ELSEWHERE} assumedFields={b.assumedFields} />,
          <>
            <SourceCell source={b.source} assumedFields={b.assumedFields} />
            {b.notes ? <span className={styles.sub}>{toPlainText(b.notes)}</span> : null}
          </>,
        ],
      }))}
    />
  );
}

/** Routes (corridors) with their own parameters and source. */
export function RouteTable({ routes }: { routes: Route[] }) {
  return (
    <DataTable
      caption="Transport routes"
      headers={['Route', 'Figures used by the engine', 'Source']}
      rows={routes.map((r) => ({
        key: r.id,
        cells: [
          r.name,
          <FieldList key="f" entity={r} skip={ROUTE_SHOWN_ELSEWHERE} assumedFields={r.assumedFields} />,
          <SourceCell key="s" source={r.source} assumedFields={r.assumedFields} />,
        ],
      }))}
    />
  );
}

/** Every origin→destination leg of every route, with distances and sources. */
export function LegTable({ routes }: { routes: Route[] }) {
  const legs = routes.flatMap((r) => (r.legs ?? []).map((leg, i) => ({ route: r.name, key: `${r.id}-${i}`, leg })));
  return (
    <DataTable
      caption="Route legs (origin to destination)"
      headers={['Route and leg', 'Distances', 'Source']}
      rows={legs.map(({ route, key, leg }) => ({
        key,
        cells: [
          <>
            {route}
            <span className={styles.sub}>
              {toOriginName(leg.origin)} → {leg.destination}
            </span>
          </>,
          <FieldList key="f" entity={leg} skip={LEG_SHOWN_ELSEWHERE} assumedFields={leg.assumedFields} />,
          <SourceCell key="s" source={leg.source} assumedFields={leg.assumedFields} />,
        ],
      }))}
    />
  );
}

/** Observations grouped by source, each with its year range. */
function groupBySource(observations: IceObservation[]): { source: string; years: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const o of observations) groups.set(o.source, [...(groups.get(o.source) ?? []), o.year]);
  return [...groups].map(([source, years]) => ({ source, years }));
}

/** The sources of the observed September sea-ice extent, then every observation. */
export function IceTable({ observations }: { observations: Catalog['iceObservations'] }) {
  const groups = groupBySource(observations);
  return (
    <>
      <DataTable
        caption="Observed September sea-ice extent: sources"
        headers={['Years', 'Observations', 'Source']}
        rows={groups.map(({ source, years }) => ({
          key: source,
          cells: [`${Math.min(...years)}–${Math.max(...years)}`, String(years.length), <SourceCell key="s" source={source} />],
        }))}
      />
      <details className={styles.details}>
        <summary>All {observations.length} observations (million km²)</summary>
        <ul className={styles.iceList}>
          {observations.map((o) => (
            <li key={o.year}>
              {o.year}: {formatValue(o.extentMkm2)}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
