// Every global engine parameter of the engine's defaults module, found by walking its exports, so
// a parameter added there shows up here without an edit. Sources come with the data; the few bare
// constants get theirs below, and anything else unsourced is shown as an assumption.
import * as defaults from '@/lib/model/defaults';
import { toWords } from '@/lib/methodology/plain-text';
import { AssumptionBadge, DataTable, SourceCell, formatValue } from './data-table';

/** Sources of the exports that are bare values rather than `{ value, unit, source }`. */
const BARE_CONSTANT_SOURCES: Record<string, string> = {
  FIRST_YEAR: 'first year after the last September observation (2024)',
  ICE_FREE_THRESHOLD_MKM2:
    '"practically ice-free" means sea-ice area below 1 million km² (SIMIP Community 2020), here as September extent: 1 + the extent–area gap of 1.2 (ADR 019)',
  IS_STORABLE: 'assumption: oil and LNG cannot wait for the shipping season, solids can (ADR 012)',
};

interface Row {
  /** Export name, then keys. */
  path: string[];
  value: string;
  source: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function isParameter(v: Record<string, unknown>): v is { value: number; unit: string; source: string } {
  return typeof v.value === 'number' && typeof v.unit === 'string' && typeof v.source === 'string';
}

function formatAnchors(points: unknown): string {
  if (!Array.isArray(points)) return formatValue(points);
  return points
    .map((pt) => (Array.isArray(pt) ? `${formatValue(pt[0])} million km² → ${formatValue(pt[1])} days` : formatValue(pt)))
    .join('; ');
}

/** "MODE", "sea", "costUsdPerTkm" → "mode › sea › cost USD per tkm". */
function toLabel([name = '', ...keys]: string[]): string {
  return [name.toLowerCase().replace(/_/g, ' '), ...keys.map((k) => (/^[A-Z]/.test(k) ? k : toWords(k)))].join(' › ');
}

/** Rows for one export: parameters with their sources, anchor tables, or bare values. */
function collect(path: string[], value: unknown, inherited: string | null): Row[] {
  if (isRecord(value)) {
    if (isParameter(value)) {
      const unit = value.unit === '-' ? '' : ` ${value.unit}`;
      return [{ path, value: `${formatValue(value.value)}${unit}`, source: value.source }];
    }
    if ('points' in value && typeof value.source === 'string') {
      return [{ path, value: formatAnchors(value.points), source: value.source }];
    }
    return Object.entries(value).flatMap(([key, v]) => collect([...path, key], v, inherited));
  }
  return [{ path, value: formatValue(value), source: inherited }];
}

/** The engine's global defaults, each with its value, unit and source. */
export function EngineDefaultsTable() {
  const rows = Object.entries(defaults)
    .filter(([, value]) => typeof value !== 'function')
    .flatMap(([name, value]) => collect([name], value, BARE_CONSTANT_SOURCES[name] ?? null));
  return (
    <DataTable
      caption="Engine parameters"
      headers={['Parameter', 'Default', 'Source']}
      rows={rows.map((row) => ({
        key: row.path.join('/'),
        cells: [
          toLabel(row.path),
          row.value,
          row.source ? <SourceCell key="s" source={row.source} /> : <AssumptionBadge key="s" what="no source recorded" />,
        ],
      }))}
    />
  );
}
