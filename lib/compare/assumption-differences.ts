// Pure: reads no database, clock or globals. Which assumptions differ between compared
// scenarios, as table rows with labels, units and display text.
import type { Assumptions } from '@/lib/model/types';

/** One assumption that differs: its contract path, a label and one display text per scenario. */
export interface AssumptionDifferenceRow {
  /** Dotted path in the assumptions contract, e.g. "link.openYear". */
  path: string;
  label: string;
  /** Display text per scenario, in the order the scenarios were given. */
  values: string[];
}

type Formatter = (value: unknown) => string;

const plain: Formatter = (v) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
const withUnit =
  (unit: string): Formatter =>
  (v) =>
    typeof v === 'number' ? `${v} ${unit}` : plain(v);
const percentOfFraction: Formatter = (v) => (typeof v === 'number' ? `${Math.round(v * 1000) / 10} %` : plain(v));
const yearOr =
  (nullText: string): Formatter =>
  (v) =>
    v === null ? nullText : plain(v);

/** Labels and display formats of the contract's fields (DESIGN.md, "Contract for programs"). */
const FIELDS: Record<string, { label: string; format: Formatter }> = {
  horizonYear: { label: 'Last year simulated', format: plain },
  'ice.pathway': { label: 'Sea-ice pathway', format: (v) => String(v) },
  'ice.iceFreeYear': { label: 'First ice-free September', format: yearOr('never') },
  'link.openYear': { label: 'Tunnel opens', format: yearOr('no tunnel') },
  'link.capacityMtPerYear': { label: 'Tunnel capacity', format: withUnit('Mt/yr') },
  'link.capexBnUsd': { label: 'Tunnel construction cost', format: withUnit('bn USD') },
  'link.tariffUsdPerTonne': { label: 'Tunnel tariff', format: withUnit('USD/t') },
  'markets.carbonPriceUsdPerTonne': { label: 'Carbon price', format: withUnit('USD/t CO2') },
  'markets.carbonOnCombustion': { label: 'Carbon price on combustion', format: (v) => (v === true ? 'yes' : v === false ? 'no' : plain(v)) },
  'markets.discountRatePct': { label: 'Discount rate', format: withUnit('%') },
  'cooperation.level': { label: 'Cooperation level', format: percentOfFraction },
  'cooperation.shares.russia': { label: 'Share of joint projects: Russia', format: percentOfFraction },
  'cooperation.shares.china': { label: 'Share of joint projects: China', format: percentOfFraction },
  'cooperation.shares.us': { label: 'Share of joint projects: United States', format: percentOfFraction },
};

/** Leaf values of a nested object by dotted path, in key order (arrays and null are leaves). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/**
 * The assumptions whose values are not all equal across the scenarios, in contract order (known
 * fields first, then any others by path). A field missing in one scenario counts as different and
 * shows "–". With fewer than two scenarios nothing differs: returns [].
 */
export function listAssumptionDifferences(assumptions: readonly Assumptions[]): AssumptionDifferenceRow[] {
  if (assumptions.length < 2) return [];
  const flat = assumptions.map((a) => flatten(a));
  const known = Object.keys(FIELDS);
  const others = [...new Set(flat.flatMap((f) => [...f.keys()]))].filter((p) => !known.includes(p)).sort();
  const rows: AssumptionDifferenceRow[] = [];
  for (const path of [...known, ...others]) {
    const raw = flat.map((f) => (f.has(path) ? { value: f.get(path) } : null));
    if (raw.every((r) => r === null)) continue;
    const keys = raw.map((r) => (r === null ? '\u0000missing' : JSON.stringify(r.value)));
    if (keys.every((k) => k === keys[0])) continue;
    const field = FIELDS[path];
    rows.push({
      path,
      label: field?.label ?? path,
      values: raw.map((r) => (r === null ? '–' : (field?.format ?? plain)(r.value))),
    });
  }
  return rows;
}
