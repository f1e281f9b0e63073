// The corridor network every route is a path over: each segment with its km, mode, ice zone, whether
// the corridor builds it, and its source (derived figures, great circles and assumptions flagged).
import { CORRIDOR_NODES, CORRIDOR_SEGMENTS } from '@/lib/model/corridor-network';
import { DataTable, SourceCell } from './data-table';
import styles from '../methodology.module.css';

const ZONE_NAMES = { nsr: 'Northern Sea Route ice', bering: 'Bering Strait ice', transpolar: 'central Arctic ice' } as const;

const nodeName = (id: string): string => CORRIDOR_NODES.find((n) => n.id === id)?.name ?? id;

/** One row per segment of the network, in the order the engine lists them. */
export function NetworkTable() {
  return (
    <DataTable
      caption="Corridor network: segments the routes are paths over"
      headers={['Segment', 'Distance and mode', 'Source']}
      rows={CORRIDOR_SEGMENTS.map((s) => ({
        key: `${s.from}-${s.to}`,
        id: `segment-${s.from}-${s.to}`,
        cells: [
          <>
            {nodeName(s.from)} – {nodeName(s.to)}
          </>,
          <>
            {s.km.toLocaleString('en-US')} km by {s.mode}
            <span className={styles.sub}>
              {[
                s.iceZone === null ? (s.mode === 'sea' ? 'open water all year' : null) : ZONE_NAMES[s.iceZone],
                s.isStrait ? 'the tunnel under the strait' : s.isNew ? 'new rail built by the corridor' : null,
              ]
                .filter((x) => x !== null)
                .join('; ')}
            </span>
          </>,
          <SourceCell key="s" source={s.source} />,
        ],
      }))}
    />
  );
}
