// Pure: number formatting for charts, tooltips and headline figures.

/** A number with at most `digits` significant decimals for small values, grouped thousands; "–" for null. */
// One Intl.NumberFormat per number of decimals: `toLocaleString` with options builds a new
// formatter on every call, which cost about 1 ms each on the dashboard's first render.
const FORMATTERS = new Map<number, Intl.NumberFormat>();
function formatter(fractionDigits: number): Intl.NumberFormat {
  let f = FORMATTERS.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
    FORMATTERS.set(fractionDigits, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const fractionDigits = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return formatter(fractionDigits).format(value);
}

/** A value followed by its unit ("12.3 Mt/yr"); "–" for null. */
export function formatWithUnit(value: number | null | undefined, unit: string, digits = 1): string {
  const text = formatNumber(value, digits);
  return text === '–' ? text : `${text} ${unit}`;
}

/** A signed difference ("+1.2", "−0.4", "±0"); "–" when either side is missing. */
export function formatDelta(delta: number | null | undefined, digits = 1): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '–';
  const text = formatNumber(Math.abs(delta), digits);
  if (text === '0') return '±0';
  return delta > 0 ? `+${text}` : `−${text}`;
}
