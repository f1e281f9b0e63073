// The results and CSV endpoints of DESIGN.md over real HTTP against the production build, once on
// the embedded PGlite and once on PostgreSQL. CSVs are parsed back and compared with the JSON.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRouteCostSeries } from '@/lib/export/route-cost-series';
import { DEFAULT_ASSUMPTIONS, PRESETS } from '@/lib/model/presets';
import type { SimulationResult } from '@/lib/model/types';
import { MODEL_VERSION } from '@/lib/model/version';
import { testBackends } from '../support/databases';
import { startServer, type RunningServer } from '../support/server';

interface ErrorBody {
  error: string;
  issues: { path: string; message: string }[];
}

const [REFERENCE, , , , SLOW_MELT] = PRESETS;
const NUMBER_CELL = /^-?\d+(\.\d+)?$/;

const parseCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
/** A CSV cell as the JSON value it stands for: empty = null, otherwise a plain decimal number. */
function toValue(cell: string | undefined): number | null {
  if (cell === '' || cell === undefined) return null;
  expect(cell).toMatch(NUMBER_CELL);
  return Number(cell);
}

describe.each(testBackends())('results and CSV reports on %s', (kind) => {
  let server: RunningServer;
  const api = (path: string, init?: RequestInit) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  const results = async (id: string) => (await (await api(`/api/scenarios/${id}/results`)).json()) as SimulationResult;
  const csv = async (path: string) => {
    const response = await api(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await response.text();
    return { text, rows: parseCsv(text), disposition: response.headers.get('content-disposition') ?? '' };
  };

  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('runs unsaved assumptions and answers the same as the preset that holds them', async () => {
    const response = await api('/api/run', { method: 'POST', body: JSON.stringify(DEFAULT_ASSUMPTIONS) });
    expect(response.status).toBe(200);
    const run = (await response.json()) as SimulationResult;
    expect(Object.keys(run).sort()).toEqual(['series', 'summary', 'years']);
    expect(run.summary).toMatchObject({ linkNpvBnUsd: expect.any(Number), breakEvenVolumeMtPerYear: expect.any(Number) });
    expect(run.years[0]).toBe(2025);
    expect(run.years.at(-1)).toBe(DEFAULT_ASSUMPTIONS.horizonYear);
    expect(run.series.map((s) => s.variable)).toContain('Sea Ice Extent|September');
    expect(run).toEqual(await results(REFERENCE!.id));
  });

  it.each([
    ['a body that is not JSON', '{not json', '(body)'],
    ['a wrapped body', JSON.stringify({ assumptions: DEFAULT_ASSUMPTIONS }), 'horizonYear'],
    ['a horizon out of range', JSON.stringify({ ...DEFAULT_ASSUMPTIONS, horizonYear: 2200 }), 'horizonYear'],
    ['an unknown pathway', JSON.stringify({ ...DEFAULT_ASSUMPTIONS, ice: { pathway: 'SSP9', iceFreeYear: 2050 } }), 'ice.pathway'],
    [
      'shares that do not add up',
      JSON.stringify({ ...DEFAULT_ASSUMPTIONS, cooperation: { level: 0.5, shares: { russia: 0.5, china: 0.5, us: 0.5 } } }),
      'cooperation.shares',
    ],
  ])('answers POST /api/run with %s by 400 naming the field', async (_label, body, path) => {
    const response = await api('/api/run', { method: 'POST', body });
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(error.error).toEqual(expect.any(String));
    expect(error.issues.map((i) => i.path)).toContain(path);
  });

  it('gives a preset one value per year in every series up to its horizon', async () => {
    const result = await results(SLOW_MELT!.id);
    expect(result.years).toEqual(Array.from({ length: SLOW_MELT!.assumptions.horizonYear - 2024 }, (_, i) => 2025 + i));
    expect(result.series.length).toBeGreaterThan(0);
    for (const series of result.series) expect(series.values).toHaveLength(result.years.length);
  });

  it('serves the IAMC report that reads back value by value as the JSON', async () => {
    const json = await results(REFERENCE!.id);
    const { rows, disposition } = await csv(`/api/scenarios/${REFERENCE!.id}/report.csv`);
    expect(disposition).toMatch(/^attachment; filename="reference-tunnel-in-2042-partial-cooperation\.csv"; filename\*=UTF-8''/);
    expect(rows[0]).toEqual(['Model', 'Scenario', 'Region', 'Variable', 'Unit', ...json.years.map(String)]);
    expect(rows).toHaveLength(1 + json.series.length);
    json.series.forEach((series, i) => {
      const row = rows[i + 1]!;
      expect(row.slice(0, 5)).toEqual([MODEL_VERSION, REFERENCE!.name, series.region, series.variable, series.unit]);
      expect(row.slice(5).map(toValue)).toEqual(series.values);
    });
  });

  it('serves the long report with one row per series and year, matching the JSON', async () => {
    const json = await results(REFERENCE!.id);
    const { rows, disposition } = await csv(`/api/scenarios/${REFERENCE!.id}/report.csv?format=long`);
    expect(disposition).toContain('filename="reference-tunnel-in-2042-partial-cooperation-long.csv"');
    expect(rows[0]).toEqual(['scenario', 'region', 'variable', 'unit', 'year', 'value']);
    expect(rows).toHaveLength(1 + json.series.length * json.years.length);
    let r = 1;
    for (const series of json.series) {
      json.years.forEach((year, i) => {
        const row = rows[r++]!;
        expect(row.slice(0, 5)).toEqual([REFERENCE!.name, series.region, series.variable, series.unit, String(year)]);
        expect(toValue(row[5])).toBe(series.values[i]);
      });
    }
  });

  it('compares two presets over the union of their years, each with its route costs by component (ADR 048)', async () => {
    // The results JSON with the route-cost rows the comparison adds after each scenario's series.
    const [a, b] = [withRouteCostSeries(await results(REFERENCE!.id)), withRouteCostSeries(await results(SLOW_MELT!.id))];
    expect(a.series.filter((s) => s.variable.startsWith('Route Cost|')).length).toBeGreaterThan(0);
    const { rows, disposition } = await csv(`/api/compare.csv?ids=${REFERENCE!.id},${SLOW_MELT!.id}`);
    expect(disposition).toContain(`filename="compare-${REFERENCE!.id}-${SLOW_MELT!.id}.csv"`);
    const years = [...new Set([...a.years, ...b.years])].sort((x, y) => x - y);
    expect(rows[0]!.slice(5)).toEqual(years.map(String));
    expect(rows).toHaveLength(1 + a.series.length + b.series.length);
    const expected = [
      ...a.series.map((s) => [REFERENCE!.name, s, a.years] as const),
      ...b.series.map((s) => [SLOW_MELT!.name, s, b.years] as const),
    ];
    expected.forEach(([name, series, ownYears], i) => {
      const row = rows[i + 1]!;
      expect(row.slice(1, 4)).toEqual([name, series.region, series.variable]);
      expect(row.slice(5).map(toValue)).toEqual(years.map((y) => (ownYears.includes(y) ? series.values[ownYears.indexOf(y)] : null)));
    });
  });

  it.each([
    ['a report of an unknown scenario', '/api/scenarios/no-such-scenario/report.csv', 404, 'no-such-scenario'],
    ['results of an unknown scenario', '/api/scenarios/no-such-scenario/results', 404, 'no-such-scenario'],
    ['a comparison naming an unknown scenario', `/api/compare.csv?ids=${PRESETS[0]!.id},ghost-scenario`, 404, 'ghost-scenario'],
  ])('answers %s with 404 naming it', async (_label, path, status, id) => {
    const response = await api(path);
    expect(response.status).toBe(status);
    expect((await response.json()) as ErrorBody).toMatchObject({ error: expect.stringContaining(id), issues: [] });
  });

  it.each([
    ['an unknown format', `/api/scenarios/${PRESETS[0]!.id}/report.csv?format=xlsx`, 'format'],
    ['a comparison in an unknown format', `/api/compare.csv?ids=${PRESETS[0]!.id}&format=WIDE`, 'format'],
    ['a comparison without ids', '/api/compare.csv', 'ids'],
    ['a comparison with empty ids', '/api/compare.csv?ids=,', 'ids'],
    ['a comparison of five scenarios', `/api/compare.csv?ids=${PRESETS.map((p) => p.id).join(',')}`, 'ids'],
    ['a comparison with a malformed id', '/api/compare.csv?ids=reference,..%2Fetc', 'ids'],
  ])('answers %s with 400 naming the parameter', async (_label, path, param) => {
    const response = await api(path);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).issues.map((i) => i.path)).toEqual([param]);
  });

  it('neutralises a formula-like scenario name and keeps negative numbers numeric', async () => {
    const name = '=HYPERLINK("x")';
    const created = await api('/api/scenarios', { method: 'POST', body: JSON.stringify({ name, assumptions: DEFAULT_ASSUMPTIONS }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const wide = await csv(`/api/scenarios/${id}/report.csv`);
    expect(wide.text).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(wide.disposition).toContain('filename="hyperlink-x.csv"');
    expect(new Set(wide.rows.slice(1).map((r) => r[1]))).toEqual(new Set([`'${name}`]));
    const cells = wide.rows
      .slice(1)
      .flatMap((r) => r.slice(5))
      .filter((c) => c !== '');
    expect(cells.every((c) => NUMBER_CELL.test(c))).toBe(true);

    const long = await csv(`/api/scenarios/${id}/report.csv?format=long`);
    expect(new Set(long.rows.slice(1).map((r) => r[0]))).toEqual(new Set([`'${name}`]));

    const compared = await csv(`/api/compare.csv?ids=${id}`);
    expect(compared.rows[1]![1]).toBe(`'${name}`);
  });
});
