// Pure: reads no database, clock or globals. Headline figures of the current scenario next to
// the baseline, as display-ready text (the component only lays them out).
import { formatDelta, formatNumber } from './format';
import type { Headlines } from '@/lib/model/summarize';

/** One headline card: label, value and the change against the baseline. */
export interface HeadlineFigure {
  id: string;
  label: string;
  value: string;
  /** Extra lines under the value (e.g. per country). */
  details: string[];
  /** "+1.2 Mt vs baseline", or "same as baseline". */
  delta: string;
}

const SAME = 'same as baseline';

/** "+1.2 Mt vs baseline", "same as baseline", or "baseline: none" / "baseline: 3 Mt" when one side has no value. */
export function deltaText(current: number | null, baseline: number | null, unit: string, digits = 1): string {
  if (current === null && baseline === null) return SAME;
  if (current === null || baseline === null)
    return `baseline: ${baseline === null ? 'none' : `${formatNumber(baseline, digits)} ${unit}`.trim()}`;
  const text = formatDelta(current - baseline, digits);
  return text === '±0' ? SAME : `${text} ${unit} vs baseline`.replace('  ', ' ');
}

/** The sum, or null when any part is null. */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A signed difference without unit for compact lines; "±0" when equal. */
function shortDelta(current: number | null, baseline: number | null): string {
  if (current === null || baseline === null) return '–';
  return formatDelta(current - baseline, 0);
}

function yearText(year: number | null, none: string): string {
  return year === null ? none : String(year);
}

/** "+3 yr vs baseline (2052)", "same as baseline", or the baseline's own text when either side has no year. */
export function yearDelta(current: number | null, baseline: number | null, currentText: string, baselineText: string): string {
  if (currentText === baselineText) return SAME;
  if (current === null || baseline === null) return `baseline: ${baselineText}`;
  const d = current - baseline;
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} yr vs baseline (${baseline})`;
}

/**
 * The one payback phrase: the year; "no tunnel"; "never" when no tariff is charged (no revenue can
 * repay the construction cost); otherwise "not by <horizon>".
 */
export function paybackText(year: number | null, hasTunnel: boolean, hasTariff: boolean, horizonYear: number): string {
  if (!hasTunnel) return 'no tunnel';
  if (year !== null) return String(year);
  return hasTariff ? `not by ${horizonYear}` : 'never';
}

/** Context the texts need: the first and last simulated year, destination, whether a tunnel and a tariff exist. */
export interface HeadlineContext {
  firstYear: number;
  horizonYear: number;
  destination: string;
  discountRatePct: number;
  hasTunnel: boolean;
  /** Whether the tunnel charges a tariff (no tariff: payback "never"). Default true. */
  hasTariff?: boolean;
  /** The same for the baseline (default: as the current scenario). */
  baselineHasTunnel?: boolean;
  baselineHasTariff?: boolean;
}

/** The six headline figures with deltas against the baseline. */
export function toHeadlineFigures(current: Headlines, baseline: Headlines, ctx: HeadlineContext): HeadlineFigure[] {
  const notBy = `not by ${ctx.horizonYear}`;
  const iceFree = yearText(current.firstIceFreeYear, notBy);
  const iceFreeBase = yearText(baseline.firstIceFreeYear, notBy);
  const hasTariff = ctx.hasTariff ?? true;
  const payback = paybackText(current.paybackYear, ctx.hasTunnel, hasTariff, ctx.horizonYear);
  const paybackBase = paybackText(
    baseline.paybackYear,
    ctx.baselineHasTunnel ?? ctx.hasTunnel,
    ctx.baselineHasTariff ?? hasTariff,
    ctx.horizonYear,
  );
  const pv = current.presentValueBnUsd;
  const pvBase = baseline.presentValueBnUsd;
  return [
    {
      id: 'production',
      label: `Cumulative production ${ctx.firstYear}–${ctx.horizonYear}`,
      value: `${formatNumber(current.cumulativeProductionMt, 0)} Mt`,
      details: [],
      delta: deltaText(current.cumulativeProductionMt, baseline.cumulativeProductionMt, 'Mt', 0),
    },
    {
      id: 'tunnel-share',
      label: 'Tunnel share of freight (cumulative)',
      value: current.tunnelSharePct === null ? '–' : `${formatNumber(current.tunnelSharePct, 1)} %`,
      details: [],
      delta: deltaText(current.tunnelSharePct, baseline.tunnelSharePct, 'pp'),
    },
    {
      id: 'cost',
      label: `Cost per tonne to ${ctx.destination}, ${current.costYear ?? '–'}`,
      value: current.tunnelCostUsdPerTonne === null ? 'tunnel: –' : `tunnel ${formatNumber(current.tunnelCostUsdPerTonne, 1)} USD/t`,
      details: [
        current.seaCostUsdPerTonne === null ? 'sea: –' : `sea ${formatNumber(current.seaCostUsdPerTonne, 1)} USD/t (${current.seaRoute})`,
      ],
      delta: deltaText(current.tunnelCostUsdPerTonne, baseline.tunnelCostUsdPerTonne, 'USD/t'),
    },
    {
      id: 'ice-free',
      label: 'First ice-free September (< 1 million km²)',
      value: iceFree,
      details: [],
      delta: yearDelta(current.firstIceFreeYear, baseline.firstIceFreeYear, iceFree, iceFreeBase),
    },
    {
      id: 'present-value',
      label: `Present value at ${formatNumber(ctx.discountRatePct, 1)} %, bn USD`,
      value: `${formatNumber(sumOrNull([pv.Russia, pv.China, pv['United States']]), 0)} bn USD`,
      details: (['Russia', 'China', 'United States'] as const).map(
        (country) => `${country}: ${formatNumber(pv[country], 0)} (${shortDelta(pv[country], pvBase[country])})`,
      ),
      delta: deltaText(
        sumOrNull([pv.Russia, pv.China, pv['United States']]),
        sumOrNull([pvBase.Russia, pvBase.China, pvBase['United States']]),
        'bn USD',
        0,
      ),
    },
    {
      id: 'payback',
      label: 'Tunnel payback (undiscounted)',
      value: payback,
      details: [],
      delta: yearDelta(current.paybackYear, baseline.paybackYear, payback, paybackBase),
    },
  ];
}
