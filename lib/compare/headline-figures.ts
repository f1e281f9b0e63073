// Pure: reads no database, clock or globals. The dashboard's headline figures (`summarize`,
// ADR 040) as labelled rows for the comparison table, so /compare and the dashboard agree.
import { PARTNER_REGIONS } from '@/lib/charts/dashboard-charts';
import type { Headlines } from '@/lib/model/summarize';
import type { HeadlineFigure } from './headline-differences';

/**
 * The headline figures of one scenario as table rows: cumulative production, tunnel share, cost
 * per tonne by tunnel and by the cheapest sea route (and their difference, tunnel minus sea:
 * negative = the tunnel is cheaper) to `destination` in the headline's cost year, first ice-free
 * year, present value by partner country, and payback year.
 */
export function toHeadlineFigures(headline: Headlines, destination: string): HeadlineFigure[] {
  const where = `to ${destination}${headline.costYear === null ? '' : `, ${headline.costYear}`}`;
  const { tunnelCostUsdPerTonne: tunnel, seaCostUsdPerTonne: sea } = headline;
  return [
    { key: 'cumulativeProductionMt', label: 'Cumulative production', unit: 'Mt', kind: 'quantity', value: headline.cumulativeProductionMt },
    { key: 'tunnelSharePct', label: 'Tunnel share of freight', unit: '%', kind: 'quantity', value: headline.tunnelSharePct },
    {
      key: 'tunnelCost',
      label: `Cost per tonne by tunnel ${where}`,
      unit: 'USD/t',
      kind: 'quantity',
      value: tunnel,
      missingText: 'no tunnel',
    },
    {
      key: 'seaCost',
      label: `Cost per tonne, cheapest sea route ${where}`,
      unit: 'USD/t',
      kind: 'quantity',
      value: sea,
      missingText: 'no sea route',
    },
    {
      key: 'tunnelMinusSea',
      label: `Tunnel minus sea cost ${where}`,
      unit: 'USD/t',
      kind: 'quantity',
      value: tunnel === null || sea === null ? null : tunnel - sea,
    },
    {
      key: 'firstIceFreeYear',
      label: 'First ice-free September',
      unit: '',
      kind: 'year',
      value: headline.firstIceFreeYear,
      missingText: 'not by the horizon',
    },
    ...PARTNER_REGIONS.map((country): HeadlineFigure => ({
      key: `presentValue:${country}`,
      label: `Present value of operating surplus, ${country}`,
      unit: 'bn USD',
      kind: 'quantity',
      value: headline.presentValueBnUsd[country],
    })),
    {
      key: 'paybackYear',
      label: 'Tunnel pays back its cost',
      unit: '',
      kind: 'year',
      value: headline.paybackYear,
      missingText: 'not by the horizon',
    },
  ];
}
