// Every number of a raw engine run as bytes, to compare runs bit for bit.
import type { EngineRun } from '@/lib/model/engine';

/**
 * Every number of a raw run as bytes (NaN payloads and the sign of zero included), and its summary.
 * Worst margins count only where the basin shipped (elsewhere they are documented as stale).
 */
export function fingerprint(run: EngineRun) {
  const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const worst = run.basinWorstMarginUsd.map((m, i) => ((run.basinProductionMt[i] ?? 0) > 0 ? m : 0));
  return {
    values: bytes(run.values),
    basinProductionMt: bytes(run.basinProductionMt),
    basinStartYear: bytes(run.basinStartYear),
    basinWorstMarginUsd: bytes(worst),
    summary: run.summary,
  };
}
