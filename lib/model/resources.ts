// Pure: reads no database, clock or globals. Who may develop a basin and who owns its output
// (ADR 015, with the sanctions of the access assumptions), and the producer's price. The life cycle itself (ADR 014) is in engine.ts.
import type { CompiledCatalog } from './compile';
import { COMBUSTION_CO2_T_PER_T, MARKET_UNITS_PER_TONNE } from './defaults';
import { COMMODITIES, type Assumptions, type Commodity } from './types';

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
 * cooperation level: (1 − level) × alone + level × shares. US stakes in Russian projects are
 * barred unless `access.usStakesInRussia`.
 */
export function writeCountryShares(c: CompiledCatalog, b: number, a: Assumptions, out: Float64Array): void {
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
  if (c.basinIsJoint[b] === 1) {
    const level = Math.min(1, Math.max(0, a.cooperation.level));
    const { russia, china, us } = a.cooperation.shares;
    const total = russia + china + us;
    if (total > 0) {
      out[0] = (1 - level) * (out[0] ?? 0) + (level * russia) / total;
      out[1] = (1 - level) * (out[1] ?? 0) + (level * china) / total;
      out[2] = (1 - level) * (out[2] ?? 0) + (level * us) / total;
    }
  }
  // Sanctions: without `access.usStakesInRussia` the US share of a Russian project goes to Russia
  // and China in proportion to their shares (to Russia alone when China has none).
  const usShare = out[2] ?? 0;
  if (host === 0 && !a.access.usStakesInRussia && usShare > 0) {
    const ru = out[0] ?? 0;
    const cn = out[1] ?? 0;
    const rest = ru + cn;
    out[0] = rest > 0 ? ru + (usShare * ru) / rest : ru + usShare;
    out[1] = rest > 0 ? cn + (usShare * cn) / rest : cn;
    out[2] = 0;
  }
}

/** The assumptions' price of a commodity (COMMODITIES index) in its market unit. */
function marketPrice(name: Commodity, a: Assumptions): number {
  const prices = a.markets.prices;
  switch (name) {
    case 'Oil':
      return prices.oilUsdPerBarrel;
    case 'LNG':
      return prices.lngUsdPerMmbtu;
    case 'Coal':
      return prices.coalUsdPerTonne;
    case 'Copper':
      return prices.copperUsdPerTonne;
    case 'Zinc':
      return prices.zincUsdPerTonne;
    case 'Gold':
      return prices.goldUsdPerOunce;
    default: {
      const never: never = name;
      return never;
    }
  }
}

/**
 * Price of a commodity (COMMODITIES index) in the first simulated year, USD per tonne of
 * product: the assumptions' market price × market units per tonne (MARKET_UNITS_PER_TONNE).
 */
export function priceUsdPerTonne(commodity: number, a: Assumptions): number {
  const name = COMMODITIES[commodity] ?? 'Oil';
  return marketPrice(name, a) * MARKET_UNITS_PER_TONNE[name].value;
}

/**
 * Carbon price paid on burning one tonne of a commodity when `markets.carbonOnCombustion`
 * (consumers pay it, so it comes off the producer's price), USD per tonne; else 0.
 */
export function combustionCarbonUsdPerTonne(commodity: number, a: Assumptions): number {
  if (!a.markets.carbonOnCombustion) return 0;
  const name = COMMODITIES[commodity] ?? 'Oil';
  return a.markets.carbonPriceUsdPerTonne * COMBUSTION_CO2_T_PER_T[name].value;
}
