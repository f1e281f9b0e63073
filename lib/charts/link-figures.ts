// Pure: reads no database, clock or globals. The link's own headline figures (issue 9, ADR 020):
// NPV, discounted payback, break-even tariff and break-even volume, read from `summary` with the
// baseline's beside them, as display-ready text.
import type { Assumptions, ResultSummary } from '@/lib/model/types';
import { formatNumber } from './format';
import { deltaText, paybackText, yearDelta, type HeadlineFigure } from './headline-figures';

/** A scenario as the link figures read it: its summary (absent: none) and its assumptions. */
export interface LinkScenario {
  summary: ResultSummary | undefined;
  assumptions: Assumptions;
}

/** A number with a true minus sign for negatives ("−31.8"); "–" for null. */
export function formatSigned(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), digits);
  return value < 0 && text !== '0' ? `−${text}` : text;
}

const hasTunnel = (s: LinkScenario) => s.assumptions.link.openYear !== null;
const hasTariff = (s: LinkScenario) => s.assumptions.link.tariffUsdPerTonne > 0;

/**
 * Average tonnes through the strait per open year up to the horizon, Mt/yr; null when the link
 * never opens within the simulated years.
 */
export function averageCrossingsMtPerYear(s: LinkScenario): number | null {
  const open = s.assumptions.link.openYear;
  if (open === null || s.summary === undefined || open > s.assumptions.horizonYear) return null;
  const openYears = s.assumptions.horizonYear - open + 1;
  return (s.summary.crossingsEastboundMt + s.summary.crossingsWestboundMt) / openYears;
}

/** What the figures need besides the two scenarios. */
export interface LinkFigureContext {
  horizonYear: number;
  discountRatePct: number;
}

/**
 * Four figures: the link's NPV (bn USD, with its construction cost), its discounted payback year
 * (the one payback phrase of `paybackText`), the break-even tariff (against the tariff charged) and
 * the break-even volume (against the capacity and the tonnes carried on average). "no tunnel"
 * without a link; "none" where the summary has no value (nothing crosses; no volume pays back).
 */
export function toLinkFigures(current: LinkScenario, baseline: LinkScenario, ctx: LinkFigureContext): HeadlineFigure[] {
  const cur = current.summary;
  const base = baseline.summary;
  const npv = cur?.linkNpvBnUsd ?? null;
  const payback = paybackText(cur?.linkPaybackYear ?? null, hasTunnel(current), hasTariff(current), ctx.horizonYear);
  const paybackBase = paybackText(base?.linkPaybackYear ?? null, hasTunnel(baseline), hasTariff(baseline), ctx.horizonYear);
  const tariff = cur?.breakEvenTariffUsdPerTonne ?? null;
  const volume = cur?.breakEvenVolumeMtPerYear ?? null;
  const { capacityMtPerYear, tariffUsdPerTonne } = current.assumptions.link;
  const noTunnel = !hasTunnel(current);
  const carried = averageCrossingsMtPerYear(current);
  return [
    {
      id: 'link-npv',
      label: `Link NPV at ${formatNumber(ctx.discountRatePct, 1)} %`,
      value: noTunnel || npv === null ? 'no tunnel' : `${formatSigned(npv, 1)} bn USD`,
      details:
        cur?.linkCapexBnUsd == null
          ? []
          : [
              `construction ${formatNumber(cur.linkCapexBnUsd, 1)} bn USD (tunnel ${formatNumber(cur.tunnelCapexBnUsd, 1)}, connecting rail ${formatNumber(cur.connectingRailCapexBnUsd, 1)})`,
            ],
      delta: deltaText(npv, base?.linkNpvBnUsd ?? null, 'bn USD'),
    },
    {
      id: 'payback',
      label: 'Link payback (discounted)',
      value: payback,
      details: [],
      delta: yearDelta(cur?.linkPaybackYear ?? null, base?.linkPaybackYear ?? null, payback, paybackBase),
    },
    {
      id: 'break-even-tariff',
      label: 'Break-even tariff (at this traffic)',
      value: noTunnel ? 'no tunnel' : tariff === null ? 'none: nothing crosses' : `${formatNumber(tariff, 1)} USD/t`,
      details: noTunnel ? [] : [`charged: ${formatNumber(tariffUsdPerTonne, 1)} USD/t`],
      delta: deltaText(tariff, base?.breakEvenTariffUsdPerTonne ?? null, 'USD/t'),
    },
    {
      id: 'break-even-volume',
      label: 'Break-even volume',
      value: noTunnel ? 'no tunnel' : volume === null ? 'none pays back' : `${formatNumber(volume, 1)} Mt/yr`,
      details: noTunnel
        ? []
        : [
            volume === null
              ? `capacity ${formatNumber(capacityMtPerYear, 1)} Mt/yr`
              : `${formatNumber(volume / capacityMtPerYear, 1)}× the capacity of ${formatNumber(capacityMtPerYear, 1)} Mt/yr`,
            carried === null ? 'carries nothing by the horizon' : `carries ${formatNumber(carried, 1)} Mt/yr on average`,
          ],
      delta: deltaText(volume, base?.breakEvenVolumeMtPerYear ?? null, 'Mt/yr'),
    },
  ];
}
