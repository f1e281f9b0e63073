// Shape tests of the dashboard's chart adapters on real engine output (no mocks).
import { findOriginName } from '@/lib/model/origins';
import { describe, expect, it } from 'vitest';
import basins from '@/db/seed/catalog/basins.json';
import routes from '@/db/seed/catalog/routes.json';
import ice from '@/db/seed/catalog/sea-ice-september.json';
import type { ChartInput } from '@/lib/charts/chart-spec';
import {
  capacityVariable,
  listDestinations,
  observedIceResult,
  OBSERVED_INPUT_ID,
  toCostChart,
  toIceChart,
  toProductionChart,
  withDerivedSeries,
} from '@/lib/charts/dashboard-charts';
import { summarize } from '@/lib/model/summarize';
import { toHeadlineFigures } from '@/lib/charts/headline-figures';
import { PRESETS } from '@/lib/model/presets';
import { simulate } from '@/lib/model/simulate';
import type { Assumptions, Catalog } from '@/lib/model/types';
import { CatalogSchema } from '@/lib/schemas/catalog';

const catalog = CatalogSchema.parse({ basins, routes, iceObservations: ice }) as Catalog;
const tunnel = catalog.routes.find((r) => r.isLink)?.name ?? 'Tunnel Rail';
const reference = PRESETS[0]!.assumptions;
const noTunnel: Assumptions = { ...reference, link: { ...reference.link, openYear: null } };
const run = (a: Assumptions) => withDerivedSeries(simulate(catalog, a), a, tunnel);
const inputsFor = (cur: Assumptions, base: Assumptions): ChartInput[] => [
  { id: 'cur', scenario: 'current', result: run(cur) },
  { id: 'base', scenario: 'baseline', result: run(base), labelSuffix: ' (baseline)', isDashed: true },
];

describe('withDerivedSeries', () => {
  const result = run(reference);
  const get = (variable: string, region: string) => result.series.find((s) => s.variable === variable && s.region === region)!;

  it('adds total production per region equal to the sum of the commodities', () => {
    const i = 20;
    const parts = result.series.filter((s) => s.region === 'Russia' && /^Production\|[A-Za-z]+$/.test(s.variable));
    const sum = parts.reduce((acc, s) => acc + (s.values[i] ?? 0), 0);
    expect(get('Production', 'Russia').values[i]).toBeCloseTo(sum, 9);
    expect(get('Production', 'Russia').unit).toBe('Mt per year');
  });

  it('adds the tunnel capacity from the opening year on, null before', () => {
    const capacity = get(capacityVariable(tunnel), 'World');
    const at = (year: number) => capacity.values[result.years.indexOf(year)];
    expect(at(reference.link.openYear! - 1)).toBeNull();
    expect(at(reference.link.openYear!)).toBe(reference.link.capacityMtPerYear);
  });

  it('adds no capacity without a tunnel', () => {
    expect(
      run(noTunnel)
        .series.find((s) => s.variable === capacityVariable(tunnel))!
        .values.every((v) => v === null),
    ).toBe(true);
  });
});

describe('dashboard charts', () => {
  const inputs = inputsFor(reference, noTunnel);

  it('draws production by commodity for current and baseline, dashed baseline', () => {
    const spec = toProductionChart(inputs, 'commodity');
    const current = spec.lines.filter((l) => !l.isDashed);
    const baseline = spec.lines.filter((l) => l.isDashed);
    expect(current.map((l) => l.label)).toEqual(['Oil', 'LNG', 'Coal', 'Copper', 'Zinc', 'Gold']);
    expect(baseline).toHaveLength(current.length);
    expect(spec.rows).toHaveLength(reference.horizonYear - 2025 + 1);
    expect(spec.yLabel).toMatch(/Mt\/yr/);
  });

  it('draws production by the three partner countries', () => {
    const spec = toProductionChart(inputs, 'country');
    expect(spec.lines.filter((l) => !l.isDashed).map((l) => l.source.region)).toEqual(['Russia', 'China', 'United States']);
  });

  it('draws the cost of every route serving a destination, with the tunnel only where it exists', () => {
    const destinations = listDestinations(inputs[0]!.result);
    expect(destinations.length).toBeGreaterThan(1);
    const spec = toCostChart(inputs, destinations[0]!);
    expect(spec.lines.every((l) => l.source.variable.endsWith(`|${destinations[0]}`))).toBe(true);
    expect(spec.lines.every((l) => l.unit === 'USD per tonne')).toBe(true);
    const tunnelLine = spec.lines.find((l) => l.source.variable.startsWith(`Transport Cost|${tunnel}|`) && !l.isDashed);
    expect(tunnelLine).toBeDefined();
    // Each line names the origin of the route's reference leg (the first leg to the destination).
    const leg = inputs[0]!.result.summary!.routeCosts.find((r) => r.route === tunnel && r.destination === destinations[0])!;
    expect(tunnelLine!.label).toBe(`${tunnel} from ${findOriginName(leg.origin)}`);
    const first = spec.rows[0]!;
    expect(first[tunnelLine!.key]).toBeNull();
  });

  it('lists first the destinations that most routes reach, so the default cost chart compares the most routes', () => {
    const destinations = listDestinations(inputs[0]!.result);
    const routesTo = (d: string) =>
      inputs[0]!.result.series.filter((s) => s.variable.startsWith('Transport Cost|') && s.variable.endsWith(`|${d}`)).length;
    const counts = destinations.map(routesTo);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(destinations).size).toBe(destinations.length);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('draws observed extent before the projection and seasons on the right axis', () => {
    const spec = toIceChart(
      [{ id: OBSERVED_INPUT_ID, scenario: 'observed', result: observedIceResult(catalog.iceObservations) }, ...inputs],
      ['Suez'],
    );
    expect(spec.rows[0]!.year).toBe(1979);
    const observed = spec.lines.find((l) => l.source.scenario === 'observed')!;
    expect(observed.isDashed).toBe(false);
    expect(spec.lines.filter((l) => l.source.scenario === 'observed')).toHaveLength(1);
    expect(spec.lines.some((l) => l.source.variable === 'Navigable Season|Suez')).toBe(false);
    expect(spec.lines.filter((l) => l.axis === 'right').every((l) => l.unit === 'days per year')).toBe(true);
    expect(spec.yRightLabel).toMatch(/days/);
  });
});

describe('headline figures', () => {
  const options = { discountRatePct: 7, capexBnUsd: 65, tunnelRoute: tunnel, destination: 'Shanghai', costYear: 2050 };
  const withTunnel = summarize(run(reference), options);
  const without = summarize(run(noTunnel), options);

  it('writes six figures with units and deltas against the baseline', () => {
    const figures = toHeadlineFigures(withTunnel, without, {
      firstYear: 2025,
      horizonYear: 2075,
      destination: 'Shanghai',
      discountRatePct: 7,
      hasTunnel: true,
    });
    expect(figures.map((f) => f.id)).toEqual(['production', 'tunnel-share', 'cost', 'ice-free', 'present-value', 'payback']);
    expect(figures[0]!.value).toMatch(/Mt$/);
    expect(figures[1]!.value).toMatch(/%$/);
    const same = toHeadlineFigures(withTunnel, withTunnel, {
      firstYear: 2025,
      horizonYear: 2075,
      destination: 'Shanghai',
      discountRatePct: 7,
      hasTunnel: true,
    });
    expect(same[0]!.delta).toBe('same as baseline');
  });
});
