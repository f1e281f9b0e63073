// Pure: number formatting for charts, tooltips and headline figures.

/** A number with at most `digits` significant decimals for small values, grouped thousands; "–" for null. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const fractionDigits = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
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
