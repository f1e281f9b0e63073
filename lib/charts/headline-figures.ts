// Pure: reads no database, clock or globals. Headline figures of the current scenario next to
// the baseline, as display-ready text (the component only lays them out).
import { formatDelta, formatNumber } from './format';
import type { Headline } from './headline';

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

function deltaText(current: number | null, baseline: number | null, unit: string, digits = 1): string {
  if (current === null && baseline === null) return SAME;
  if (current === null || baseline === null) return `baseline: ${baseline === null ? 'none' : `${formatNumber(baseline, digits)} ${unit}`.trim()}`;
  const text = formatDelta(current - baseline, digits);
  return text === '±0' ? SAME : `${text} ${unit} vs baseline`.replace('  ', ' ');
}

function yearText(year: number | null, none: string): string {
  return year === null ? none : String(year);
}

function yearDelta(current: number | null, baseline: number | null, none: string): string {
  if (current === baseline) return SAME;
  if (current === null || baseline === null) return `baseline: ${yearText(baseline, none)}`;
  const d = current - baseline;
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} yr vs baseline (${baseline})`;
}

/** Context the texts need: the first and last simulated year, destination, whether a tunnel exists. */
export interface HeadlineContext {
  firstYear: number;
  horizonYear: number;
  destination: string;
  discountRatePct: number;
  hasTunnel: boolean;
}

/** The six headline figures with deltas against the baseline. */
export function toHeadlineFigures(current: Headline, baseline: Headline, ctx: HeadlineContext): HeadlineFigure[] {
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
      value: current.tunnelCostUsdPerTonne === null ? 'Tunnel: –' : `Tunnel: ${formatNumber(current.tunnelCostUsdPerTonne, 1)} USD/t`,
      details: [current.seaCostUsdPerTonne === null ? 'Sea: –' : `Sea (${current.seaRoute}): ${formatNumber(current.seaCostUsdPerTonne, 1)} USD/t`],
      delta: deltaText(current.tunnelCostUsdPerTonne, baseline.tunnelCostUsdPerTonne, 'USD/t'),
    },
    {
      id: 'ice-free',
      label: 'First ice-free September (< 1 million km²)',
      value: yearText(current.firstIceFreeYear, `not by ${ctx.horizonYear}`),
      details: [],
      delta: yearDelta(current.firstIceFreeYear, baseline.firstIceFreeYear, 'not by horizon'),
    },
    {
      id: 'present-value',
      label: `Present value at ${formatNumber(ctx.discountRatePct, 1)} %`,
      value: `${formatNumber(pv.Russia, 0)} / ${formatNumber(pv.China, 0)} / ${formatNumber(pv['United States'], 0)} bn USD`,
      details: ['Russia / China / United States'],
      delta: `${deltaText(pv.Russia, pvBase.Russia, '', 0).replace(' vs baseline', '')} / ${deltaText(pv.China, pvBase.China, '', 0).replace(' vs baseline', '')} / ${deltaText(pv['United States'], pvBase['United States'], '', 0).replace(' vs baseline', '')} bn USD vs baseline`.replace(/same as baseline/g, '±0'),
    },
    {
      id: 'payback',
      label: 'Tunnel payback (undiscounted)',
      value: ctx.hasTunnel ? yearText(current.paybackYear, `not by ${ctx.horizonYear}`) : 'no tunnel',
      details: [],
      delta: yearDelta(current.paybackYear, baseline.paybackYear, 'none'),
    },
  ];
}
