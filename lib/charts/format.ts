// Pure: number formatting for charts, tooltips and headline figures.

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

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * What `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes, without Intl: the first
 * formatter of a page starts ICU, about 40 ms of main thread on the dashboard's hydration (ADR 081).
 * Like V8's Intl, it rounds the shortest decimal form of the number (0.15 → "0.2") half away from
 * zero; "-0" stays "-0". Numbers written with an exponent go through Intl.
 */
function formatFixed(value: number, fractionDigits: number): string {
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) return formatter(fractionDigits).format(value);
  const dot = shortest.indexOf('.');
  let whole = dot === -1 ? shortest : shortest.slice(0, dot);
  let fraction = dot === -1 ? '' : shortest.slice(dot + 1);
  if (fraction.length > fractionDigits) {
    const isUp = fraction.charCodeAt(fractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, fractionDigits);
    if (isUp) {
      const next = incrementDigits(whole + fraction);
      whole = next.slice(0, next.length - fractionDigits);
      fraction = next.slice(next.length - fractionDigits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + grouped + (fraction ? `.${fraction}` : '');
}

/** A number with at most `digits` significant decimals for small values, grouped thousands; "–" for null. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const fractionDigits = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return formatFixed(value, fractionDigits);
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
