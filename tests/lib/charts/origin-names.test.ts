// Origins are shown by name, never by the catalog's id (ADR 047): the route-cost bars, their CSV,
// the cost chart's line labels and the link's sentence, over every destination of a run.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listDestinations, toCostChart } from '@/lib/charts/dashboard-charts';
import { explainLink } from '@/lib/charts/link-verdict';
import { toCostBarRows, toRouteCostChart } from '@/lib/charts/route-cost-bars';
import { ROUTE_COST_COLUMNS, toRouteCostCsv } from '@/lib/charts/route-cost-csv';
import { CORRIDOR_NODES, DESTINATION_NODES } from '@/lib/model/corridor-network';
import { ORIGINS, findOriginName } from '@/lib/model/origins';
import { simulate } from '@/lib/model/simulate';
import { TRANSIT_ORIGIN } from '@/lib/model/transit';
import { makeAssumptions, makeCatalog } from '../../builders';

const catalog = makeCatalog();
const assumptions = makeAssumptions();
const run = simulate(catalog, assumptions);
const tunnel = catalog.routes.find((r) => r.isLink)!.name;
/** Every id that must never be shown: catalog origins that are slugs, and network node ids. */
const ids = new Set([...Object.keys(ORIGINS).filter((id) => findOriginName(id) !== id), ...CORRIDOR_NODES.map((n) => n.id)]);
const origins = new Set([
  ...catalog.basins.map((b) => b.origin),
  ...catalog.routes.flatMap((r) => r.legs.map((l) => l.origin)),
  TRANSIT_ORIGIN,
]);
const destinations = new Set([
  ...catalog.basins.map((b) => b.destination),
  ...catalog.routes.flatMap((r) => r.legs.map((l) => l.destination)),
]);

/** The ids found as whole words in a text shown to people. */
const idsIn = (text: string) => [...ids].filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text));

describe('origin names', () => {
  it('names every origin of the catalog and the transit routes, with a node of the network', () => {
    const nodes = new Set(CORRIDOR_NODES.map((n) => n.id));
    for (const origin of origins) {
      expect(findOriginName(origin), origin).not.toBeNull();
      expect(nodes.has(ORIGINS[origin]!.node), origin).toBe(true);
    }
    // Destinations are names already: each is a market of the network.
    for (const destination of destinations) expect(DESTINATION_NODES[destination], destination).toBeDefined();
  });

  it('keeps names short, so that every route label fits one line of a phone-width chart (about 50 characters)', () => {
    for (const { name } of Object.values(ORIGINS)) expect(name.length, name).toBeLessThanOrEqual(20);
    for (const destination of listDestinations(run))
      for (const bar of toRouteCostChart(run, 2050, destination).bars) expect(bar.label.length, bar.label).toBeLessThanOrEqual(50);
  });

  it('shows no origin or destination id in any bar, table row, CSV row, cost line or the link sentence', () => {
    for (const destination of listDestinations(run)) {
      const chart = toRouteCostChart(run, 2050, destination);
      expect(chart.bars.length, destination).toBeGreaterThan(0);
      for (const bar of chart.bars) {
        expect(bar.originName).toBe(findOriginName(bar.origin));
        expect(idsIn(bar.label), bar.label).toEqual([]);
        expect(bar.label).toContain(`: ${bar.originName} → ${bar.destination}`);
      }
      for (const row of toCostBarRows(chart)) expect(idsIn(`${row.label} ${row.detail}`), row.label).toEqual([]);
      const [header, ...rows] = Papa.parse<string[]>(toRouteCostCsv(chart, 'Reference'), { skipEmptyLines: true }).data;
      expect(header).toEqual([...ROUTE_COST_COLUMNS]);
      const origin = header!.indexOf('Origin');
      const dest = header!.indexOf('Destination');
      rows.forEach((row, i) => {
        expect(row[origin]).toBe(chart.bars[i]!.originName);
        expect(idsIn(`${row[origin]} ${row[dest]}`)).toEqual([]);
      });
      for (const line of toCostChart([{ id: 'cur', scenario: 'current', result: run }], destination).lines)
        expect(idsIn(line.label), line.label).toEqual([]);
    }
    const verdict = explainLink(run, assumptions, tunnel)!;
    expect(idsIn(verdict.sentence)).toEqual([]);
  });
});
