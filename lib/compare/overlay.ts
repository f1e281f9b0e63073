// Pure: reads no database, clock or globals. Several scenarios' results overlaid on one chart:
// one line per scenario (its own colour), rows keyed by year over the union of their years.
import { unionOfYears } from '@/lib/charts/chart-spec';
import type { ChartRow, ChartSpec, LineDef } from '@/lib/charts/types';
import type { Region, Series, SimulationResult } from '@/lib/model/types';
import { parseCost, parseProduction, totalProductionMt } from '@/lib/model/variables';

/** A scenario being compared: its id, display name and engine result. */
export interface ComparedResult {
  id: string;
  name: string;
  result: SimulationResult;
}

/**
 * One colour per compared scenario, by position (Okabe–Ito, colour-blind safe); the four are
 * far apart so that up to four overlaid lines stay distinguishable.
 */
export const SCENARIO_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

/**
 * Line pattern of each compared scenario, so overlapping lines (two scenarios on the same ice
 * pathway) stay visible: solid, long dash, dots, dash-dot. SVG stroke-dasharray; '' = solid.
 */
export const SCENARIO_DASHES = ['', '9 4', '2 3', '9 3 2 3'] as const;

/** The line pattern of the scenario at `index` (undefined = solid). */
export function scenarioDash(index: number): string | undefined {
  return SCENARIO_DASHES[index % SCENARIO_DASHES.length] || undefined;
}

/** The colour of the scenario at `index` (wraps around after four). */
export function scenarioColor(index: number): string {
  return SCENARIO_COLORS[index % SCENARIO_COLORS.length] ?? '#000000';
}

/** The line key of the scenario at `index` in overlay rows. */
export function scenarioKey(index: number): string {
  return `s${index}`;
}

/** A yearly series picked from one result: values aligned with `result.years`, and its unit. */
export interface PickedSeries {
  values: (number | null)[];
  unit: string;
}

/** The series `variable` in `region`, or undefined when the result has none. */
export function findSeries(result: SimulationResult, variable: string, region: Region = 'World'): Series | undefined {
  return result.series.find((s) => s.variable === variable && s.region === region);
}

/** A picker for one named series (for toOverlaySpec). */
export function pickSeries(variable: string, region: Region = 'World') {
  return (result: SimulationResult): PickedSeries | null => {
    const series = findSeries(result, variable, region);
    return series ? { values: series.values, unit: series.unit } : null;
  };
}

/** Whether a unit is an energy-equivalent (Mtoe) rather than a mass: not added to tonnes. */
const isEnergyUnit = (unit: string) => /toe/i.test(unit);

/** Commodity names of `Production|<commodity>` rows (World, in tonnes) across results, first seen first. */
export function listCommodities(results: readonly SimulationResult[]): string[] {
  const names = results.flatMap((r) =>
    r.series.flatMap((s) => {
      const commodity = s.region === 'World' && !isEnergyUnit(s.unit) ? parseProduction(s.variable) : null;
      return commodity === null ? [] : [commodity];
    }),
  );
  return [...new Set(names)];
}

/**
 * Total production of all commodities (World, in tonnes — Mtoe rows are left out), per year: the
 * sum of the values that exist, null in a year where none exists. Null when there is no row.
 */
export function pickProductionTotal(result: SimulationResult): PickedSeries | null {
  const first = result.series.find((s) => s.region === 'World' && !isEnergyUnit(s.unit) && parseProduction(s.variable) !== null);
  if (!first) return null;
  return { values: totalProductionMt(result, 'World'), unit: first.unit };
}

/** Routes and destinations of the `Transport Cost|<route>|<destination>` rows (World), first seen first. */
export function listCostRoutes(results: readonly SimulationResult[]): { routes: string[]; destinations: string[] } {
  const routes = new Set<string>();
  const destinations = new Set<string>();
  for (const result of results) {
    for (const s of result.series) {
      const pair = s.region === 'World' ? parseCost(s.variable) : null;
      if (pair === null) continue;
      routes.add(pair.route);
      destinations.add(pair.destination);
    }
  }
  return { routes: [...routes], destinations: [...destinations] };
}

/**
 * One chart with one line per scenario: `pick` chooses each scenario's series. Rows cover every
 * year of any scenario (horizons may differ); a year a scenario does not simulate, or where its
 * value does not exist, is null (a gap). A scenario without the series gets no line. The unit is
 * the first picked series' unit; `yLabel` is "<title> (<unit>)".
 */
export function toOverlaySpec(
  scenarios: readonly ComparedResult[],
  pick: (result: SimulationResult) => PickedSeries | null,
  meta: { title: string; variable: string; region?: Region },
): ChartSpec {
  const picked = scenarios.map((s) => pick(s.result));
  const years = unionOfYears(scenarios.map((s) => s.result));
  const byYear = picked.map((p, i) => {
    const map = new Map<number, number | null>();
    const resultYears = scenarios[i]?.result.years ?? [];
    if (p) resultYears.forEach((year, j) => map.set(year, p.values[j] ?? null));
    return map;
  });
  const rows: ChartRow[] = years.map((year) => {
    const row: ChartRow = { year };
    byYear.forEach((map, i) => {
      if (picked[i]) row[scenarioKey(i)] = map.get(year) ?? null;
    });
    return row;
  });
  const unit = picked.find((p) => p !== null)?.unit ?? '';
  const lines: LineDef[] = scenarios.flatMap((scenario, i) =>
    picked[i]
      ? [
          {
            key: scenarioKey(i),
            label: scenario.name,
            unit,
            color: scenarioColor(i),
            dashPattern: scenarioDash(i),
            group: scenarioKey(i),
            source: { variable: meta.variable, region: meta.region ?? 'World', scenario: 'current' as const },
          },
        ]
      : [],
  );
  return { rows, lines, yLabel: unit ? `${meta.title} (${unit})` : meta.title };
}
