// Pure: reads no database, clock or globals. Who may develop a basin and who owns its output
// (ADR 015), and the producer netback. The life cycle itself (ADR 014) is in engine.ts.
import type { CompiledCatalog } from './compile';
import { COMBUSTION_CO2_T_PER_T, PRICE_USD_PER_TONNE } from './defaults';
import { COMMODITIES, type Assumptions } from './types';

/**
 * Whether cooperation allows the project: always when its `minCooperationLevel` is 0, else
 * only at or above that level.
 */
export function isCooperationEnough(c: CompiledCatalog, b: number, level: number): boolean {
  const min = c.basinMinCooperation[b] ?? 0;
  return min <= 0 || level >= min;
}

/**
 * Writes the share of basin `b`'s output held by Russia, China and the US (fractions summing to
 * 1) into `out[0..2]`. Alone: the host holds everything but the partner stakes (third-party
 * stakes count for the host). Joint candidates blend towards `cooperation.shares` with the
 * cooperation level: (1 − level) × alone + level × shares.
 */
export function writeCountryShares(
  c: CompiledCatalog,
  b: number,
  a: Assumptions,
  out: Float64Array,
): void {
  const s = c.basinStakes;
  const base = b * 3;
  const host = c.basinHost[b] ?? 0;
  let others = 0;
  for (let k = 0; k < 3; k += 1) {
    const stake = k === host ? 0 : (s[base + k] ?? 0);
    out[k] = stake;
    others += stake;
  }
  out[host] = Math.max(0, 1 - others);
  if (c.basinIsJoint[b] !== 1) return;
  const level = Math.min(1, Math.max(0, a.cooperation.level));
  const { russia, china, us } = a.cooperation.shares;
  const total = russia + china + us;
  if (!(total > 0)) return;
  out[0] = (1 - level) * (out[0] ?? 0) + (level * russia) / total;
  out[1] = (1 - level) * (out[1] ?? 0) + (level * china) / total;
  out[2] = (1 - level) * (out[2] ?? 0) + (level * us) / total;
}

/**
 * Producer netback, USD per tonne of a commodity (COMMODITIES index): market price less the
 * carbon price on combustion when `markets.carbonOnCombustion` (consumers pay it, so it comes
 * off the producer's price). May be negative.
 */
export function netbackUsdPerTonne(commodity: number, a: Assumptions): number {
  const name = COMMODITIES[commodity] ?? 'Oil';
  const price = PRICE_USD_PER_TONNE[name].value;
  if (!a.markets.carbonOnCombustion) return price;
  return price - a.markets.carbonPriceUsdPerTonne * COMBUSTION_CO2_T_PER_T[name].value;
}
